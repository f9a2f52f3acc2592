"""Another room type taken for a group too big for the one chosen: the rooms question's 'up to' counts only the
rooms of that type free for the stay (with one answer left, it is taken, not asked), and a type with none free is
said full at once, as at the nights."""
from __future__ import annotations

DOUBLE = "tinchuley-double"  # five rooms of two


async def _refused_at_guests(guest) -> None:
    await guest.tap("tourism:book")
    await guest.tap("tourism:room:tinchuley-dorm")
    await guest.tap("tourism:date:2026-06-10")
    await guest.tap("tourism:nights:2")
    await guest.say("8")


async def test_the_room_type_taken_for_the_group_offers_only_its_rooms_free_for_the_stay(make_guest):
    await make_guest().book(DOUBLE, "2026-06-10", nights=2, guests=2, rooms=1)
    guest = make_guest()
    await _refused_at_guests(guest)

    asked = await guest.tap(f"tourism:roomier:{DOUBLE}:8")

    assert "How many rooms" not in asked.text and "In whose name" in asked.text  # 4 rooms, the one answer
    assert "2 nights × 4 rooms" in (await guest.tap("tourism:name:profile")).text


async def test_the_room_type_chosen_through_change_room_type_offers_only_its_rooms_free(make_guest):
    await make_guest().book(DOUBLE, "2026-06-10", nights=2, guests=2, rooms=1)
    guest = make_guest("bn")
    await _refused_at_guests(guest)
    await guest.tap("tourism:reroom:8")

    asked = await guest.tap(f"tourism:room:{DOUBLE}")

    assert "কতগুলি ঘর" not in asked.text and "tourism:name:profile" in asked.choices  # ৪টি ঘর, the one answer
    assert "২ রাত × ৪টি ঘর" in (await guest.tap("tourism:name:profile")).text


async def test_a_room_type_taken_for_the_group_with_none_free_is_said_full(make_guest):
    await make_guest().book(DOUBLE, "2026-06-10", nights=2, guests=10, rooms=5)
    guest = make_guest()
    await _refused_at_guests(guest)

    full = await guest.tap(f"tourism:roomier:{DOUBLE}:8")

    assert "Sorry, no room of this kind is free on those dates" in full.text and "How many rooms" not in full.text
