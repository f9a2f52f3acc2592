"""Another district named with a day of the month alone as the one the stay starts from, "purulia te 26 theke",
"পুরুলিয়ায় ২৬ থেকে", at any later step of a booking in Darjeeling: the person was taken to Purulia's guest houses and
the day was dropped unsaid. It is now kept as a date with its month is, said back ("Noted: from 26 Mar", on 1 March
2026) and read once the room type is chosen; a number after "theke" ("purulia theke 26 e asbo") names no day."""
from __future__ import annotations

import pytest
from test_tourism_district_changed import DARJEELING, MOVED, PURULIA, to_step


@pytest.mark.parametrize("at", ["property", "room", "date", "nights", "guests"])
@pytest.mark.parametrize("lang, typed, noted", [
    ("en", "purulia te 26 theke", "Noted: from 26 Mar"),
    ("bn", "পুরুলিয়ায় ২৬ থেকে", "বুঝেছি: ২৬ মার্চ থেকে"),
])
async def test_the_district_is_moved_to_and_the_day_kept(make_guest, at, lang, typed, noted):
    guest = make_guest(lang)
    await to_step(guest, at)
    answer = await guest.say(typed)
    assert MOVED[lang] in answer.text and noted in answer.text, answer.text
    assert PURULIA in answer.last.choices and DARJEELING not in answer.last.choices


async def test_the_day_is_read_once_the_room_is_chosen(guest):
    await to_step(guest, "property")
    await guest.say("purulia te 26 theke")
    await guest.tap(PURULIA)
    dated = await guest.tap("tourism:room:ayodhya-double")
    assert "Check-in 26 March 2026." in dated.text and "How many nights" in dated.text, dated.text


async def test_todays_day_is_this_months(guest):
    await to_step(guest, "room")
    answer = await guest.say("na, purulia te 1 theke jabo")  # 1 March is today: still ahead
    assert "Noted: from 1 Mar" in answer.text, answer.text


async def test_a_number_after_theke_names_no_day(guest):
    await to_step(guest, "property")
    answer = await guest.say("purulia theke 26 e asbo")
    assert "Noted: from" not in answer.text, answer.text
