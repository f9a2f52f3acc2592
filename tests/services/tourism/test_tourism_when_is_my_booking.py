"""When one's booking is, asked ("booking er date ki", "বুকিংয়ের তারিখ কবে", "booking kab hai"), or one's booking
asked after in Hindi with "meri" and more words ("meri booking kab hai", "मेरी बुकिंग कब है"), reached no service
at the main menu ("I could not tell which service") and was "Sorry, I did not follow that" at the tourism menu,
where "amar booking kobe" listed one's bookings: they list them, their dates on them. So does its number forgotten
("booking number bhule gechi", "বুকিং নম্বর ভুলে গেছি"), which reached no service where "complaint number bhule
gechi" listed one's complaints, and its number asked ("booking number ki") at the tourism menu, where only the main
menu read it. A booking's date to change stays a change of dates, a booking still to make a booking, and "meri booking
kab hai" at the main menu lists one's bookings (both in test_tourism_my_bookings_shown, beside the same for "meri
booking dikhao")."""
from __future__ import annotations

import pytest
from test_tourism_facilities_asked import action

from services.tourism.conversation.asked import asks

WHEN = ["booking er date ki", "booking er tarikh ta ki", "booking ka date kya hai", "বুকিংয়ের তারিখ কবে",
        "বুকিংয়ের তারিখ কী", "booking kobe", "booking kab hai?", "বুকিং কবে", "meri booking kab hai",
        "मेरी बुकिंग कब है", "hamari booking kab hai"]


@pytest.mark.parametrize("typed", WHEN)
def test_when_ones_booking_is_asked_lists_ones_bookings(typed):
    assert action(typed) == "mine", typed
    assert asks(typed) == "mine", typed  # in the tourism chat as at the main menu


@pytest.mark.parametrize("typed", ["booking number bhule gechi", "বুকিং নম্বর ভুলে গেছি", "booking number jani na",
                                   "amar booking number forgot", "booking number ki", "বুকিং নম্বর কত"])
def test_a_bookings_number_forgotten_or_asked_lists_ones_bookings(typed):
    assert action(typed) == "mine", typed
    assert asks(typed) == "mine", typed


async def test_at_the_tourism_menu_ones_booking_is_shown_with_its_dates(make_guest):
    guest = make_guest("bn")
    await guest.book("lataguri-standard", "2026-03-10")
    await guest.tap("tourism:menu")
    asked = await guest.say("বুকিংয়ের তারিখ কবে")
    rows = [row for r in asked.replies if r.message["type"] == "interactive"
            for s in r.message["interactive"]["action"].get("sections", []) for row in s["rows"]]
    assert "আপনার বুকিং" in asked.text and "দুঃখিত" not in asked.text, asked
    assert ["১০ মার্চ" in row["title"] + row.get("description", "") for row in rows] == [True], rows
