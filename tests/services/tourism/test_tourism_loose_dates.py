"""Dates typed loosely where the check-in is asked, on 3 December 2026: a date whose day this year has just passed
("1 dec") is asked about, next year's offered; days of the month alone ("25 to 27", "২৫ থেকে ২৭") are a stay this
month, or next; a date year first ("2026-12-25") is read; a check-in and its days ("kal theke 3 din", "কাল থেকে ৩
দিন") asks whether that is 3 nights or 2."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from services.tourism.domain import parse_date, parse_days, parse_days_stay, passed_lately

TODAY = date(2026, 12, 3)
ROOM = "tourism:room:lataguri-standard"


@pytest.fixture
def december(clock):
    clock.now = datetime(2026, 12, 3, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal, 3 December 2026


@pytest.mark.parametrize("typed", ["1 dec", "1/12", "১ ডিসেম্বর", "December 1st", "28 nov"])
def test_a_date_without_its_year_just_passed_is_both_days(typed):
    passed, meant = passed_lately(typed, TODAY)
    assert passed.year == 2026 and meant.year == 2027 and (passed.month, passed.day) == (meant.month, meant.day)


@pytest.mark.parametrize("typed", ["1 dec 2027", "1/12/27", "1st", "friday", "25 dec", "5 jan", "1 sep", "kal"])
def test_other_dates_are_not_asked_about(typed):
    assert passed_lately(typed, TODAY) is None


@pytest.mark.parametrize("typed, today", [("25 dec", date(2026, 3, 1)), ("28 dec", date(2027, 1, 3))])
def test_a_day_of_last_year_is_not_asked_about(typed, today):
    assert passed_lately(typed, today) is None


@pytest.mark.parametrize("lang, typed, asked, yes, taken", [
    ("en", "1 dec", "1 December 2026 has passed. Did you mean 1 December 2027?", "yes", "Check-in 1 December 2027."),
    ("bn", "১ ডিসেম্বর", "১ ডিসেম্বর ২০২৬ পেরিয়ে গেছে। আপনি কি ১ ডিসেম্বর ২০২৭ বলতে চেয়েছেন?", "হ্যাঁ",
     "চেক-ইন ১ ডিসেম্বর ২০২৭।"),
])
async def test_a_check_in_just_passed_is_asked_about(make_guest, december, lang, typed, asked, yes, taken):
    """'1 dec' on 3 December was 1 December 2027, taken without a word."""
    guest = make_guest(lang)
    await guest.tap(ROOM)
    told = await guest.say(typed)
    assert asked in told.text and "tourism:date:2027-12-01" in told.choices
    assert taken in (await guest.say(yes)).text


@pytest.mark.parametrize("answer", ["ok", "tourism:date:2027-12-01"])
async def test_next_year_s_day_is_taken_by_a_yes_or_a_tap(guest, december, answer):
    await guest.tap(ROOM)
    await guest.say("1 dec")
    taken = await (guest.tap(answer) if answer.startswith("tourism:") else guest.say(answer))
    assert "Check-in 1 December 2027. How many nights" in taken.text


async def test_another_date_typed_instead_is_that_date(guest, december):
    await guest.tap(ROOM)
    await guest.say("1 dec")
    assert "Check-in 24 December 2026. How many nights" in (await guest.say("24 dec")).text


async def test_the_offer_is_for_the_next_answer_only(guest, december):
    await guest.tap(ROOM)
    await guest.say("1 dec")
    await guest.say("hello")
    assert "I could not read that date" in (await guest.say("yes")).text


@pytest.mark.parametrize("typed", ["2026-12-25", "২০২৬-১২-২৫", "2026/12/25"])
def test_a_date_year_first_is_read(typed):
    assert parse_date(typed, TODAY) == date(2026, 12, 25)


@pytest.mark.parametrize("typed, stay", [
    ("25 to 27", (date(2026, 12, 25), date(2026, 12, 27))),
    ("২৫ থেকে ২৭", (date(2026, 12, 25), date(2026, 12, 27))),
    ("from 25th till 27th", (date(2026, 12, 25), date(2026, 12, 27))),
    ("2 to 5", (date(2027, 1, 2), date(2027, 1, 5))),  # the 2nd has passed: next month's
    ("28 to 2", (date(2026, 12, 28), date(2027, 1, 2))),
    ("27 to 25", (date(2026, 12, 27), date(2026, 12, 25))),  # a slip: refused as a check-out before the check-in
])
def test_days_alone_are_a_stay_this_month_or_next(typed, stay):
    assert parse_days_stay(typed, TODAY) == stay


@pytest.mark.parametrize("typed", ["25-27", "5-8", "hello to 27", "25 to hello"])
def test_days_with_a_dash_are_no_stay(typed):
    assert parse_days_stay(typed, TODAY) is None


@pytest.mark.parametrize("lang, typed, read", [
    ("en", "25 to 27", "Check-in 25 December 2026, check-out 27 December 2026: 2 nights."),
    ("bn", "২৫ থেকে ২৭", "চেক-ইন ২৫ ডিসেম্বর ২০২৬, চেক-আউট ২৭ ডিসেম্বর ২০২৬: ২ রাত।"),
    ("en", "2026-12-25", "Check-in 25 December 2026. How many nights"),
])
async def test_typed_for_the_check_in_they_are_read(make_guest, december, lang, typed, read):
    """Each was 'I could not read that date'."""
    guest = make_guest(lang)
    await guest.tap(ROOM)
    assert read in (await guest.say(typed)).text


@pytest.mark.parametrize("typed, said", [
    ("kal theke 3 din", (date(2026, 12, 4), 3)), ("কাল থেকে ৩ দিন", (date(2026, 12, 4), 3)),
    ("কাল থেকে তিন দিন", (date(2026, 12, 4), 3)), ("25 Dec for 2 days", (date(2026, 12, 25), 2)),
])
def test_a_check_in_and_its_days(typed, said):
    assert parse_days(typed, TODAY) == said


@pytest.mark.parametrize("lang, typed, asked", [
    ("en", "kal theke 3 din", "From 4 December 2026 for 3 days: is that 3 nights (check-out 7 December 2026) or "
                              "2 nights (check-out 6 December 2026)?"),
    ("bn", "কাল থেকে ৩ দিন", "৪ ডিসেম্বর ২০২৬ থেকে ৩ দিন: ৩ রাত (চেক-আউট ৭ ডিসেম্বর ২০২৬), না ২ রাত (চেক-আউট ৬ "
                             "ডিসেম্বর ২০২৬)?"),
])
async def test_days_typed_ask_the_nights(make_guest, december, lang, typed, asked):
    """'kal theke 3 din' was 'I could not read that date'."""
    guest = make_guest(lang)
    await guest.tap(ROOM)
    told = await guest.say(typed)
    assert asked in told.text and "tourism:nights:2" in told.choices and "tourism:nights:3" in told.choices
    assert ("How many guests" if lang == "en" else "কতজন অতিথি") in (await guest.tap("tourism:nights:2")).text


async def test_one_day_is_one_night(guest, december):
    await guest.tap(ROOM)
    assert "Check-in 4 December 2026, check-out 5 December 2026: 1 night." in (await guest.say("kal theke 1 din")).text


async def test_days_typed_for_the_nights_are_from_their_own_day(guest, december):
    """'kal theke 3 din' where the nights were asked for 10 December was 3 nights from the 10th."""
    await guest.tap(ROOM)
    await guest.tap("tourism:date:2026-12-10")
    assert "From 4 December 2026 for 3 days" in (await guest.say("kal theke 3 din")).text
