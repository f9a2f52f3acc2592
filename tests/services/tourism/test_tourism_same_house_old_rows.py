"""A row from a list sent earlier of the guest house or room type already chosen (tapped while scrolling up, at the
nights, the group or the quote) was taken as choosing it anew: the dates, the group and the quote's rooms were
dropped and the room list or the check-in asked again. Such a row is now answered as from an earlier message with
the question the person is at, nothing dropped; another room type of the same guest house is still a new choice."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, named, walk

STALE = {"en": "That choice is from an earlier message", "bn": "ওই বিকল্পটি আগের একটি বার্তার"}
CHECK_IN = f"tourism:date:{date.today() + timedelta(days=10)}"


@pytest.mark.parametrize("n, lang, row", [
    (1, "en", "tourism:property:ayodhya-hills"), (2, "bn", "tourism:property:ayodhya-hills"),
    (3, "en", "tourism:room:ayodhya-double"), (4, "bn", "tourism:room:ayodhya-double")])
async def test_an_old_row_of_the_choice_made_keeps_the_nights_question(system, n, lang, row):
    http, base = system
    phone = Phone(http, base, f"91980061{n:04d}")
    nights = await walk(phone, lang, *AYODHYA, CHECK_IN)
    assert "tourism:nights:2" in choices(nights), choices(nights)

    again = await phone.tap(row, until=has("interactive"))

    assert STALE[lang] in words(again), words(again)
    assert "tourism:nights:2" in choices(again), choices(again)
    guests = await phone.tap("tourism:nights:2", until=has("interactive"))  # the check-in is still there
    assert any(c.startswith("tourism:guests:") for c in choices(guests)), choices(guests)


async def test_an_old_row_of_the_room_chosen_keeps_the_quote(system):
    http, base = system
    phone = Phone(http, base, "919800620001")
    await walk(phone, "en", *AYODHYA, CHECK_IN, "tourism:nights:2", "tourism:guests:2", "tourism:rooms:1")
    quote = await named(phone)
    confirm = next(c for c in choices(quote) if c.startswith("tourism:confirm:"))

    again = await phone.tap("tourism:room:ayodhya-double", until=has("interactive"))

    assert STALE["en"] in words(again), words(again)
    booked = await phone.tap(confirm, until=lambda m: any(c.startswith("tourism:view:") for c in choices(m)))
    assert "PT-" in words(booked), words(booked)


async def test_another_room_type_of_the_same_guest_house_is_still_chosen(system):
    http, base = system
    phone = Phone(http, base, "919800630001")
    await walk(phone, "en", *AYODHYA, CHECK_IN)
    dates = await phone.tap("tourism:room:ayodhya-dorm", until=has("interactive"))
    assert STALE["en"] not in words(dates), words(dates)
    assert any(c.startswith("tourism:date:") for c in choices(dates)), choices(dates)
