"""A check-out said as a day of the month alone, after "till" or "to" ("till 8", "৮ পর্যন্ত", "5 Dec to 8"): the
day it names, not that many nights (on 1 March 2026)."""
from __future__ import annotations

from datetime import date

import pytest

from services.tourism.domain import parse_check_out, parse_stay

TODAY, CHECK_IN = date(2026, 3, 1), date(2026, 12, 5)
READ = {"en": "Check-in 5 December 2026, check-out 8 December 2026: 3 nights.",
        "bn": "চেক-ইন ৫ ডিসেম্বর ২০২৬, চেক-আউট ৮ ডিসেম্বর ২০২৬: ৩ রাত।"}


@pytest.mark.parametrize("typed", ["till 8", "until 8", "upto 8", "৮ পর্যন্ত", "8 porjonto", "৮ অবধি"])
def test_a_day_alone_after_till_is_the_check_out(typed):
    assert parse_check_out(typed, TODAY, CHECK_IN, 30) == date(2026, 12, 8)


def test_a_day_alone_before_the_check_in_s_is_in_the_next_month():
    assert parse_check_out("till 2", TODAY, date(2026, 12, 30), 30) == date(2027, 1, 2)


@pytest.mark.parametrize("typed", ["5 Dec to 8", "Dec 5 to 8", "৫ ডিসেম্বর থেকে ৮", "5 dec theke 8 porjonto"])
def test_a_stay_ending_in_a_day_alone_ends_that_day(typed):
    assert parse_stay(typed, TODAY, 30) == (CHECK_IN, date(2026, 12, 8))


def test_a_date_with_dashes_is_no_stay():
    assert parse_stay("05-12-26", TODAY, 30) is None


@pytest.mark.parametrize("lang, typed", [("en", "till 8"), ("bn", "৮ পর্যন্ত")])
async def test_typed_for_the_nights_the_stay_is_read_back(make_guest, lang, typed):
    """'till 8' was eight nights, to 13 December, and nothing said so."""
    guest = make_guest(lang)
    await guest.tap("tourism:room:lataguri-standard")
    await guest.tap("tourism:date:2026-12-05")
    assert READ[lang] in (await guest.say(typed)).text


@pytest.mark.parametrize("lang, typed", [("en", "5 Dec to 8"), ("bn", "৫ ডিসেম্বর থেকে ৮")])
async def test_typed_for_the_check_in_the_stay_is_read_back(make_guest, lang, typed):
    """'5 Dec to 8' was 'I could not read that date'."""
    guest = make_guest(lang)
    await guest.tap("tourism:room:lataguri-standard")
    assert READ[lang] in (await guest.say(typed)).text
