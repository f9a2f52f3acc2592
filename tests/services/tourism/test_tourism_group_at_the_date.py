"""The group typed where the check-in is asked ("3 jon", "২ জন বড় ১টা বাচ্চা", "we are 3 people") was answered "I
could not read that date" and lost. It is now kept for its own question, said back with the date asked again, and
taken unasked once the nights are chosen."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, walk


@pytest.mark.parametrize("n, lang, typed, back", [
    (1, "bn", "3 jon", "বুঝেছি: ৩ জন অতিথি"),
    (2, "bn", "২ জন বড় ১টা বাচ্চা", "বুঝেছি: ৩ জন অতিথি (২ জন বড়, ১ জন ছোট)"),
    (3, "en", "we are 3 people", "Noted: 3 guests"),
    (4, "en", "2 adults 1 child", "Noted: 3 guests (2 adults, 1 child)")])
async def test_the_group_typed_at_the_check_in_is_kept_for_its_question(system, n, lang, typed, back):
    http, base = system
    phone = Phone(http, base, f"91980045{n:04d}")
    await walk(phone, lang, *AYODHYA)

    again = await phone.say(typed, until=has("interactive"))

    said = words(again)
    assert back in said and "could not read" not in said and "বুঝতে পারিনি" not in said, said
    day = next(c for c in choices(again) if c.startswith("tourism:date:"))
    await phone.tap(day, until=has("interactive"))
    rooms = await phone.tap("tourism:nights:2", until=has("interactive"))
    assert "tourism:rooms:2" in choices(rooms) and "tourism:guests:3" not in choices(rooms), choices(rooms)


async def test_nights_and_group_typed_at_the_check_in_both_wait_for_it(system):
    http, base = system
    phone = Phone(http, base, "919800459001")
    await walk(phone, "bn", *AYODHYA)

    again = await phone.say("2 raat 3 jon", until=has("interactive"))

    assert "বুঝেছি: ২ রাত, ৩ জন অতিথি" in words(again), words(again)
    day = next(c for c in choices(again) if c.startswith("tourism:date:"))
    rooms = await phone.tap(day, until=has("interactive"))
    assert "tourism:rooms:2" in choices(rooms), (words(rooms), choices(rooms))


@pytest.mark.parametrize("n, lang, typed, back, adults", [
    (1, "bn", "1 ta baccha", "বুঝেছি: ১ জন ছোট", "কতজন বড়"),
    (2, "en", "1 child", "Noted: 1 child", "How many adults")])
async def test_children_alone_at_the_check_in_are_kept_and_the_adults_asked_after_the_nights(system, n, lang, typed,
                                                                                              back, adults):
    http, base = system
    phone = Phone(http, base, f"91980046{n:04d}")
    await walk(phone, lang, *AYODHYA)

    again = await phone.say(typed, until=has("interactive"))

    assert back in words(again) and any(c.startswith("tourism:date:") for c in choices(again)), words(again)
    await phone.tap(next(c for c in choices(again) if c.startswith("tourism:date:")), until=has("interactive"))
    asked = await phone.tap("tourism:nights:2")
    assert adults in words(asked), words(asked)
    rooms = await phone.say("2", until=has("interactive"))
    assert "tourism:rooms:2" in choices(rooms), (words(rooms), choices(rooms))


async def test_children_alone_at_the_nights_are_no_count_of_nights(system):
    http, base = system
    phone = Phone(http, base, "919800469001")
    await walk(phone, "bn", *AYODHYA, "tourism:date:")

    again = await phone.say("1 ta baccha", until=has("interactive"))

    assert "বুঝেছি: ১ জন ছোট" in words(again) and "tourism:nights:2" in choices(again), (words(again), choices(again))
    asked = await phone.tap("tourism:nights:2")
    assert "কতজন বড়" in words(asked), words(asked)
