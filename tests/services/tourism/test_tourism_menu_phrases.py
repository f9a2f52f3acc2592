"""The words tourism announces for the main menu, in Bengali written in Latin letters as well."""
from __future__ import annotations

import pytest

from gateway.menu import phrase_pattern
from services.tourism.service import MENU
from shared.india import plain


def asked_for(text: str) -> str | None:
    """The tourism choice the gateway taps for ``text`` typed at the main menu (as ``gateway.menu.Menu.asked_for``)."""
    return next((phrase.action for phrase in MENU.phrases if phrase_pattern(phrase.pattern).search(plain(text))), None)


@pytest.mark.parametrize("typed, action", [
    ("ghor book korbo", "book"), ("room book korte chai", "book"), ("ekta ghor booking korbo", "book"),
    ("ghar book", "book"), ("রুম বুক করব", "book"), ("book a room", "book"), ("ঘর বুক করতে চাই", "book"),
    ("ghor book korbo na", "mine"), ("room booking korte chai na", "mine"), ("ghor booking cancel korbo", "cancel"),
])
def test_booking_a_room_asked_in_latin_letters_opens_the_booking(typed, action):
    """'ghor book korbo' (I'll book a room) at the main menu was 'Sorry, I did not follow that', the words kept
    to be sent as a complaint; the room is booked as 'ঘর বুক করব' is."""
    assert asked_for(typed) == action


@pytest.mark.parametrize("typed", ["amar booking", "amar bookings", "my booking"])
def test_ones_bookings_asked_in_latin_letters_at_the_main_menu_are_shown(typed):
    assert asked_for(typed) == "mine"


@pytest.mark.parametrize("typed, answer", [
    ("amar booking", "আপনার এখনও কোনো বুকিং নেই।"), ("my booking", "আপনার এখনও কোনো বুকিং নেই।"),
    ("ghor book korbo", "কোন জেলায় থাকতে চান?"), ("book korbo", "কোন জেলায় থাকতে চান?"),
])
async def test_bookings_and_booking_asked_in_latin_letters_inside_the_chat_are_answered(make_guest, typed, answer):
    """'amar booking' typed in the tourism chat, after a booking was confirmed, was 'দুঃখিত, বুঝতে পারিনি'."""
    guest = make_guest("bn")
    await guest.tap("tourism:menu")
    assert answer in (await guest.say(typed)).text
