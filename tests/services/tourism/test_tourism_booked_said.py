"""A stay said booked already, the message no more ("ami room book korechi", "আমি ঘর বুক করেছি", "I have booked a
room", "room booking done thank you"), began ANOTHER booking at the main menu (the district asked), or reached no
service ("booking hoye geche", "ami already booking korechi", "booking done"); in the tourism chat, "Sorry, I did
not understand". It is one's bookings now, at both. A room still to book, or a booked one's trouble, stays what it
was."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_tourism_facilities_asked import action

from services.tourism.conversation.asked import asks

BOOKED = ["ami room book korechi", "আমি ঘর বুক করেছি", "I have booked a room", "room booking done thank you",
          "booking hoye geche", "ami already booking korechi", "booking done", "ami ghor book korechilam",
          "guest house booked", "আমার বুকিং হয়ে গেছে, ধন্যবাদ", "we have booked a guest house"]


@pytest.mark.parametrize("typed", BOOKED)
def test_ones_bookings(typed):
    assert action(typed) == "mine", typed
    assert asks(typed) == "mine", typed  # in the tourism chat as at the main menu


@pytest.mark.parametrize(("typed", "expected"), [("ami room book korbo", "book"), ("room book korte chai", "book"),
                                                 ("আমি ঘর বুক করতে চাই", "book"), ("i want to book a room", "book"),
                                                 ("ami room book korechi kintu voucher pai ni", "voucher")])
def test_other_words_stay_their_own(typed, expected):
    assert action(typed) == expected, typed


@pytest.mark.parametrize("where", ["menu", "chat"])
@pytest.mark.parametrize("lang, typed", [("bn", "ami room book korechi"), ("bn", "আমি ঘর বুক করেছি"),
                                         ("en", "I have booked a room")])
async def test_said_booked_lists_ones_bookings(system, where, lang, typed):
    phone = await at_the_menu(system, "919800390081", "en")
    if where == "chat":
        await phone.tap("tourism:menu", until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    assert "You have no bookings yet" in words(got), words(got)
    assert not any(c.startswith("tourism:district:") for c in choices(got)), choices(got)  # no booking begun
