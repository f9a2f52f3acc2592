"""The group said with a first message ("need a room in lamahatta for 4 ppl from 25 dec for 2 nights") was dropped
when said as "ppl", and the Bengali "লামাহাট্টায়" (লামাহাটা, a letter doubled) was said to be a place we have no guest
house at. The group typed where the nights are asked ("3 jon", "২ জন বড় ১টা বাচ্চা") only had the nights question
repeated. Now the group is kept for its own question, said back, and the rooms asked for it once the nights are."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, named, walk

from services.tourism.domain import read_request, show_day_month

AHEAD = date.today() + timedelta(days=20)
EN, BN = show_day_month(AHEAD, "en"), show_day_month(AHEAD, "bn")
ROOMS = {"en": "4 guests need at least 2 rooms", "bn": "৪ জনের জন্য অন্তত ২টি ঘর লাগবে"}


@pytest.mark.parametrize("typed", ["room for 4 ppl", "4 pax from 25 dec", "4 jon er jonno ghor chai", "৪ জনের ঘর চাই"])
def test_the_group_is_read_in_a_request(typed: str):
    assert read_request(typed, date(2026, 3, 1)).guests == 4, typed


@pytest.mark.parametrize("n, lang, typed", [
    (1, "en", f"need a room in lamahatta for 4 ppl from {EN} for 2 nights"),
    (2, "bn", f"lamahatta e 4 jon er jonno ghor chai {EN} theke 2 raat"),
    (3, "bn", f"লামাহাট্টায় {BN} থেকে ২ রাত ৪ জনের ঘর চাই")])
async def test_a_first_message_keeps_its_group_through_the_webhook(system, n, lang, typed):
    http, base = system
    phone = Phone(http, base, f"91980031{n:04d}")
    rooms = await phone.say(typed, until=has("interactive"))
    assert "tourism:room:lamahatta-cottage" in choices(rooms), (words(rooms), choices(rooms))
    assert ("4 guests" if lang == "en" else "৪ জন") in words(rooms), words(rooms)

    asked = await phone.tap("tourism:room:lamahatta-cottage", until=has("interactive"))

    said = words(asked)
    assert ROOMS[lang] in said and "How many guests" not in said and "কতজন" not in said, said
    assert "tourism:rooms:2" in choices(asked), choices(asked)


async def at_the_nights(http, base: str, wa_id: str, lang: str) -> Phone:
    phone = Phone(http, base, wa_id)
    await walk(phone, lang, *AYODHYA, "tourism:date:")
    return phone


@pytest.mark.parametrize("n, lang, typed, back, quoted", [
    (1, "bn", "২ জন বড় ১টা বাচ্চা", "৩ জন অতিথি (২ জন বড়, ১ জন ছোট)", "৩ জন (২ জন বড়, ১ জন ছোট)"),
    (2, "bn", "3 jon", "৩ জন অতিথি", "অতিথি: ৩ জন"),
    (3, "en", "we are 2 adults and 1 child", "3 guests (2 adults, 1 child)", "3 (2 adults, 1 child)")])
async def test_the_group_typed_at_the_nights_is_kept_for_its_question(system, n, lang, typed, back, quoted):
    http, base = system
    phone = await at_the_nights(http, base, f"91980032{n:04d}", lang)

    again = await phone.say(typed, until=has("interactive"))

    said = words(again)
    assert back in said and "tourism:nights:2" in choices(again), (said, choices(again))
    rooms = await phone.tap("tourism:nights:2", until=has("interactive"))
    assert "tourism:rooms:1" in choices(rooms) and "tourism:guests:3" not in choices(rooms), choices(rooms)
    await phone.tap("tourism:rooms:1", until=has("interactive"))
    quote = await named(phone)
    assert quoted in words(quote), words(quote)


async def test_nights_typed_at_the_nights_are_taken_as_before(system):
    http, base = system
    phone = await at_the_nights(http, base, "919800329001", "bn")
    guests = await phone.say("2 raat", until=has("interactive"))
    assert "tourism:guests:3" in choices(guests), choices(guests)


async def test_nights_and_group_typed_together_at_the_nights_are_both_taken(system):
    http, base = system
    phone = await at_the_nights(http, base, "919800329002", "bn")
    rooms = await phone.say("2 raat 3 jon", until=has("interactive"))
    assert "tourism:rooms:1" in choices(rooms) and "tourism:guests:3" not in choices(rooms), choices(rooms)
