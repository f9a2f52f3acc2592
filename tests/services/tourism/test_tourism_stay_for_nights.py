"""A check-in and its nights typed together ("25 Dec for 2 nights", "kal theke 2 rat", "২৫ ডিসেম্বর, দুই রাত") where
the check-in is asked: that stay, said back (on 1 March 2026)."""
from __future__ import annotations

from datetime import date

import pytest

from services.tourism.domain import parse_stay

TODAY = date(2026, 3, 1)


@pytest.mark.parametrize("typed, stay", [
    ("25 Dec for 2 nights", (date(2026, 12, 25), date(2026, 12, 27))),
    ("25 dec, 2 nights", (date(2026, 12, 25), date(2026, 12, 27))),
    ("২৫ ডিসেম্বর, দুই রাত", (date(2026, 12, 25), date(2026, 12, 27))),
    ("২৫ ডিসেম্বর থেকে ৩ রাত", (date(2026, 12, 25), date(2026, 12, 28))),
    ("kal theke 2 rat", (date(2026, 3, 2), date(2026, 3, 4))),
    ("tomorrow for one night", (date(2026, 3, 2), date(2026, 3, 3))),
])
def test_a_check_in_with_its_nights_is_a_stay(typed, stay):
    assert parse_stay(typed, TODAY, 30) == stay


@pytest.mark.parametrize("typed", ["25 Dec for 0 nights", "hello 2 nights", "25 Dec for 2 days"])
def test_no_stay_without_a_date_or_a_night(typed):
    assert parse_stay(typed, TODAY, 30) is None


@pytest.mark.parametrize("lang, typed, read", [
    ("en", "25 Dec for 2 nights", "Check-in 25 December 2026, check-out 27 December 2026: 2 nights."),
    ("bn", "২৫ ডিসেম্বর, ২ রাত", "চেক-ইন ২৫ ডিসেম্বর ২০২৬, চেক-আউট ২৭ ডিসেম্বর ২০২৬: ২ রাত।"),
])
async def test_typed_where_the_check_in_is_asked_the_stay_is_read_back(make_guest, lang, typed, read):
    """'25 Dec for 2 nights' was 'I could not read that date'."""
    guest = make_guest(lang)
    await guest.tap("tourism:room:lataguri-standard")
    assert read in (await guest.say(typed)).text


def test_too_many_nights_are_a_stay_too_long_to_book():
    check_in, check_out = parse_stay("25 Dec for 99999999999 nights", TODAY, 30)
    assert (check_out - check_in).days == 31
