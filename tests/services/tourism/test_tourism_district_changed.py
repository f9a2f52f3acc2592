"""Another district named once one is chosen. Before, "actually purulia is better", "na, darjeeling e jabo" or
"পুরুলিয়া যাব" typed where the guest house or the room type was asked got "I could not match that name", and where
the check-in, the nights or the guests were asked "I could not read that date" or "Please type the number…": the
person stayed in the district left behind. Now they are taken to the guest houses of the district named, said so in
one line; the guest house and room type chosen are dropped, the dates and the group already given are kept, said
back, and read once the new room type is chosen (on 1 March 2026)."""
from __future__ import annotations

import pytest

PURULIA = "tourism:property:ayodhya-hills"
DARJEELING = "tourism:property:lamahatta"
MOVED = {"en": "Changed to Purulia: its guest houses are below.",
         "bn": "পুরুলিয়া জেলায় বদলে দিলাম: সেখানকার অতিথিনিবাসগুলি নিচে।"}


async def to_step(guest, at: str) -> None:
    """At ``at`` in Darjeeling's Lamahatta cottage: check-in 10 March, 2 nights, for the steps after them."""
    await guest.tap("tourism:book")
    await guest.tap("tourism:district:darjeeling")
    if at == "property":
        return
    await guest.tap(DARJEELING)
    if at == "room":
        return
    await guest.tap("tourism:room:lamahatta-cottage")
    if at == "date":
        return
    await guest.tap("tourism:date:2026-03-10")
    if at == "nights":
        return
    await guest.tap("tourism:nights:2")


@pytest.mark.parametrize("at", ["property", "room", "date", "nights", "guests"])
@pytest.mark.parametrize("lang, typed", [
    ("en", "actually purulia is better"),
    ("en", "na, purulia te jabo"),
    ("bn", "পুরুলিয়া যাব"),
])
async def test_another_district_named_at_a_later_step_shows_its_guest_houses(make_guest, at, lang, typed):
    guest = make_guest(lang)
    await to_step(guest, at)
    answer = await guest.say(typed)
    assert MOVED[lang] in answer.text, answer.text
    assert PURULIA in answer.last.choices and DARJEELING not in answer.last.choices


async def test_the_dates_given_are_kept_and_read_for_the_new_room(guest):
    await to_step(guest, "guests")
    answer = await guest.say("actually purulia is better")
    assert "Changed to Purulia" in answer.text and "Noted: from 10 Mar, 2 nights." in answer.text, answer.text
    await guest.tap(PURULIA)
    rooms = await guest.say("back")
    assert PURULIA in rooms.last.choices
    await guest.tap(PURULIA)
    dated = await guest.tap("tourism:room:ayodhya-double")
    assert "Check-in 10 March 2026, check-out 12 March 2026: 2 nights." in dated.text, dated.text
    assert "How many guests?" in dated.text


async def test_a_date_typed_with_the_district_at_the_guest_houses_is_kept(guest):
    await to_step(guest, "property")
    answer = await guest.say("purulia 25 march theke")
    assert "Changed to Purulia" in answer.text and "Noted: from 25 Mar." in answer.text, answer.text
    assert PURULIA in answer.last.choices


async def test_the_district_on_screen_named_again_is_no_change(guest):
    await to_step(guest, "property")
    answer = await guest.say("darjeeling e jabo")
    assert "Changed to" not in answer.text
    assert DARJEELING in answer.last.choices


async def test_a_guest_house_of_the_list_is_still_taken(guest):
    await to_step(guest, "property")
    answer = await guest.say("Lamahatta")
    assert "Changed to" not in answer.text and "tourism:room:lamahatta-cottage" in answer.last.choices


async def test_a_date_typed_with_a_district_at_the_check_in_is_the_check_in(guest):
    await to_step(guest, "date")
    answer = await guest.say("15 march")
    assert "Changed to" not in answer.text and "Check-in 15 March 2026" in answer.text, answer.text


async def test_a_place_we_have_nothing_in_is_no_change(guest):
    await to_step(guest, "nights")
    answer = await guest.say("digha te jabo")
    assert "Changed to" not in answer.text
    assert "tourism:nights:2" in answer.last.choices


@pytest.mark.parametrize("at", ["property", "room"])
async def test_the_district_alone_after_a_no_as_its_hint_says(guest, at):
    await to_step(guest, at)
    told = await guest.say("na")
    assert "another district's name" in told.text, told.text
    answer = await guest.say("Purulia")
    assert "Changed to Purulia" in answer.text and PURULIA in answer.last.choices, answer.text
