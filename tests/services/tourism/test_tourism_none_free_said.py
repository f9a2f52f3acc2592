"""Rooms gone at the quote with none at all left free: the apology says plainly that none is free, rather than
'not enough rooms of this kind are free (0 free)'; with some left, fewer than asked, it counts them as before."""
from __future__ import annotations

DORM = "tinchuley-dorm"  # one room
COTTAGE = "lamahatta-cottage"  # four rooms of three


async def _at_name(guest, room: str, *, guests: int, rooms: int) -> None:
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{room}")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")
    await guest.tap(f"tourism:guests:{guests}")
    await guest.tap(f"tourism:rooms:{rooms}")


async def test_the_last_room_taken_before_the_quote_is_said_none_free(make_guest):
    guest = make_guest()
    await _at_name(guest, DORM, guests=3, rooms=1)
    await make_guest().book(DORM, "2026-04-10", nights=2, guests=2)

    told = await guest.tap("tourism:name:profile")

    assert "Sorry, no room of this kind is free on those dates" in told.text
    assert "0 free" not in told.text and "not enough" not in told.text


async def test_the_last_room_taken_before_the_quote_is_said_none_free_in_bengali(make_guest):
    guest = make_guest("bn")
    await _at_name(guest, DORM, guests=3, rooms=1)
    await make_guest().book(DORM, "2026-04-10", nights=2, guests=2)

    told = await guest.tap("tourism:name:profile")

    assert "এই ধরনের কোনো ঘর খালি নেই" in told.text and "০টি" not in told.text


async def test_some_rooms_left_fewer_than_asked_are_still_counted(make_guest):
    guest = make_guest()
    await _at_name(guest, COTTAGE, guests=6, rooms=3)
    await make_guest().book(COTTAGE, "2026-04-10", nights=2, guests=6, rooms=2)

    told = await guest.tap("tourism:name:profile")

    assert "not enough rooms of this kind are free on those dates (2 free)" in told.text
