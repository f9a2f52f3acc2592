"""A stay typed without its year whose check-in has just passed, on 3 December 2026 ("1 to 3 Dec", "1 Dec to 3 Dec",
"১ থেকে ৩ ডিসেম্বর"), is asked about as a check-in alone is ("1 dec"): next year's stay offered above the dates,
taken by a tap or a yes; before, it was booked for next year without a word, or refused as a date passed."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.tourism.domain import passed_stay

TODAY = date(2026, 12, 3)
ROOM = "tourism:room:lataguri-standard"


@pytest.fixture
def december(clock):
    clock.now = datetime(2026, 12, 3, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal, 3 December 2026


@pytest.mark.parametrize("typed, check_out", [
    ("1 to 3 Dec", date(2027, 12, 3)), ("1 Dec to 3 Dec", date(2027, 12, 3)), ("1 to 2 dec", date(2027, 12, 2)),
    ("1/12 to 3/12", date(2027, 12, 3)), ("১ থেকে ৩ ডিসেম্বর", date(2027, 12, 3)),
    ("1 dec for 2 nights", date(2027, 12, 3)),
])
def test_a_stay_whose_check_in_just_passed_is_both_years(typed, check_out):
    assert passed_stay(typed, TODAY, 30) == (date(2026, 12, 1), date(2027, 12, 1), check_out)


@pytest.mark.parametrize("typed", ["1/12/26 to 3/12/26", "1 dec 2027 to 3 dec 2027", "5 to 8 dec", "kal theke 2 rat",
                                   "1 sep to 3 sep", "25 to 27", "1 dec"])
def test_other_stays_are_not_asked_about(typed):
    assert passed_stay(typed, TODAY, 30) is None


@pytest.mark.parametrize("lang, typed, asked, yes, taken", [
    ("en", "1 to 3 Dec", "1 December 2026 has passed. Did you mean 1 December 2027 to 3 December 2027 (2 nights)?",
     "yes", "Check-in 1 December 2027, check-out 3 December 2027: 2 nights."),
    ("en", "1 Dec to 3 Dec", "1 December 2026 has passed. Did you mean 1 December 2027 to 3 December 2027",
     "ok", "Check-in 1 December 2027, check-out 3 December 2027: 2 nights."),
    ("bn", "১ থেকে ৩ ডিসেম্বর", "১ ডিসেম্বর ২০২৬ পেরিয়ে গেছে। আপনি কি ১ ডিসেম্বর ২০২৭ থেকে ৩ ডিসেম্বর ২০২৭ (২ রাত) বলতে",
     "হ্যাঁ", "চেক-ইন ১ ডিসেম্বর ২০২৭, চেক-আউট ৩ ডিসেম্বর ২০২৭: ২ রাত।"),
])
async def test_a_stay_just_passed_is_asked_about(make_guest, december, lang, typed, asked, yes, taken):
    guest = make_guest(lang)
    await guest.tap(ROOM)
    told = await guest.say(typed)
    assert asked in told.text and "tourism:date:2027-12-01:2027-12-03" in told.choices
    assert taken in (await guest.say(yes)).text


async def test_the_stay_offered_is_taken_by_a_tap(guest, december):
    await guest.tap(ROOM)
    await guest.say("1 to 3 Dec")
    taken = await guest.tap("tourism:date:2027-12-01:2027-12-03")
    assert "Check-in 1 December 2027, check-out 3 December 2027: 2 nights.\n\nHow many guests" in taken.text


async def test_a_stay_just_passed_typed_for_the_nights_is_asked_about(guest, december):
    await guest.tap(ROOM)
    await guest.tap("tourism:date:2026-12-10")
    told = await guest.say("1 Dec to 3 Dec")
    assert "1 December 2026 has passed" in told.text and "tourism:date:2027-12-01:2027-12-03" in told.choices


async def test_another_stay_typed_instead_is_that_stay(guest, december):
    await guest.tap(ROOM)
    await guest.say("1 to 3 Dec")
    assert "Check-in 10 December 2026, check-out 12 December 2026" in (await guest.say("10 to 12 dec")).text
