"""One's bookings asked to be shown without "my" ("booking dekhao", "booking ta dekhte chai", "booking details"), or
in Hindi ("meri booking dikhao", "mera booking dekhna hai", "मेरी बुकिंग दिखाओ") reached no service, where "amar
booking dekhao" and "আমার বুকিং দেখাও" listed them: they list them too, at the main menu and inside another service's
chat. A booking to be cancelled stays a cancelling, a room to book a booking begun, and "बुकिंग" alone the tourism
menu, as "বুকিং" alone is."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words
from test_tourism_facilities_asked import action

from services.tourism.conversation.asked import asks


@pytest.mark.parametrize("typed", ["booking dekhao", "booking ta dekhte chai", "booking details", "room booking dekhao",
                                   "meri booking", "meri booking dikhao", "mera booking dekhna hai", "मेरी बुकिंग",
                                   "मेरी बुकिंग दिखाओ", "बुकिंग दिखाओ", "hamari booking batao"])
def test_ones_bookings_shown(typed):
    assert action(typed) == "mine", typed
    assert asks(typed) == "mine", typed  # in the tourism chat as at the main menu


@pytest.mark.parametrize(("typed", "expected"), [("meri booking cancel karo", "cancel"), ("booking cancel", "cancel"),
                                                 ("बुकिंग", "menu"), ("बुकिंग कैसे करें", "book"),
                                                 ("booking kaise kare", "book")])
def test_other_business_with_a_booking_stays_its_own(typed, expected):
    assert action(typed) == expected, typed


async def test_at_the_main_menu_ones_bookings_are_listed(system):
    phone = await at_the_menu(system, "919800390061", "en")
    got = await phone.say("meri booking dikhao", until=has("interactive"))
    assert "You have no bookings yet" in words(got), words(got)
