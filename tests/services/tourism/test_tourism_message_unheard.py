"""A booking's message said not come ("booking er message pai ni", "booking er sms ase ni", "বুকিংয়ের মেসেজ পাইনি")
reached no service at the main menu, and the tourism chat did not understand it; its confirmation said not come
("booking confirmation pai ni") listed one's bookings. So does its message now, at both: each booking with its
voucher, and nobody's but one's own. A message still to be sent stays unread."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words
from test_tourism_facilities_asked import action

from services.tourism.conversation.asked import asks

UNHEARD = ["booking er message pai ni", "booking er sms ase ni", "বুকিংয়ের মেসেজ পাইনি",
           "booking er kono message pai ni", "booking message pai ni"]


@pytest.mark.parametrize("typed", UNHEARD)
def test_ones_bookings(typed):
    assert action(typed) == "mine", typed
    assert asks(typed) == "mine", typed


@pytest.mark.parametrize(("typed", "expected"), [("ami booking er message pathabo", None),
                                                 ("booking confirmation pai ni", "mine")])
def test_other_words_stay_what_they_were(typed, expected):
    assert action(typed) == expected, typed


async def test_in_the_tourism_chat_ones_booking_is_listed(make_guest):
    rina, amit = make_guest(), make_guest(name="Amit Roy")
    await rina.book("lataguri-standard", "2026-06-10")
    await amit.book("jayanti-tent", "2026-06-12")
    await rina.tap("tourism:menu")
    got = await rina.say("booking er message pai ni")
    assert "tourism:view:PT-2026-000001" in got.last.choices, got.text
    assert "PT-2026-000002" not in got.text and "tourism:view:PT-2026-000002" not in got.last.choices


@pytest.mark.parametrize("typed", UNHEARD[:3])
async def test_at_the_main_menu_with_none_one_is_told_so(system, typed):
    phone = await at_the_menu(system, "919800390082", "en")
    got = await phone.say(typed, until=has("interactive"))
    assert "You have no bookings yet" in words(got), words(got)
