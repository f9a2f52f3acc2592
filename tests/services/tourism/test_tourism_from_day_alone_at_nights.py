"""A day of the month said, without its month, as the one the stay starts from, where the nights are asked: "26
theke" (Banglish, "from 26"), "২৬ থেকে", "from 26". Before, it was not read as the check-in (the nights asked again
with "Please type the number…"). Now it is the next such day, as the check-in question reads a day without its month
("26th", "২৬ তারিখ"): this month's while still ahead, else next month's; said back with the nights asked for it."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "26 theke", "Check-in 26 March 2026. How many nights will you stay?"),
    ("en", "from 26", "Check-in 26 March 2026. How many nights will you stay?"),
    ("en", "12 thheke", "Check-in 12 March 2026."),
    ("bn", "২৬ থেকে", "চেক-ইন ২৬ মার্চ ২০২৬।"),
    ("bn", "26 theke", "চেক-ইন ২৬ মার্চ ২০২৬।"),
])
async def test_a_day_alone_said_from_is_this_months_check_in(make_guest, lang, typed, told):
    guest = make_guest(lang)
    await guest.at_nights("lamahatta-cottage", "2026-03-10")
    answer = await guest.say(typed)
    assert told in answer.text, answer.text
    assert "tourism:nights:2" in answer.last.choices
    two = await guest.tap("tourism:nights:2")
    assert "tourism:guests:2" in two.last.choices


async def test_a_day_passed_this_month_is_next_months(guest, clock):
    clock.advance(days=26)  # 27 March 2026
    await guest.tap("tourism:book")
    await guest.tap("tourism:room:lamahatta-cottage")
    await guest.tap("tourism:date:2026-03-28")
    answer = await guest.say("5 theke")
    assert "Check-in 5 April 2026. How many nights will you stay?" in answer.text, answer.text


async def test_as_the_check_in_question_reads_the_day(guest, clock):
    clock.advance(days=26)  # 27 March 2026
    await guest.tap("tourism:book")
    await guest.tap("tourism:room:lamahatta-cottage")
    answer = await guest.say("5th")
    assert "Check-in 5 April 2026." in answer.text, answer.text


async def test_nights_counted_from_it(guest):
    await guest.at_nights("lamahatta-cottage", "2026-03-10")
    await guest.say("26 theke")
    answer = await guest.say("till 28 march")
    assert "Check-in 26 March 2026, check-out 28 March 2026: 2 nights." in answer.text, answer.text
