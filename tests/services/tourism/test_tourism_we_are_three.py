"""The group said as people say it, 'আমরা তিনজন' (we are three), 'amra dujon', 'মোট চারজন', is read as its count,
as 'আমরা ৩ জন' already was; before, a count in words after 'we' was 'একটি সংখ্যা লিখুন'."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE

from services.tourism.domain import parse_count


@pytest.mark.parametrize("typed, count", [
    ("আমরা তিনজন", 3), ("আমরা তিন জন", 3), ("amra dujon", 2), ("মোট চারজন", 4), ("we are two", 2),
    ("আমরা ৩ জন", 3), ("তিনজন", 3),
])
def test_a_count_in_words_after_we_is_read(typed, count):
    assert parse_count(typed) == count


@pytest.mark.parametrize("typed", ["আমরা", "আমরা আসছি"])
def test_we_alone_is_no_count(typed):
    assert parse_count(typed) is None


async def test_we_are_three_typed_asks_the_rooms_for_three(make_guest):
    guest = make_guest("bn")
    for tap in ("tourism:book", f"tourism:room:{DOUBLE}", "tourism:date:2026-06-10", "tourism:nights:2"):
        await guest.tap(tap)

    asked = await guest.say("আমরা তিনজন")

    assert "৩ জনের জন্য অন্তত ২টি ঘর লাগবে" in asked.text
