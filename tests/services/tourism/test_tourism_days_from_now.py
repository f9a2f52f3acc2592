"""A check-in said as days from today ("in 3 days", "3 din por", "৩ দিন পরে", "तीन दिन बाद"), as a day of next
month ("5th of next month", "পরের মাসের ৫ তারিখ", "agle mahine ki 5 tarikh") or with spaces between its numbers
("31 12 2026") was "I could not read that date" where the check-in is asked (on Sunday 1 March 2026). Each is
read and said back; where the check-out is asked, days from now are no date (there "3 din por" is three nights, as
"3 din" is), and a number of days no trip is said with is none."""
from __future__ import annotations

from datetime import date

import pytest

from services.tourism.domain import parse_check_out, parse_date

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize("typed, day", [
    ("in 3 days", date(2026, 3, 4)), ("after 3 days", date(2026, 3, 4)), ("3 days later", date(2026, 3, 4)),
    ("three days from now", date(2026, 3, 4)), ("in 10 days time", date(2026, 3, 11)),
    ("3 din por", date(2026, 3, 4)), ("dui din pore", date(2026, 3, 3)), ("৩ দিন পরে", date(2026, 3, 4)),
    ("দুদিন পর", date(2026, 3, 3)), ("teen din baad", date(2026, 3, 4)), ("तीन दिन बाद", date(2026, 3, 4)),
    ("৪০ দিন পর", date(2026, 4, 10)),
    ("5th of next month", date(2026, 4, 5)), ("next month 5th", date(2026, 4, 5)),
    ("the 30th of next month", date(2026, 4, 30)), ("পরের মাসের ৫ তারিখ", date(2026, 4, 5)),
    ("সামনের মাসের ১০ তারিখে", date(2026, 4, 10)), ("agle mahine ki 5 tarikh", date(2026, 4, 5)),
    ("porer mase 10 tarikh", date(2026, 4, 10)), ("अगले महीने की 5 तारीख", date(2026, 4, 5)),
    ("31 12 2026", date(2026, 12, 31)), ("০৫ ০৩ ২০২৬", date(2026, 3, 5)),
])
def test_days_from_now_and_a_day_of_next_month_are_read(typed, day):
    assert parse_date(typed, TODAY) == day


@pytest.mark.parametrize("typed", [
    "in 0 days", "in 400 days", "in many days", "3 din", "next month", "31st of next month", "31 12", "5 12 26 27",
])
def test_no_date_is_made_of_what_names_none(typed):
    """"31st of next month" in March: April has no 31st; "31 12" without its year may be two counts."""
    assert parse_date(typed, TODAY) is None


def test_the_month_after_december_is_january():
    assert parse_date("5th of next month", date(2026, 12, 20)) == date(2027, 1, 5)


def test_days_from_now_where_the_check_out_is_asked_are_no_date():
    assert parse_check_out("3 din por", TODAY, date(2026, 3, 10), 30) is None
    assert parse_check_out("5th of next month", TODAY, date(2026, 3, 10), 30) == date(2026, 4, 5)


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "3 din por", "Check-in 4 March 2026."), ("bn", "পরের মাসের ৫ তারিখ", "চেক-ইন ৫ এপ্রিল ২০২৬।"),
    ("en", "in 3 days for 2 nights", "Check-in 4 March 2026, check-out 6 March 2026: 2 nights."),
])
async def test_where_the_check_in_is_asked_they_are_said_back(make_guest, lang, typed, said):
    guest = make_guest(lang)
    await guest.tap("tourism:room:lataguri-standard")
    got = (await guest.say(typed)).text
    assert said in got, got


async def test_days_from_now_in_a_message_asking_for_a_room_are_noted(make_guest):
    guest = make_guest("en")
    said = (await guest.say("3 din por darjeeling e room chai")).text
    assert "Noted: Darjeeling, from 4 Mar." in said, said


async def test_days_from_now_where_the_nights_are_asked_are_the_nights(make_guest):
    guest = make_guest("en")
    await guest.at_nights("lataguri-standard", "2026-03-10")
    said = (await guest.say("3 din por")).text
    assert "How many guests?" in said and "could not read" not in said, said
    await guest.tap("tourism:guests:2")
    quoted = (await guest.tap("tourism:rooms:1")).text + (await guest.tap("tourism:name:profile")).text
    assert "10 March 2026" in quoted and "13 March 2026" in quoted, quoted
