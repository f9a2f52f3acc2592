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
                                                 ("booking kaise kare", "book"),
                                                 # a booking's date to change, a booking still to make, or when
                                                 # booking opens (test_tourism_when_is_my_booking)
                                                 ("booking er date change korbo", "redate"),
                                                 ("amar room booking korte chai", "book"),
                                                 ("booking kobe theke shuru", None), ("booking kobe korbo", None)])
def test_other_business_with_a_booking_stays_its_own(typed, expected):
    assert action(typed) == expected, typed


@pytest.mark.parametrize(("wa_id", "typed"), [("919800390061", "meri booking dikhao"),
                                              ("919800390071", "meri booking kab hai")])  # when it is, too
async def test_at_the_main_menu_ones_bookings_are_listed(system, wa_id, typed):
    phone = await at_the_menu(system, wa_id, "en")
    got = await phone.say(typed, until=has("interactive"))
    assert "You have no bookings yet" in words(got), words(got)
