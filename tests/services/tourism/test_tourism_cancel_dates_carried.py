"""At "Cancel booking …?", new dates typed instead ("change to 14 Dec for 2 nights", "na, 12 tarikh theke 2 raat
korbo", "১২ ডিসেম্বর থেকে ২ রাত") kept the booking and offered *Book new dates*, but the dates typed were lost: the
new booking asked the check-in again. They are now said back with the booking kept ("Noted: from 14 Dec, 2 nights.")
and taken once *Book new dates* is tapped, the group asked next."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from phone_kit import choices, has, words
from test_tourism_cancel_to_redate import asked_to_cancel

from services.tourism.domain import show_day_month

LATER = date.today() + timedelta(days=30)
KEPT = {"en": "is NOT cancelled", "bn": "বাতিল করা হয়নি"}
NOTED = {"en": "Noted:", "bn": "বুঝেছি:"}


@pytest.mark.parametrize("n, lang, typed", [
    (1, "en", f"change to {show_day_month(LATER, 'en')} for 2 nights"),
    (2, "bn", f"na, {show_day_month(LATER, 'en')} theke 2 raat korbo"),
    (3, "bn", f"না, {show_day_month(LATER, 'bn')} থেকে ২ রাত থাকব")])
async def test_the_new_dates_typed_at_the_cancel_question_are_taken_for_the_new_booking(system, n, lang, typed):
    http, base = system
    phone, number = await asked_to_cancel(http, base, f"91980051{n:04d}", lang)

    told = await phone.say(typed, until=has("interactive"))

    said = words(told)
    assert KEPT[lang] in said and NOTED[lang] in said and show_day_month(LATER, lang) in said, said
    booked = await phone.tap("tourism:room:ayodhya-double", until=has("interactive"))
    assert any(c.startswith("tourism:guests:") for c in choices(booked)), (words(booked), choices(booked))
    assert not any(c.startswith(("tourism:date:", "tourism:nights:")) for c in choices(booked)), choices(booked)
    assert show_day_month(LATER, lang) in words(booked), words(booked)


async def test_the_dates_asked_to_change_without_new_ones_are_asked_as_before(system):
    http, base = system
    phone, _ = await asked_to_cancel(http, base, "919800519001", "en")
    told = await phone.say("no, I want to change the date", until=has("interactive"))
    assert NOTED["en"] not in words(told), words(told)
    dates = await phone.tap("tourism:room:ayodhya-double", until=has("interactive"))
    assert any(c.startswith("tourism:date:") for c in choices(dates)), choices(dates)


async def test_a_day_of_the_month_with_days_keeps_the_check_in(system):
    """"12 tarikh theke 2 din": the check-in is taken; two days are one night or two, so the nights are asked."""
    http, base = system
    phone, _ = await asked_to_cancel(http, base, "919800519002", "bn")
    await phone.say(f"na, {LATER.day} tarikh theke 2 din korbo", until=has("interactive"))
    booked = await phone.tap("tourism:room:ayodhya-double", until=has("interactive"))
    assert not any(c.startswith("tourism:date:") for c in choices(booked)), (words(booked), choices(booked))
    assert any(c.startswith(("tourism:nights:", "tourism:guests:")) for c in choices(booked)), choices(booked)
