"""Another district named with a date where the check-in, the nights or the guests are asked: "purulia te 25 dec
theke", "পুরুলিয়ায় ২৫ মার্চ থেকে", "na, purulia te 20 march theke jabo". Before, the date was taken as that step's
answer (the check-in or the check-out in Darjeeling) and the district named was left unread. Now the person is taken to
that district's guest houses, said in one line, and the date is kept for the room type chosen there (the nights
given before with it), as a district named at the guest houses with a date is (on 1 March 2026). A date with the
district on screen is the step's answer, as before, and a district one comes from ("purulia theke") no change."""
from __future__ import annotations

import pytest
from test_tourism_district_changed import DARJEELING, MOVED, PURULIA, to_step


@pytest.mark.parametrize("at", ["date", "nights", "guests"])
@pytest.mark.parametrize("lang, typed, noted", [
    ("en", "purulia te 25 dec theke", "Noted: from 25 Dec"),
    ("en", "na, purulia te 20 march theke jabo", "Noted: from 20 Mar"),
    ("bn", "পুরুলিয়ায় ২৫ মার্চ থেকে", "বুঝেছি: ২৫ মার্চ থেকে"),
])
async def test_the_district_is_moved_to_and_the_date_kept(make_guest, at, lang, typed, noted):
    guest = make_guest(lang)
    await to_step(guest, at)
    answer = await guest.say(typed)
    assert MOVED[lang] in answer.text and noted in answer.text, answer.text
    assert PURULIA in answer.last.choices and DARJEELING not in answer.last.choices


async def test_the_date_is_read_once_the_room_is_chosen(guest):
    await to_step(guest, "nights")
    await guest.say("purulia te 25 march theke")
    await guest.tap(PURULIA)
    dated = await guest.tap("tourism:room:ayodhya-double")
    assert "Check-in 25 March 2026." in dated.text and "How many nights" in dated.text, dated.text


async def test_a_date_with_the_district_on_screen_is_the_steps_answer(guest):
    await to_step(guest, "date")
    answer = await guest.say("darjeeling e 15 march theke")
    assert "Changed to" not in answer.text and "Check-in 15 March 2026" in answer.text, answer.text


async def test_coming_from_a_district_is_no_change(guest):
    await to_step(guest, "date")
    answer = await guest.say("purulia theke 15 march e asbo")
    assert "Changed to" not in answer.text, answer.text
