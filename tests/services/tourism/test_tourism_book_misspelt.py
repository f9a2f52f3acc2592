"""Booking asked at the main menu with a slip of a letter ("i want to book a rom", "bok a room", "rom book korbo")
or with no room named ("I want to book", "booking korte chai", "how to book") was nobody's: "I could not tell which
service your message is for", the words kept to be sent to Complaints, and a "1" typed next started a complaint. They
now start the booking as "book a room" does; a booking no longer wanted, or a room with a problem, stays nobody's."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words

from gateway.menu import phrase_pattern
from services.tourism.service import MENU
from shared.india import plain


def action(text: str) -> str | None:
    return next((phrase.action for phrase in MENU.phrases if phrase_pattern(phrase.pattern).search(plain(text))), None)


@pytest.mark.parametrize("typed", [
    "i want to book a rom", "bok a room", "book a roon", "I want to book", "i wnat to book a room",
    "rom book korbo", "rum book korte chai", "booking korte chai", "booking korbo", "বুকিং করতে চাই", "বুক করব",
    "need to book a room pls",
    # how to book asked ("I could not tell which service" before)
    "how to book", "how can i book", "how do we book"])
def test_booking_asked_with_a_slip_is_a_booking(typed: str):
    assert action(typed) == "book", typed


@pytest.mark.parametrize("typed", ["i do not want to book", "booking korbo na", "বুক করব না", "the room is broken",
                                   "how to book a train ticket", "how to book a complaint"])
def test_booking_asked_against_is_no_booking(typed: str):
    assert action(typed) != "book", typed


@pytest.mark.parametrize("lang, typed, asked", [
    ("en", "i want to book a rom", "Which district would you like to stay in?"),
    ("bn", "rom book korbo", "কোন জেলায় থাকতে চান?"),
    ("bn", "বুকিং করতে চাই", "কোন জেলায় থাকতে চান?"),
    ("en", "how to book", "Which district would you like to stay in?"),
])
async def test_typed_at_the_main_menu_it_starts_the_booking_through_the_webhook(system, lang, typed, asked):
    http, base = system
    phone = Phone(http, base, "919800302001")
    await phone.start(lang)
    reply = await phone.say(typed, until=has("interactive"))
    said = words(reply)
    assert asked in said and "Complaints" not in said and "অভিযোগ" not in said, said
    assert "tourism:district:purulia" in choices(reply), choices(reply)
