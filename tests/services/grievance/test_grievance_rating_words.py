"""A rating typed as villagers type it: the count in a word ("pach", "পাঁচ", "four") or a number with the
Bengali counter in Latin letters ("5 ta", "4 tara") was answered "a rating is a whole number from 1 to 5", the
question again, however often they tried."""
from __future__ import annotations

import pytest

from services.grievance.conversation.words import stars


@pytest.mark.parametrize("typed, expected", [
    ("pach", 5), ("panch tara", 5), ("পাঁচ", 5), ("চারটে", 4), ("four", 4), ("tin star", 3),
    ("5 ta", 5), ("5ta", 5), ("4 ti", 4), ("4 tara", 4), ("3 ta star", 3), ("৫ tara", 5),
])
def test_a_rating_in_words_or_with_a_latin_counter_is_read(typed, expected):
    assert stars(typed) == expected


def test_words_that_are_no_rating_still_are_none():
    assert [stars(typed) for typed in ("bhalo", "tara", "ta", "nine ta", "*", "0")] == [0, 0, 0, 9, 0, 0]


async def test_pach_typed_at_the_rating_rates_the_complaint_five_stars(office):
    person = office.person(lang="bn")
    number = await person.lodge()
    done = await office.post(f"/api/grievance/tickets/{number}/status",
                             headers=await office.bearer("gp_official", gp="Kalchini"),
                             json={"status": "resolved", "atr": "নতুন পাইপ বসানো হয়েছে, নলকূপ সারানো হয়েছে।"})
    assert done.status == 200
    await office.runtime.bus.drain()
    await person.tap(f"grievance:accept:{number}")
    rated = await person.say("pach")
    assert rated.event("grievance.ticket.rated")["rating"] == 5


@pytest.mark.parametrize("typed", ["4 stars", "৪ তারা", "char tara"])
async def test_a_rating_typed_at_the_resolved_complaint_rates_it(office, typed):
    """Its view offers *Accept & rate*: stars typed there instead of tapping are that rating, not 'not understood'."""
    person = office.person()
    number = await person.lodge()
    done = await office.post(f"/api/grievance/tickets/{number}/status",
                             headers=await office.bearer("gp_official", gp="Kalchini"),
                             json={"status": "resolved", "atr": "A new pipe was laid and the well repaired."})
    assert done.status == 200
    await office.runtime.bus.drain()
    await person.tap(f"grievance:view:{number}")
    rated = await person.say(typed)
    assert rated.event("grievance.ticket.rated")["rating"] == 4, typed
