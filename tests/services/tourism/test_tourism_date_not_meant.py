"""At the booking's steps before the dates are asked (the tourism menu, the district, the guest house, the room), a
day said in a question or about something else ("what is the weather today", "is the office open today?", "aaj ki
bazar khola?", "আজ কি অফিস খোলা?") was kept as the check-in: "Noted: from 4 Dec." Now a date is kept only when the
words speak of the stay ("room for today", "book from tomorrow for 2 nights", "kal theke 2 din", "আজ রাতে একটা ঘর");
otherwise nothing is noted and the step's question is asked again, saying plainly the words were not understood."""
from __future__ import annotations

from datetime import date

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, walk

from services.tourism.domain import read_request
from services.tourism.domain.stay_meant import stay_meant

NOTED = {"en": "Noted:", "bn": "বুঝেছি:"}
UNREAD = {"en": "Sorry, I did not understand “{}” here", "bn": "দুঃখিত, “{}” এখানে বুঝতে পারিনি"}


@pytest.mark.parametrize("typed", ["what is the weather today", "is the office open today?", "aaj ki bazar khola?",
                                   "আজ কি অফিস খোলা?", "is the bank open tomorrow", "kal ki school chhuti?",
                                   "weather tomorrow in darjeeling", "কাল বাজার বন্ধ থাকবে?"])
def test_a_day_in_a_question_or_about_another_matter_is_no_stay(typed: str):
    assert not stay_meant(read_request(typed, date(2026, 12, 4)), {"ayodhya", "hills"}), typed


@pytest.mark.parametrize("typed", ["room for today", "book from tomorrow for 2 nights", "kal theke 2 din",
                                   "আজ রাতে একটা ঘর", "today", "from tomorrow", "25 dec please", "কাল থেকে",
                                   "lataguri 10 jan", "ayodhya hills 25 dec", "darjeeling e kal jabo", "kal asbo",
                                   "দার্জিলিঙে কাল", "we are coming on 25th", "3 jon kal"])
def test_a_day_said_of_the_stay_is_its_check_in(typed: str):
    assert stay_meant(read_request(typed, date(2026, 12, 4)), {"ayodhya", "hills", "lataguri"}), typed


@pytest.mark.parametrize("n, lang, taps, typed, again", [
    (1, "en", (), "what is the weather today", "tourism:district:purulia"),
    (2, "en", (), "is the office open today?", "tourism:district:purulia"),
    (3, "bn", (), "aaj ki bazar khola?", "tourism:district:purulia"),
    (4, "bn", (), "আজ কি অফিস খোলা?", "tourism:district:purulia"),
    (5, "en", AYODHYA[:1], "what is the weather today", "tourism:property:ayodhya-hills"),
    (6, "bn", AYODHYA[:2], "kal ki bazar khola?", "tourism:room:ayodhya-double"),
])
async def test_a_day_in_a_question_is_no_check_in_the_question_again_through_the_webhook(
        system, n, lang, taps, typed, again):
    http, base = system
    phone = Phone(http, base, f"91980038{n:04d}")
    await walk(phone, lang, *taps)

    reply = await phone.say(typed, until=has("interactive"))

    said = words(reply)
    assert NOTED[lang] not in said, said
    assert UNREAD[lang].format(typed) in said, said
    assert again in choices(reply), choices(reply)


async def test_a_day_in_a_question_at_the_tourism_menu_starts_no_booking_through_the_webhook(system):
    http, base = system
    phone = Phone(http, base, "919800390001")
    await phone.start("en")
    await phone.tap("tourism:menu", until=has("interactive"))

    reply = await phone.say("is the office open today?", until=has("interactive"))

    said = words(reply)
    assert "Noted:" not in said and "Which district" not in said, said
    assert UNREAD["en"].format("is the office open today?") in said, said
    assert "tourism:book" in choices(reply), choices(reply)


@pytest.mark.parametrize("n, lang, typed, noted", [
    (1, "en", "room for today", "Noted: from"),
    (2, "en", "book from tomorrow for 2 nights", "2 nights"),
    (3, "bn", "kal theke 2 din", "বুঝেছি:"),
    (4, "bn", "আজ রাতে একটা ঘর", "বুঝেছি:"),
])
async def test_a_day_said_of_the_stay_is_still_noted_through_the_webhook(system, n, lang, typed, noted):
    http, base = system
    phone = Phone(http, base, f"91980040{n:04d}")
    await walk(phone, lang)

    reply = await phone.say(typed, until=has("interactive"))

    assert noted in words(reply), words(reply)
    assert "tourism:district:purulia" in choices(reply), choices(reply)
