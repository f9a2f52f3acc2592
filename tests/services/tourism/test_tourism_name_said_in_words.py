"""The name question answered in words rather than with the name: 'আমার নামে' (in my name) was booked in the name
'আমার নামে', which no photo ID bears, and 'আমার নাম রহিম শেখ' (my name is Rahim Sheikh) in that whole sentence. Now
'in my name' takes the WhatsApp profile's name when it is a person's (else the name itself is asked for), and
'my name is …' takes the name after it."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE

from services.tourism.domain import Refused
from services.tourism.domain.guest import guest_name


async def _at_the_name(make_guest, profile: str):
    guest = make_guest("bn", name=profile)
    for tap in ("tourism:book", f"tourism:room:{DOUBLE}", "tourism:date:2026-06-10", "tourism:nights:2",
                "tourism:guests:2", "tourism:rooms:1"):
        await guest.tap(tap)
    return guest


@pytest.mark.parametrize("typed", ["আমার নামে", "আমার নামেই", "নিজের নামে", "in my name", "amar name"])
async def test_in_my_name_takes_the_profile_name(make_guest, typed):
    guest = await _at_the_name(make_guest, "Rina Das")

    quoted = await guest.say(typed)

    assert "বুকিং যাঁর নামে: Rina Das\n" in quoted.text


async def test_in_my_name_without_a_profile_name_asks_for_the_name_itself(make_guest):
    guest = await _at_the_name(make_guest, "WhatsApp User")

    asked = await guest.say("আমার নামে")

    assert "নামটিই লিখুন" in asked.text and "খরচের হিসাব" not in asked.text
    quoted = await guest.say("রহিম শেখ")
    assert "বুকিং যাঁর নামে: রহিম শেখ\n" in quoted.text


@pytest.mark.parametrize("typed, name", [
    ("আমার নাম রহিম শেখ", "রহিম শেখ"), ("আমার নাম: রহিম শেখ", "রহিম শেখ"), ("আমার নাম হল রহিম শেখ", "রহিম শেখ"),
    ("my name is Rahim Sheikh", "Rahim Sheikh"), ("amar nam Rahim Sheikh", "Rahim Sheikh"),
    ("নাম: রহিম শেখ", "রহিম শেখ"), ("নামিতা দাস", "নামিতা দাস"), ("Amarnath Roy", "Amarnath Roy"),
])
def test_my_name_is_takes_the_name_after_it(typed, name):
    assert guest_name(typed) == name


@pytest.mark.parametrize("typed", ["আমার নামে", "me", "myself", "আমার নাম"])
def test_in_my_name_is_no_name(typed):
    with pytest.raises(Refused) as refused:
        guest_name(typed)
    assert refused.value.key == "name_self"


async def test_my_name_is_typed_goes_on_the_quote_as_the_name_alone(make_guest):
    guest = await _at_the_name(make_guest, "WhatsApp User")

    quoted = await guest.say("আমার নাম রহিম শেখ")

    assert "বুকিং যাঁর নামে: রহিম শেখ\n" in quoted.text
