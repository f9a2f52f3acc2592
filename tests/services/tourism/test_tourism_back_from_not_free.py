"""Back at a 'not free' list goes one step back, to the question answered just before it, with what was given
kept: the nights for a stay full before the group was asked, the guests for a group with too few rooms free, the
nights for a lone room gone at the quote (test_tourism_back_from_rooms_lost has the rest); not to the list of room
types."""
from __future__ import annotations

from tourism_kit import DORM, too_few


async def _stay(guest, check_in: str, nights: int):
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap(f"tourism:date:{check_in}")
    return await guest.tap(f"tourism:nights:{nights}")


async def test_back_at_a_full_stay_asks_the_nights_again(make_guest):
    await make_guest().book(DORM, "2026-06-21", nights=1, guests=2)
    guest = make_guest()
    told = await _stay(guest, "2026-06-20", 3)
    assert "is full" in told.text

    back = await guest.say("back")

    assert "Check-in 20 June 2026. How many nights will you stay?" in back.text or (
        "How many nights will you stay?" in back.text and "20" in back.text)
    assert "Which kind of room" not in back.text
    asked = await guest.tap("tourism:nights:1")  # the 20th alone is free: the stay goes on
    assert "How many guests?" in asked.text


async def test_back_tapped_at_too_few_asks_the_guests_again(make_guest):
    guest, told = await too_few(make_guest)
    assert "not enough for 8 guests" in told.text

    back = await guest.tap("tourism:back")

    assert "How many guests?" in back.text and "Which kind of room" not in back.text
    named = await guest.say("4")  # a smaller group fits the two rooms free, for the same stay: both taken
    assert "In whose name shall we book?" in named.text


async def test_back_at_rooms_gone_at_the_quote_asks_the_nights_again(make_guest):
    guest = make_guest("bn")
    await _stay(guest, "2026-06-20", 2)
    await guest.tap("tourism:guests:2")
    await make_guest().book(DORM, "2026-06-20", nights=2, guests=2)
    await guest.tap("tourism:name:profile")

    back = await guest.say("ফিরে")

    assert "কত রাত থাকবেন?" in back.text and "কার নামে বুক করব?" not in back.text
