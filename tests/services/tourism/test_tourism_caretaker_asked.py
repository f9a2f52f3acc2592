"""A caretaker's or a guest house's phone asked for ("caretaker er number din", "কেয়ারটেকারের নম্বর দিন", "how can I
contact the caretaker") was "I could not tell which service" at the main menu ("guest house er phone number" brought
the tourism menu, no number on it), and inside a booking the district's step read the words as a district's name
("We have nowhere to stay in a district by that name"). Now each guest house's caretaker is listed with their phone, by
district (the guest house named, being booked or of one's only booking to come alone, with its details; the district
chosen alone while its guest house is not), then the tourism menu or the step's question again. A booking's number, a
phone number typed, or a caretaker said not to answer, is no such question."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_tourism_facilities_asked import action, claimed
from test_tourism_stay_asked import booked_at_the_menu
from tourism_kit import walk

DEMO = json.loads((Path(__file__).parents[3] / "services" / "tourism" / "demo.json").read_text("utf-8"))
AYODHYA_PHONE = "+91 94340 51401"
LATAGURI_PHONE = "+91 94340 31201"
JHALONG_PHONE = "+91 94340 31202"


@pytest.mark.parametrize("typed", ["caretaker er number din", "guest house er phone number", "কেয়ারটেকারের নম্বর দিন",
                                   "তত্ত্বাবধায়কের ফোন নম্বর", "how can I contact the caretaker",
                                   "homestay er contact number", "অতিথিনিবাসের ফোন নম্বর কত",
                                   "care taker ke call korbo"])
def test_a_caretakers_phone_asked_is_read_by_tourism_alone(typed):
    assert action(typed) == "contact", typed
    assert [c for c in claimed(typed) if not c.startswith("tourism:")] == [], claimed(typed)


@pytest.mark.parametrize("typed", ["caretaker phone dhorche na", "caretaker did not pick up the phone",
                                   "guest house booking er number", "amar booking number ki",
                                   "caretaker er number 9434021101", "pradhan er phone number", "guest house",
                                   "caretaker kharap byabohar korlo"])
def test_a_booking_number_a_number_typed_or_a_caretaker_not_answering_is_no_such_question(typed):
    assert action(typed) != "contact", typed


@pytest.mark.parametrize("lang, typed, head", [
    ("en", "caretaker er number din", "Guest houses' caretakers"),
    ("bn", "কেয়ারটেকারের নম্বর দিন", "অতিথিনিবাসের তত্ত্বাবধায়কদের ফোন নম্বর"),
])
async def test_at_the_main_menu_every_caretaker_by_district_then_the_tourism_menu(system, lang, typed, head):
    phone = await at_the_menu(system, "919800390001", lang)
    reply = await phone.say(typed, until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert head in text and "could not tell" not in text and "বুঝতে পারিনি" not in text, text
    for house in DEMO["properties"]:  # each guest house with its caretaker's phone from the catalog
        assert f"{house['name'][lang]}: {house['contact']}" in text, (house["id"], text)
    assert "tourism:district:purulia" not in choices(reply)  # nothing begun


async def test_a_guest_house_named_its_caretaker_alone(system):
    phone = await at_the_menu(system, "919800390002", "en")
    reply = await phone.say("lataguri guest house er phone number", until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert LATAGURI_PHONE in text and "Lataguri Panchayat Guest House" in text, text
    assert JHALONG_PHONE not in text and AYODHYA_PHONE not in text, text


async def test_after_booking_the_caretaker_of_ones_booking(system):
    phone = await booked_at_the_menu(*system, "919800390003", "en")
    reply = await phone.say("caretaker er number din", until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert AYODHYA_PHONE in text and LATAGURI_PHONE not in text, text


async def test_asked_at_the_district_step_every_caretaker_then_the_districts_again(system):
    phone = await at_the_menu(system, "919800390004", "bn")
    await walk(phone, None)
    reply = await phone.say("কেয়ারটেকারের নম্বর দিন", until=lambda m: "tourism:district:purulia" in choices(m))
    text = words(reply)
    assert f"অযোধ্যা পাহাড় পঞ্চায়েত অতিথিনিবাস: {AYODHYA_PHONE}" in text, text
    assert "ওই নামে কোনো জেলায়" not in text, text  # not read as a district's name


async def test_asked_while_choosing_the_guest_house_the_districts_caretakers_alone(system):
    phone = await at_the_menu(system, "919800390005", "en")
    await walk(phone, None, "tourism:district:jalpaiguri")
    reply = await phone.say("caretaker er number", until=lambda m: "tourism:property:lataguri" in choices(m))
    text = words(reply)
    assert LATAGURI_PHONE in text and JHALONG_PHONE in text and AYODHYA_PHONE not in text, text
    assert "nowhere to stay" not in text, text


async def test_asked_at_the_room_the_guest_houses_caretaker(system):
    phone = await at_the_menu(system, "919800390006", "en")
    await walk(phone, None, "tourism:district:jalpaiguri", "tourism:property:lataguri")
    reply = await phone.say("caretaker er number", until=has("interactive"))
    text = words(reply)
    assert LATAGURI_PHONE in text and JHALONG_PHONE not in text, text
    assert "tourism:room:lataguri-standard" in choices(reply), choices(reply)
