"""Changing a booking's room, asked for ("change room", "ঘর বদলাব"), is answered as that, not as changing its dates:
the room is not changed in the chat, so the person is told to book the other room (the guest house's rooms, one
tap away), then cancel the booking."""
from __future__ import annotations

import pytest

from gateway.menu import phrase_pattern
from services.tourism.service import MENU
from shared.india import plain

ROOM = "tinchuley-double"


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "change room", "The room of a booking cannot be changed here."),
    ("bn", "ঘর বদলাব", "বুকিংয়ের ঘর এখানে বদলানো যায় না।"),
])
async def test_changing_the_room_asked_at_the_main_menu_is_answered_about_the_room(make_guest, lang, typed, told):
    guest = make_guest(lang)
    await guest.book(ROOM, "2026-03-10")
    action = next(p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(plain(typed)))

    asked = await guest.send(guest.envelope(text=typed, reply_id=f"tourism:{action}"))  # as the gateway sends it

    assert told in asked.text and "PT-2026-000001" in asked.text and "date" not in asked.text
    assert set(asked.choices) >= {"tourism:property:tinchuley", "tourism:cancel:PT-2026-000001"}
    rooms = await guest.tap("tourism:property:tinchuley")
    assert f"tourism:room:{ROOM}" in rooms.choices


async def test_with_two_bookings_the_person_picks_which_room_to_change(make_guest):
    guest = make_guest()
    await guest.book(ROOM, "2026-03-10")
    await guest.book("lamahatta-cottage", "2026-03-20")
    await guest.tap("tourism:menu")

    asked = await guest.say("I want to change my room")

    assert "The room of a booking cannot be changed here: you book the new room" in asked.text
    which = await guest.tap("tourism:redate:PT-2026-000002:room")
    assert "tourism:property:lamahatta" in which.choices and "Book another room" in which.choices.values()


async def test_changing_the_dates_is_still_answered_about_the_dates(make_guest):
    guest = make_guest()
    await guest.book(ROOM, "2026-03-10")

    asked = await guest.send(guest.envelope(text="change my room dates", reply_id="tourism:redate"))

    assert "The dates of a booking cannot be changed here." in asked.text
