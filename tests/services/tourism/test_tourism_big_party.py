"""A group bigger than the room type chosen takes (eight for Tinchuley's dormitory of six): the refusal offers the
room types of that guest house that take it, and a change of room type, each keeping the dates."""
from __future__ import annotations

import pytest

REFUSED = {
    "en": "8 guests do not fit in this kind of room: one booking holds at most 6.",
    "bn": "৮ জন এই ধরনের ঘরে একসঙ্গে ধরবেন না: একটি বুকিংয়ে সর্বোচ্চ ৬ জন।",
}
TOLD = {"en": "Check-in: 10 June 2026\nCheck-out: 12 June 2026", "bn": "চেক-ইন: ১০ জুন ২০২৬\nচেক-আউট: ১২ জুন ২০২৬"}


async def at_guests(guest, room: str = "tinchuley-dorm") -> None:
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{room}")
    await guest.tap("tourism:date:2026-06-10")
    await guest.tap("tourism:nights:2")


@pytest.mark.parametrize("lang, typed", [("en", "8"), ("bn", "আটজন")])
async def test_a_group_too_big_is_offered_the_room_types_that_take_it_with_the_dates_kept(make_guest, lang, typed):
    guest = make_guest(lang)
    await at_guests(guest)
    refused = await guest.say(typed)
    assert REFUSED[lang] in refused.text
    assert list(refused.last.choices) == ["tourism:roomier:tinchuley-double:8", "tourism:reroom:8"]
    assert refused.last.choices["tourism:reroom:8"] == {"en": "Change room type", "bn": "ঘরের ধরন বদলান"}[lang]

    rooms = await guest.tap("tourism:roomier:tinchuley-double:8")  # no dates asked again: straight to the rooms
    assert list(rooms.last.choices) == ["tourism:rooms:4", "tourism:rooms:5"]
    await guest.tap("tourism:rooms:4")
    quote = await guest.tap("tourism:name:profile")
    assert TOLD[lang] in quote.text and "tourism:confirm:" in quote.choice("tourism:confirm:")


async def test_change_room_type_lists_the_rooms_and_the_one_chosen_keeps_the_dates(guest):
    await at_guests(guest)
    await guest.say("8")
    listed = await guest.tap("tourism:reroom:8")
    assert "Choose a room type for 8 guests; your dates stay the same." in listed.text
    assert {"tourism:room:tinchuley-double", "tourism:room:tinchuley-dorm"} <= set(listed.last.choices)
    rooms = await guest.tap("tourism:room:tinchuley-double")
    assert "8 guests need at least 4 rooms" in rooms.text
    await guest.tap("tourism:rooms:4")
    quote = await guest.tap("tourism:name:profile")
    assert "Check-in: 10 June 2026\nCheck-out: 12 June 2026" in quote.text


async def test_a_room_type_chosen_again_without_a_group_refused_still_asks_the_dates(guest):
    await at_guests(guest, "tinchuley-double")
    await guest.say("back")
    await guest.say("back")
    dates = await guest.tap("tourism:room:tinchuley-dorm")
    assert "When do you arrive" in dates.text


async def test_a_group_no_room_type_there_takes_is_told_so_and_can_still_change_the_room(guest):
    await at_guests(guest)
    refused = await guest.say("12")
    assert "No room type here takes 12 guests in one booking." in refused.text
    assert list(refused.last.choices) == ["tourism:reroom:12"]
    assert "In whose name" in (await guest.say("4")).text  # a smaller number typed is read as before
