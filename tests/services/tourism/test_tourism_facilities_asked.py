"""What a guest house has asked at the main menu ("room e AC ache?", "is there parking at the guest house?", "রুমে এসি
আছে?") was "I could not tell which service", and at the tourism menu "Sorry, I did not follow that". What each guest
house has is told, by district (the guest house's alone, with its caretaker's phone, when it is named or one's only
booking to come is there), with what to do for what is not listed, then the tourism menu. Something said missing or
broken, a room asked for with a date, or no stay named, is no such question."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_tourism_stay_asked import booked_at_the_menu

from gateway.menu import phrase_pattern
from services import registry
from services.tourism.service import MENU
from shared.india import plain

AYODHYA_PHONE = "+91 94340 51401"
LATAGURI_PHONE = "+91 94340 31201"
LATAGURI = "Lataguri Panchayat Guest House: Near Gorumara National Park, Jungle safari desk, Parking"


def action(text: str) -> str | None:
    return next((p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(plain(text))), None)


def claimed(text: str) -> list[str]:
    return sorted({f"{name}:{p.action}" for name in registry.names()
                   if (menu := registry.load(name, load_demo=False).menu)
                   for p in menu.phrases if phrase_pattern(p.pattern).search(plain(text))})


@pytest.mark.parametrize("typed", ["room e AC ache?", "guest house e parking ache?",
                                   "is there parking at the guest house?", "does the room have wifi", "রুমে এসি আছে?",
                                   "অতিথিনিবাসে খাবার পাওয়া যায়?",
                                   "hotel e khabar pabo?", "homestay te geyser ache", "গেস্ট হাউসে কী কী সুবিধা আছে?",
                                   "what facilities are there in the guest house",
                                   # what all, not named ("I could not tell which service" before)
                                   "room e ki ki ache", "guest house e ki ki thakbe", "রুমে কী কী আছে"])
def test_what_a_guest_house_has_asked_is_read_by_tourism_alone(typed):
    assert action(typed) == "facilities"
    assert [c for c in claimed(typed) if not c.startswith("tourism:")] == [], claimed(typed)


@pytest.mark.parametrize("typed", ["room e AC kaj korche na", "room e wifi nei", "the room had no hot water",
                                   "AC room chai", "AC room ache 25 dec?", "parking ache?", "ghore current nei",
                                   "book a room", "room e ki ki nei"])
def test_a_thing_said_missing_a_room_asked_for_or_no_stay_named_is_no_such_question(typed):
    assert action(typed) != "facilities"


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "room e AC ache?", ("What each guest house has", "Parking", "its caretaker can tell you")),
    ("bn", "রুমে এসি আছে?", ("কোন অতিথিনিবাসে কী আছে", "গাড়ি রাখার জায়গা", "তত্ত্বাবধায়ক বলতে পারবেন")),
])
async def test_at_the_main_menu_what_each_guest_house_has_then_the_tourism_menu(system, lang, typed, said):
    phone = await at_the_menu(system, "919800340001", lang)
    reply = await phone.say(typed, until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert all(s in text for s in said), text
    assert ("Ayodhya Hills" in text or "অযোধ্যা" in text) and ("Lataguri" in text or "লাটাগুড়ি" in text), text
    assert "tourism:district:purulia" not in choices(reply)  # nothing begun


async def test_a_guest_house_named_it_alone_with_its_caretakers_phone(system):
    phone = await at_the_menu(system, "919800340002", "en")
    reply = await phone.say("lataguri guest house e parking ache?", until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert "Parking" in text and LATAGURI_PHONE in text and "Ayodhya" not in text and "Noted" not in text, text


async def test_a_district_named_its_guest_houses_alone(system):
    phone = await at_the_menu(system, "919800340003", "en")
    reply = await phone.say("is there parking at the guest houses in jalpaiguri?",
                            until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert LATAGURI in text and "Ayodhya" not in text, text


async def test_at_the_tourism_menu_it_is_answered_not_misunderstood(system):
    phone = await at_the_menu(system, "919800340004", "en")
    await phone.tap("tourism:menu", until=has("interactive"))
    reply = await phone.say("room e AC ache?", until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert LATAGURI in text and "did not follow" not in text, text


async def test_after_booking_the_guest_house_of_ones_booking(system):
    phone = await booked_at_the_menu(*system, "919800340005", "en")
    reply = await phone.say("is there parking at the guest house?", until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert "Ayodhya Hills" in text and "Dining hall" in text and AYODHYA_PHONE in text and "Lataguri" not in text, text
