"""The check-in or check-out time asked at the main menu ("check in time koto?", "চেক-ইন কখন?", "what time is check
out") was "I could not tell which service", and at the tourism menu with a place named ("what time is check out in
lataguri") began a booking there. Every guest house's times are told, by district (the district's or region's alone
when one is named, the guest house's with its caretaker's phone when it is named or one's only booking to come is
there), then the tourism menu; with a date or a number the words still ask for a room."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_tourism_stay_asked import booked_at_the_menu

from gateway.menu import phrase_pattern
from services.tourism.service import MENU
from shared.india import plain

AYODHYA_PHONE = "+91 94340 51401"
LATAGURI = "Lataguri Panchayat Guest House: Check-in 11:00, check-out 09:00"


def action(text: str) -> str | None:
    return next((p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(plain(text))), None)


@pytest.mark.parametrize("typed", ["check in time koto?", "what time is check out", "চেক-ইন কখন?", "checkout kokhon",
                                   "check in er somoy ki", "lataguri te check in kokhon", "চেক আউট কটায়?",
                                   "late check out", "early check in", "early check in hobe?"])
def test_the_times_asked_are_read(typed):
    assert action(typed) == "times"


@pytest.mark.parametrize("typed", ["check in 25 dec", "check in 25 dec kokhon room pabo", "book a room",
                                   "check out korechi, refund kobe pabo"])
def test_a_room_asked_for_is_no_times_asked(typed):
    assert action(typed) != "times"


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "check in time koto?", "Check-in and check-out times"),
    ("bn", "চেক-ইন কখন?", "চেক-ইন আর চেক-আউটের সময়"),
])
async def test_at_the_main_menu_every_guest_houses_times_then_the_tourism_menu(system, lang, typed, said):
    phone = await at_the_menu(system, "919800330001", lang)
    reply = await phone.say(typed, until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert said in text, text
    assert ("Ayodhya Hills" in text or "অযোধ্যা" in text) and ("Lataguri" in text or "লাটাগুড়ি" in text), text
    assert "tourism:district:purulia" not in choices(reply)  # nothing begun


async def test_a_place_named_its_times_alone_and_no_booking_begun(system):
    phone = await at_the_menu(system, "919800330002", "en")
    await phone.tap("tourism:menu", until=has("interactive"))
    reply = await phone.say("what time is check out in lataguri", until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert "Check-in 11:00, check-out 09:00" in text and "Lataguri" in text, text
    assert "Ayodhya" not in text and "Noted" not in text, text


async def test_a_district_named_its_guest_houses_alone(system):
    phone = await at_the_menu(system, "919800330003", "en")
    reply = await phone.say("check in time in jalpaiguri?", until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert LATAGURI in text and "Ayodhya" not in text, text


async def test_after_booking_the_guest_house_of_ones_booking(system):
    phone = await booked_at_the_menu(*system, "919800330004", "en")
    reply = await phone.say("check in time koto?", until=lambda m: "tourism:book" in choices(m))
    text = words(reply)
    assert "Ayodhya Hills" in text and AYODHYA_PHONE in text and "Lataguri" not in text, text


@pytest.mark.parametrize(("lang", "said"), [("en", "type *caretaker number* for their phones"),
                                            ("bn", "তাঁদের ফোন নম্বরের জন্য *কেয়ারটেকারের নম্বর* লিখুন")])
async def test_a_late_check_out_asked_is_told_the_times_and_whom_to_ask(system, lang, said):
    """"late check out", "early check in" were "Sorry, I did not follow that": the times, and that an earlier or a
    later one is the caretaker's to allow when the room is free, with how to get their phones."""
    phone = await at_the_menu(system, "919800330005", lang)
    reply = await phone.say("late check out", until=lambda m: "tourism:book" in choices(m))
    assert said in words(reply) and ("Lataguri" in words(reply) or "লাটাগুড়ি" in words(reply)), words(reply)
    got = await phone.say("caretaker number" if lang == "en" else "কেয়ারটেকারের নম্বর",
                          until=lambda m: "tourism:book" in choices(m))
    assert AYODHYA_PHONE in words(got), words(got)
