"""A check-in and its days typed without the year whose check-in has just passed, on 3 December 2026 ("1 dec for 3
days", "১ ডিসেম্বর থেকে ৩ দিন"), went to next year's without a word (the nights for 1 December 2027 asked); it is
now asked about as "1 dec" is: next year's day offered above the dates, and once taken (a tap or a yes) the nights
asked for the days typed, both check-outs named."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.tourism.domain import passed_days

TODAY = date(2026, 12, 3)
ROOM = "tourism:room:lataguri-standard"


@pytest.fixture
def december(clock):
    clock.now = datetime(2026, 12, 3, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal, 3 December 2026


@pytest.mark.parametrize("typed, days", [("1 dec for 3 days", 3), ("১ ডিসেম্বর থেকে ৩ দিন", 3), ("1/12 for 1 day", 1)])
def test_days_from_a_check_in_just_passed_are_both_years(typed, days):
    assert passed_days(typed, TODAY) == (date(2026, 12, 1), date(2027, 12, 1), days)


@pytest.mark.parametrize("typed", ["kal theke 3 din", "25 dec for 3 days", "1 dec 2027 for 3 days", "1 sep for 3 days",
                                   "1 dec", "1 to 3 dec"])
def test_other_days_are_not_asked_about(typed):
    assert passed_days(typed, TODAY) is None


@pytest.mark.parametrize("lang, typed, asked, yes, nights", [
    ("en", "1 dec for 3 days", "1 December 2026 has passed. Did you mean 1 December 2027, for 3 days?", "yes",
     "From 1 December 2027 for 3 days: is that 3 nights (check-out 4 December 2027) or 2 nights"),
    ("bn", "১ ডিসেম্বর থেকে ৩ দিন", "১ ডিসেম্বর ২০২৬ পেরিয়ে গেছে। আপনি কি ১ ডিসেম্বর ২০২৭ থেকে ৩ দিন বলতে চেয়েছেন?",
     "হ্যাঁ", "১ ডিসেম্বর ২০২৭ থেকে ৩ দিন"),
])
async def test_days_from_a_check_in_just_passed_are_asked_about(make_guest, december, lang, typed, asked, yes, nights):
    guest = make_guest(lang)
    await guest.tap(ROOM)
    told = await guest.say(typed)
    assert asked in told.text and "tourism:date:2027-12-01" in told.choices
    assert nights in (await guest.say(yes)).text


async def test_the_day_offered_tapped_asks_the_nights_for_the_days(guest, december):
    await guest.tap(ROOM)
    await guest.say("1 dec for 3 days")
    taken = await guest.tap("tourism:date:2027-12-01")
    assert "From 1 December 2027 for 3 days: is that 3 nights" in taken.text


async def test_typed_where_the_nights_are_asked_it_is_asked_about_too(guest, december):
    await guest.tap(ROOM)
    await guest.tap("tourism:date:2026-12-10")
    told = await guest.say("1 dec for 3 days")
    assert "1 December 2026 has passed" in told.text and "tourism:date:2027-12-01" in told.choices


async def test_another_date_typed_instead_is_that_date(guest, december):
    await guest.tap(ROOM)
    await guest.say("1 dec for 3 days")
    other = await guest.say("10 dec")
    assert "10 December 2026" in other.text and "for 3 days" not in other.text
