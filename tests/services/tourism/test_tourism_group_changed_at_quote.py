"""A group changed while the quote is on screen ("na wait, 4 jon hobe", "৪ জন হবে", "we are 4 people now") was
answered "Please type *yes* or *no*, or tap a button."; the "na" that followed dropped the whole quote and everything
chosen. The new group is now read: the rooms held are let go, and the booking goes on for that many guests (here
four, who need two double rooms) with the place, the room and the dates kept. A count with no word for people, or
a plain yes, is still no group."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, named, walk

from services.tourism.conversation.regroup import said_group

ROOMS = {"en": "4 guests need at least 2 rooms", "bn": "৪ জনের জন্য অন্তত ২টি ঘর লাগবে"}


@pytest.mark.parametrize("typed, guests", [
    ("na wait, 4 jon hobe", 4), ("৪ জন হবে", 4), ("we are 4 people now", 4), ("amra 4 jon", 4),
    ("2 jon boro 2 ta baccha", 4), ("5 guests", 5)])
def test_a_group_typed_at_the_quote_is_read(typed: str, guests: int):
    assert said_group(typed) == guests, typed


@pytest.mark.parametrize("typed", ["4", "ha", "na", "confirm", "2 nights", "২ রাত", "room 2"])
def test_other_words_are_no_group(typed: str):
    assert said_group(typed) is None, typed


async def at_the_quote(http, base: str, wa_id: str, lang: str) -> tuple[Phone, list]:
    phone = Phone(http, base, wa_id)
    await walk(phone, lang, *AYODHYA, "tourism:date:", "tourism:nights:2", "tourism:guests:3", "tourism:rooms:1")
    quote = await named(phone)
    return phone, quote


@pytest.mark.parametrize("n, lang, typed", [
    (1, "bn", "na wait, 4 jon hobe"), (2, "bn", "৪ জন হবে"), (3, "en", "we are 4 people now")])
async def test_a_group_changed_at_the_quote_goes_on_for_it_through_the_webhook(system, n, lang, typed):
    http, base = system
    phone, _ = await at_the_quote(http, base, f"91980020{n:04d}", lang)

    rooms = await phone.say(typed, until=has("interactive"))

    said = words(rooms)
    assert ROOMS[lang] in said and "yes* or *no" not in said and "হ্যাঁ* বা" not in said, said
    assert "tourism:rooms:2" in choices(rooms) and "tourism:rooms:1" not in choices(rooms), choices(rooms)
    named = await phone.tap("tourism:rooms:2", until=has("interactive"))
    last = next(c for c in choices(named) if c.startswith("tourism:name:"))  # the name typed before, offered
    quote = await phone.tap(last, until=lambda m: any(c.startswith("tourism:confirm:") for c in choices(m)))
    assert ("Guests: 4" if lang == "en" else "অতিথি: ৪ জন") in words(quote), words(quote)
    assert "Sumit Paul" in words(quote) and ("Ayodhya" in words(quote) or "অযোধ্যা" in words(quote))


async def test_yes_at_the_quote_still_books(system):
    http, base = system
    phone, _ = await at_the_quote(http, base, "919800209001", "bn")
    booked = await phone.say("ha", until=lambda m: "PT-" in words(m))
    assert "অতিথি" in words(booked) or "৩ জন" in words(booked), words(booked)
