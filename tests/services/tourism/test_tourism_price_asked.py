"""What a room costs, asked at the main menu ("how much is a room", "room rent?", "ঘর ভাড়া কত", "room er dam koto",
"ghor bhara koto") was nobody's: "I could not tell which service your message is for", the words kept to be sent to
Complaints. Asked while choosing a guest house, a room or dates, it was not answered. Now the main menu's answer is
each guest house with its price range a night, read from the catalog, then the districts to book in; inside a booking,
the prices of that step (the district's guest houses, the guest house's rooms), and "cheaper" the rooms below the
one chosen (or that it is the cheapest), then the step's question again. A room that cost too much, said with a
refund or a complaint, a house rent allowance or a housing scheme's house, is no price question."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, named, walk

from gateway.menu import phrase_pattern
from services.tourism.service import MENU
from shared.india import plain, rupees

DEMO = json.loads((Path(__file__).parents[3] / "services" / "tourism" / "demo.json").read_text("utf-8"))


def action(text: str) -> str | None:
    return next((phrase.action for phrase in MENU.phrases if phrase_pattern(phrase.pattern).search(plain(text))), None)


def price_range(house: dict, lang: str) -> str:
    """A guest house's price range a night as the demo catalog gives it: ``₹1,800–₹4,000``, one price alone."""
    tariffs = sorted(room["tariff"] for room in house["rooms"])
    low, high = rupees(tariffs[0] * 100, lang), rupees(tariffs[-1] * 100, lang)
    return low if low == high else f"{low}–{high}"


ASKED = ["how much is a room", "room rent?", "what is the room price", "ঘর ভাড়া কত", "রুমের দাম কত",
         "room er dam koto", "ghor bhara koto", "is there a cheaper room?", "kom damer ghor ache?", "সস্তা ঘর আছে?",
         "room tariff please", "what does a room cost per night", "ek rater bhara koto", "ঘরের ভাড়া কত টাকা?",
         "guest house er room koto taka",
         "price of a room in the guest house?", "room koto kore?",
         # the money a booking takes ("I could not tell which service", or the booking begun, before)
         "booking korle ki taka lagbe", "বুকিং করতে কত টাকা লাগবে", "ঘর নিতে কী টাকা লাগে"]


@pytest.mark.parametrize("typed", ASKED)
def test_a_room_price_asked_is_tourisms_price(typed: str):
    assert action(typed) == "price", typed


@pytest.mark.parametrize("typed", [
    "the room was too expensive, I want a refund", "room rent was charged twice", "ghor bhara beshi niyeche",
    "রুমের ভাড়া বেশি নিয়েছে, অভিযোগ করব", "what is my house rent allowance", "ঘর ভাড়া ভাতা কত", "dhaner dam koto",
    "awas yojana ghor er dam koto", "how much refund for my room", "i want to book a room",
    "school room er chad bhanga", "shop room rent koto", "cancel korle room er koto taka ferot pabo",
    "room theke dam dekha jay?", "what is the rate of rice", "bank interest rate koto", "বাসের ভাড়া কত?",
    "booking er jonno advance taka lagbe?", "train ticket booking er dam koto"])
def test_other_words_are_no_price_question(typed: str):
    assert action(typed) != "price", typed


@pytest.mark.parametrize("n, lang, typed, asked", [
    (1, "en", "how much is a room", "Which district would you like to stay in?"),
    (2, "en", "room rent?", "Which district would you like to stay in?"),
    (3, "bn", "ঘর ভাড়া কত", "কোন জেলায় থাকতে চান?"),
    (4, "bn", "রুমের দাম কত", "কোন জেলায় থাকতে চান?"),
    (5, "bn", "ghor bhara koto", "কোন জেলায় থাকতে চান?"),
    (6, "en", "room er dam koto", "Which district would you like to stay in?"),
    (7, "bn", "booking korle ki taka lagbe", "কোন জেলায় থাকতে চান?"),
])
async def test_asked_at_the_main_menu_the_guest_houses_prices_then_the_booking_through_the_webhook(
        system, n, lang, typed, asked):
    http, base = system
    phone = Phone(http, base, f"91980032{n:04d}")
    await phone.start(lang)

    reply = await phone.say(typed, until=has("interactive"))

    said = words(reply)
    assert "could not tell" not in said and "বুঝতে পারিনি" not in said and "Complaints" not in said, said
    for house in DEMO["properties"]:  # each guest house, with its range from the catalog
        assert f"{house['name'][lang]}: {price_range(house, lang)}" in said, (house["id"], said)
    assert asked in said and "tourism:district:purulia" in choices(reply), choices(reply)


async def test_asked_in_the_middle_of_a_complaint_it_goes_to_tourism_through_the_webhook(system):
    http, base = system
    phone = Phone(http, base, "919800320101")
    await phone.start("bn")
    await phone.tap("grievance:menu", until=has("interactive"))
    await phone.tap("grievance:new", until=has("interactive"))

    reply = await phone.say("room er dam koto?", until=lambda m: "tourism:district:purulia" in choices(m))

    assert "অযোধ্যা পাহাড় পঞ্চায়েত অতিথিনিবাস: ₹১,৮০০–₹৪,০০০" in words(reply), words(reply)


@pytest.mark.parametrize("n, lang, typed, said, again", [
    # choosing a guest house in Purulia: its guest houses, each room's price
    (1, "bn", "ঘর ভাড়া কত", ("অযোধ্যা পাহাড় পঞ্চায়েত অতিথিনিবাস", "ডাবল ঘর: ₹১,৮০০", "ডরমিটরি (১০ শয্যা): ₹৪,০০০",
                            "এসি কটেজ: ₹২,৮০০"), "tourism:property:ayodhya-hills"),
    # choosing a room: the guest house's rooms
    (2, "en", "how much is a room", ("Double room: ₹1,800", "Dormitory (10 beds): ₹4,000"),
     "tourism:room:ayodhya-double"),
    (3, "bn", "room er dam koto", ("ডাবল ঘর: ₹১,৮০০", "ডরমিটরি (১০ শয্যা): ₹৪,০০০"), "tourism:room:ayodhya-dorm"),
])
async def test_asked_while_choosing_the_steps_prices_then_its_question_through_the_webhook(
        system, n, lang, typed, said, again):
    http, base = system
    phone = Phone(http, base, f"91980033{n:04d}")
    taps = AYODHYA[:1] if again.startswith("tourism:property:") else AYODHYA[:2]
    await walk(phone, lang, *taps)

    reply = await phone.say(typed, until=has("interactive"))

    text = words(reply)
    assert all(line in text for line in said), text
    assert again in choices(reply), choices(reply)
    if again.startswith("tourism:room:"):
        assert "₹২,৮০০" not in text and "₹2,800" not in text, text  # the guest house chosen only, not Garh Panchakot


@pytest.mark.parametrize("n, lang, typed, said", [
    (1, "en", "is there a cheaper room?", "Double room: ₹1,800"),
    (2, "bn", "kom damer ghor ache?", "ডাবল ঘর: ₹১,৮০০"),
    (3, "bn", "সস্তা ঘর আছে?", "ডাবল ঘর: ₹১,৮০০"),
])
async def test_cheaper_asked_at_the_dates_the_rooms_below_the_one_chosen_through_the_webhook(system, n, lang, typed,
                                                                                            said):
    http, base = system
    phone = Phone(http, base, f"91980034{n:04d}")
    await walk(phone, lang, *AYODHYA[:2], "tourism:room:ayodhya-dorm")

    reply = await phone.say(typed, until=has("interactive"))

    text = words(reply)
    assert said in text and "₹4,000" not in text.split(said)[1] and "₹৪,০০০" not in text.split(said)[1], text
    assert any(c.startswith("tourism:date:") for c in choices(reply)), choices(reply)


@pytest.mark.parametrize("n, lang, typed, said", [
    (1, "en", "any cheaper room?", "the cheapest room"),
    (2, "bn", "সস্তা ঘর আছে?", "সবচেয়ে কম দামের ঘর"),
])
async def test_cheaper_asked_at_the_quote_of_the_cheapest_it_says_so_and_keeps_the_quote_through_the_webhook(
        system, n, lang, typed, said):
    http, base = system
    phone = Phone(http, base, f"91980035{n:04d}")
    await walk(phone, lang, *AYODHYA, "tourism:date:", "tourism:nights:2", "tourism:guests:2", "tourism:rooms:1")
    await named(phone)

    reply = await phone.say(typed, until=has("interactive"))

    assert said in words(reply), words(reply)
    assert any(c.startswith("tourism:confirm:") for c in choices(reply)), choices(reply)


async def test_a_refund_asked_at_the_rooms_is_no_price_answer_through_the_webhook(system):
    http, base = system
    phone = Phone(http, base, "919800360001")
    await walk(phone, "en", *AYODHYA[:2])

    reply = await phone.say("the room was too expensive, I want a refund", until=has("interactive"))

    assert "Room prices" not in words(reply), words(reply)


@pytest.mark.parametrize("n, lang, typed, asked", [
    (1, "en", "how much is a room", "Booking a room"),
    (2, "bn", "ghor bhara koto", "ঘর বুকিং"),
])
async def test_asked_at_the_main_menu_with_a_booking_left_the_prices_then_the_offer_to_carry_on_through_the_webhook(
        system, n, lang, typed, asked):
    http, base = system
    phone = Phone(http, base, f"91980037{n:04d}")
    await walk(phone, lang, *AYODHYA)  # the dates asked
    await phone.say("menu", until=has("interactive"))

    reply = await phone.say(typed, until=lambda m: "tourism:resume" in choices(m))

    said = words(reply)
    assert "₹" in said and asked in said and "tourism:restart" in choices(reply), said
