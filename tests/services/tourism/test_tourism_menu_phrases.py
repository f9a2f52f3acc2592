"""The words tourism announces for the main menu, in Bengali written in Latin letters as well."""
from __future__ import annotations

import pytest

from gateway.menu import _phrase
from services.tourism.service import MENU
from shared.india import plain


def asked_for(text: str) -> str | None:
    """The tourism choice the gateway taps for ``text`` typed at the main menu (as ``gateway.menu.Menu.asked_for``)."""
    return next((phrase.action for phrase in MENU.phrases if _phrase(phrase.pattern).search(plain(text))), None)


@pytest.mark.parametrize("typed, action", [
    ("ghor book korbo", "book"), ("room book korte chai", "book"), ("ekta ghor booking korbo", "book"),
    ("ghar book", "book"), ("রুম বুক করব", "book"), ("book a room", "book"), ("ঘর বুক করতে চাই", "book"),
    ("ghor book korbo na", "mine"), ("room booking korte chai na", "mine"), ("ghor booking cancel korbo", "cancel"),
])
def test_booking_a_room_asked_in_latin_letters_opens_the_booking(typed, action):
    """'ghor book korbo' (I'll book a room) at the main menu was 'Sorry, I did not follow that', the words kept
    to be sent as a complaint; the room is booked as 'ঘর বুক করব' is."""
    assert asked_for(typed) == action
