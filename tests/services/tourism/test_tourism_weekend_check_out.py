"""A weekend typed where the check-out is asked ("weekend porjonto", "till the weekend", "এই উইকেন্ড পর্যন্ত", on
Sunday 1 March 2026, a check-in of Wednesday 4 March) was its Saturday, a stay of three nights that ends before the
weekend it names: it is its Sunday, the weekend's nights (Friday's and Saturday's) in the stay, said back with them.
Where the check-in is asked a weekend stays its Saturday."""
from __future__ import annotations

from datetime import date

import pytest

from services.tourism.domain import parse_check_out, parse_date, parse_stay

TODAY = date(2026, 3, 1)
WEDNESDAY = date(2026, 3, 4)


@pytest.mark.parametrize("typed", ["weekend", "weekend porjonto", "till the weekend", "this weekend",
                                   "এই উইকেন্ড পর্যন্ত", "वीकेंड तक"])
def test_a_weekend_where_the_stay_ends_is_its_sunday(typed):
    assert parse_check_out(typed, TODAY, WEDNESDAY, 30) == date(2026, 3, 8)


def test_a_saturday_where_the_stay_ends_stays_saturday():
    assert parse_check_out("saturday", TODAY, WEDNESDAY, 30) == date(2026, 3, 7)


def test_a_weekend_check_in_is_its_saturday_and_a_stay_to_it_ends_on_sunday():
    assert parse_date("this weekend", TODAY) == date(2026, 3, 7)
    assert parse_stay("wednesday to weekend", TODAY, 30) == (WEDNESDAY, date(2026, 3, 8))
    assert parse_check_out("weekend", TODAY, date(2026, 3, 7), 30) == date(2026, 3, 8)  # a Saturday's check-in


async def test_a_weekend_typed_at_the_nights_is_said_back_as_its_sunday(make_guest):
    guest = make_guest("en")
    await guest.at_nights("lataguri-standard", "2026-03-04")
    said = (await guest.say("weekend porjonto")).text
    assert "Check-in 4 March 2026, check-out 8 March 2026: 4 nights." in said, said
