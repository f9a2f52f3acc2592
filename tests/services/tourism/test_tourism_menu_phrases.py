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


@pytest.mark.parametrize("typed", ["do you have my room booking", "show my hotel booking", "where is my room reservation?",
                                   "amar room booking ta dekhao", "আমার ঘরের বুকিং", "আমার রুমের বুকিং টা দেখান"])
def test_ones_booking_asked_with_the_stay_named_at_the_main_menu_is_shown(typed):
    """'do you have my room booking', 'আমার ঘরের বুকিং' at the main menu started a new booking (the room named before
    'booking'), or were not read at all; one's bookings are shown."""
    assert asked_for(typed) == "mine"


@pytest.mark.parametrize("typed", ["amar room booking korte chai", "my room booking for 2 nights", "room booking"])
def test_a_room_booking_wanted_still_opens_the_booking(typed):
    assert asked_for(typed) == "book"


@pytest.mark.parametrize("typed", ["amar room booking ta dekhao", "আমার ঘরের বুকিং"])
async def test_ones_booking_asked_with_the_stay_named_inside_the_chat_is_shown(make_guest, typed):
    guest = make_guest("bn")
    await guest.tap("tourism:menu")
    said = (await guest.say(typed)).text
    assert "আপনার এখনও কোনো বুকিং নেই।" in said and "কোন জেলায়" not in said


@pytest.mark.parametrize("typed", ["booking confirm hoyeche?", "is my booking confirmed?", "বুকিং কনফার্ম হয়েছে?",
                                   "amar booking ta confirm holo ki", "booking confirmation",
                                   "booking number ki", "বুকিং নম্বর কত", "amar booking number"])
def test_whether_ones_booking_is_confirmed_asked_at_the_main_menu_shows_ones_bookings(typed):
    """'booking confirm hoyeche?' reached no service ("I could not tell which service"): one's bookings, each with its
    status, as "my booking" shows them (none: how to book one); so did a booking's number asked ("booking number ki"):
    one's bookings, each with its number."""
    assert asked_for(typed) == "mine"


@pytest.mark.parametrize("typed", ["booking confirm korte chai", "confirm my order"])
def test_a_confirming_asked_for_is_no_booking_asked_after(typed):
    assert asked_for(typed) != "mine"
