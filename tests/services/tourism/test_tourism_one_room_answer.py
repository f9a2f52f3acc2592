"""Where the rooms question has one answer only (a lone dormitory, or one room of the kind free for the stay), it
is not asked: that answer is taken, the name to book in asked next, and the quote says '1 room'."""
from __future__ import annotations

DORM = "tinchuley-dorm"  # one room of six
DOUBLE = "tinchuley-double"  # five rooms of two


async def test_one_guest_at_the_last_room_free_is_not_asked_the_rooms(make_guest):
    await make_guest().book(DOUBLE, "2026-12-31", nights=2, guests=8, rooms=4)
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DOUBLE}")
    await guest.tap("tourism:date:2026-12-31")
    await guest.tap("tourism:nights:2")

    asked = await guest.tap("tourism:guests:1")

    assert "How many rooms" not in asked.text and "In whose name" in asked.text
    quoted = await guest.tap("tourism:name:profile")
    assert "2 nights × 1 room ×" in quoted.text and "Guests: 1" in quoted.text


async def test_a_group_at_a_lone_dormitory_is_not_asked_the_rooms_in_bengali(make_guest):
    guest = make_guest("bn")
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")

    asked = await guest.say("৪")

    assert "কতগুলি ঘর" not in asked.text and "tourism:name:profile" in asked.choices
    quoted = await guest.tap("tourism:name:profile")
    assert "১টি ঘর" in quoted.text


async def test_back_from_the_name_goes_to_the_guests_when_the_rooms_were_not_asked(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DORM}")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:1")

    back = await guest.tap("tourism:back")

    assert "tourism:guests:2" in back.choices and "How many rooms" not in back.text


async def test_rooms_are_still_asked_where_more_than_one_answer_fits(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{DOUBLE}")
    await guest.tap("tourism:date:2026-04-10")
    await guest.tap("tourism:nights:2")

    asked = await guest.tap("tourism:guests:3")

    assert "How many rooms" in asked.text and "tourism:rooms:3" in asked.choices
