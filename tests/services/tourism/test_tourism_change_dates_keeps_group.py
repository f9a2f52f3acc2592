"""Change dates at the quote keeps the group: after the new check-in and nights, the rooms are asked for the guests
given before (or the name, where the rooms have one answer), rather than the guests again; before, the count of
guests typed earlier was lost and asked a second time."""
from __future__ import annotations

from tourism_kit import DOUBLE


async def test_change_dates_tapped_asks_the_rooms_for_the_same_group(make_guest):
    guest = make_guest()
    quoted = await guest.quote(DOUBLE, "2026-06-10", guests=4, rooms=2)
    await guest.tap(quoted.choice("tourism:change:"))
    await guest.tap("tourism:date:2026-06-15")

    asked = await guest.tap("tourism:nights:3")

    assert "4 guests need at least 2 rooms" in asked.text and "How many guests?" not in asked.text
    await guest.tap("tourism:rooms:2")
    requoted = await guest.tap("tourism:name:profile")
    assert "15 Jun" in requoted.text and "3 nights" in requoted.text and "Guests: 4" in requoted.text


async def test_change_dates_typed_in_bengali_keeps_the_group(make_guest):
    guest = make_guest("bn")
    await guest.quote(DOUBLE, "2026-06-10", guests=2, rooms=1)
    await guest.say("তারিখ বদলান")
    await guest.say("১৫ জুন")

    asked = await guest.say("২ রাত")

    assert "২ জনের জন্য অন্তত ১টি ঘর লাগবে" in asked.text and "কতজন অতিথি?" not in asked.text


async def test_a_group_changed_after_going_back_is_asked_again(make_guest):
    guest = make_guest()
    quoted = await guest.quote(DOUBLE, "2026-06-10", guests=4, rooms=2)
    await guest.tap(quoted.choice("tourism:change:"))
    await guest.tap("tourism:date:2026-06-15")
    await guest.tap("tourism:nights:3")
    await guest.say("back")  # from the rooms to the guests: a new count taken
    await guest.say("back")  # and to the nights: the group is asked once more after them

    asked = await guest.tap("tourism:nights:2")

    assert "How many guests?" in asked.text
