"""A day said as the one the stay starts from, alone, where the nights are asked: "26 dec theke" (Banglish, "from 26
Dec"), "২৬ ডিসেম্বর থেকে", "from 26 Dec". Before, it was read as the check-out ("Check-in 10 March 2026, check-out
26 March 2026: 16 nights"), as "theke" is no part of a date. Now it is the check-in, said back, and the nights are
asked for it; a check-out ("till 14 march", "14 march"), a whole stay ("from 12 Mar to 14 Mar") and a count are read
as before (on 1 March 2026)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "26 mar theke", "Check-in 26 March 2026. How many nights will you stay?"),
    ("en", "from 26 March", "Check-in 26 March 2026. How many nights will you stay?"),
    ("en", "From 26/03/2026.", "Check-in 26 March 2026."),
    ("en", "12 march thheke", "Check-in 12 March 2026."),
    ("bn", "২৬ মার্চ থেকে", "চেক-ইন ২৬ মার্চ ২০২৬।"),
    ("bn", "26 march theke", "চেক-ইন ২৬ মার্চ ২০২৬।"),
])
async def test_a_day_said_from_is_the_check_in_and_the_nights_asked(make_guest, lang, typed, told):
    guest = make_guest(lang)
    await guest.at_nights("lamahatta-cottage", "2026-03-10")
    answer = await guest.say(typed)
    assert told in answer.text, answer.text
    assert "tourism:nights:2" in answer.last.choices
    two = await guest.tap("tourism:nights:2")
    assert "tourism:guests:2" in two.last.choices


async def test_the_new_check_in_counts_the_nights_from_it(guest):
    await guest.at_nights("lamahatta-cottage", "2026-03-10")
    await guest.say("26 mar theke")
    answer = await guest.say("till 28 march")
    assert "Check-in 26 March 2026, check-out 28 March 2026: 2 nights." in answer.text, answer.text


@pytest.mark.parametrize("typed, told", [
    ("14 march", "Check-in 10 March 2026, check-out 14 March 2026: 4 nights."),
    ("till 14 march", "Check-in 10 March 2026, check-out 14 March 2026: 4 nights."),
    ("from 12 Mar to 14 Mar", "check-out 14 March 2026: 2 nights"),
    ("3", "How many guests?"),
])
async def test_a_check_out_a_stay_or_a_count_is_read_as_before(guest, typed, told):
    await guest.at_nights("lamahatta-cottage", "2026-03-10")
    answer = await guest.say(typed)
    assert told in answer.text, answer.text
