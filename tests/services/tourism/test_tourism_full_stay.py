"""A stay with no room of the chosen type free is said so as soon as its dates are known, with the others the
quote would offer, before guests, rooms and the name are asked; the rooms question offers only those free."""
from __future__ import annotations

DORM = "tinchuley-dorm"  # one room
DOUBLE = "tinchuley-double"  # five rooms


async def _stay(guest, room: str) -> None:
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{room}")


async def test_a_full_stay_is_said_at_the_nights_with_the_alternatives(make_guest):
    await make_guest().book(DORM, "2026-12-31", nights=2, guests=2)
    guest = make_guest()
    await _stay(guest, DORM)
    await guest.tap("tourism:date:2026-12-31")

    full = await guest.tap("tourism:nights:2")

    assert "Sorry, no room of this kind is free on those dates (" in full.text and "How many guests" not in full.text
    assert {"tourism:altroom:tinchuley-double", "tourism:altdate:2027-01-02", "tourism:dates"} <= set(full.choices)
    other = await guest.tap("tourism:altroom:tinchuley-double")
    assert "How many guests" in other.text
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    quoted = await guest.tap("tourism:name:profile")
    assert "Double room" in quoted.text and "Confirm" in quoted.last.choices.values()


async def test_a_full_stay_typed_whole_is_said_at_once_in_bengali(make_guest):
    await make_guest().book(DORM, "2026-12-31", nights=2, guests=2)
    guest = make_guest("bn")
    await _stay(guest, DORM)

    full = await guest.say("31 Dec to 2 Jan")

    assert "দুঃখিত, ওই তারিখে এই ধরনের কোনো ঘর খালি নেই (" in full.text
    moved = await guest.tap("tourism:altdate:2027-01-02")
    assert "কতজন" in moved.text or "অতিথি" in moved.text


async def test_the_last_room_free_for_the_stay_is_taken_without_asking(make_guest):
    await make_guest().book(DOUBLE, "2026-12-31", nights=2, guests=8, rooms=4)
    guest = make_guest()
    await _stay(guest, DOUBLE)
    await guest.tap("tourism:date:2026-12-31")
    await guest.tap("tourism:nights:2")

    asked = await guest.tap("tourism:guests:1")

    assert "How many rooms" not in asked.text and "In whose name" in asked.text  # 1 room, the one free
