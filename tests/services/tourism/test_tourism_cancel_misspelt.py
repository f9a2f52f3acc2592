"""A cancel typed with a slip of a letter ("cancle korbo", "cancal", "cansel my booking") or with the verb people add
("ক্যান্সেল করব", "বাতিল করবো", "cancel korbo") at the tourism menu or the bookings list asks about cancelling the
person's booking, as "cancel" does; before, it was "Sorry, I did not follow that". Words only near a cancel that
are something else ("বাতি", a lamp; "candle") and a cancel asked against ("cancle korbo na") are not a cancel."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE

ASKED = {"en": "Cancel booking PT-2026-000001?", "bn": "বুকিং PT-2026-000001 বাতিল করবেন?"}


@pytest.mark.parametrize("at", ["tourism:home", "tourism:mine"])
@pytest.mark.parametrize("lang, typed", [
    ("en", "cancle korbo"), ("en", "cancal"), ("en", "cansel my booking"), ("en", "cancel korbo"),
    ("en", "pls cancell it"), ("bn", "ক্যান্সেল করব"), ("bn", "বাতিল করবো"), ("bn", "ক্যান্সল করতে চাই"),
    ("bn", "ক্যানসেল করুন"), ("bn", "batil korbo")])
async def test_a_misspelt_cancel_asks_to_cancel_the_one_open_booking(make_guest, at, lang, typed):
    guest = make_guest(lang)
    await guest.book(DOUBLE, "2026-06-10")
    await guest.tap(at)

    asked = await guest.say(typed)

    assert ASKED[lang] in asked.text, asked.text
    assert asked.choice("tourism:cancelyes:PT-2026-000001")


@pytest.mark.parametrize("typed", ["বাতি", "candle", "cancle korbo na", "please", "korbo"])
async def test_words_near_a_cancel_or_against_it_do_not_ask_to_cancel(make_guest, typed):
    guest = make_guest("bn")
    await guest.book(DOUBLE, "2026-06-10")
    await guest.tap("tourism:mine")

    said = await guest.say(typed)

    assert ASKED["bn"] not in said.text and "tourism:cancelyes:PT-2026-000001" not in said.choices, said.text


async def test_a_misspelt_cancel_at_a_booking_shown_asks_to_cancel_it(make_guest):
    guest = make_guest()
    await guest.book(DOUBLE, "2026-06-10")
    await guest.tap("tourism:view:PT-2026-000001")

    asked = await guest.say("cancle korbo")

    assert ASKED["en"] in asked.text, asked.text


async def test_a_misspelt_cancel_while_choosing_drops_the_choices(make_guest):
    guest = make_guest("bn")
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DOUBLE}")

    left = await guest.say("ক্যান্সেল করব")

    assert "tourism:book" in left.choices, (left.text, left.choices)
