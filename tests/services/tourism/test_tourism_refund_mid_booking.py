"""A refund asked for or after inside a booking in progress ("I want a refund", "refund chai", "টাকা ফেরত চাই", "when
will I get my refund" at the "which district?" question) was read as that question's answer: "We have nowhere to stay
in a district by that name". Now it gets the refund answers the main menu gives (the person's cancelled bookings with
a refund to come, that none has one, or that there is no booking on this number), then the step's question again, the
booking in progress kept. At the dates question a day said in a question about something else ("is the office open
today?", "aaj ki office khola?", "আজ কি অফিস খোলা?") was told "I could not read that date"; it is now said back as
words not understood, nothing taken, and a day said of the stay ("today", "kal theke", "today for 2 nights") is the
check-in as before ("kal theke" was not read there: it is now the check-in tomorrow)."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from phone_kit import Phone, choices, has, saying, words
from test_tourism_refund_wanted import NOT_OURS
from test_tourism_refunds_asked import CONTACT, HONEST, NONE, at_menu, book_and_cancel
from tourism_kit import AYODHYA, walk

from services.tourism.domain import show_date, today_in_india

NOWHERE = ("nowhere to stay", "থাকার জায়গা নেই")
# each step of a booking in progress by the taps that reach it, and a choice its question offers again
STEPS = {"district": ((), "tourism:district:purulia"), "property": (AYODHYA[:1], "tourism:property:ayodhya-hills"),
         "room": (AYODHYA[:2], "tourism:room:ayodhya-double"), "date": (AYODHYA, "tourism:date:")}
UNREAD = {"en": "Sorry, I did not understand “{}” here", "bn": "দুঃখিত, “{}” এখানে বুঝতে পারিনি"}
NOT_READ = ("I could not read that date", "তারিখটি বুঝতে পারিনি")


async def at_step(phone: Phone, step: str) -> None:
    reply = await phone.tap("tourism:book", until=has("interactive"))
    for tap in STEPS[step][0]:
        reply = await phone.tap(tap, until=has("interactive"))
    assert any(c.startswith(STEPS[step][1]) for c in choices(reply)), choices(reply)


def asked_again(reply, step: str) -> bool:
    return any(c.startswith(STEPS[step][1]) for c in choices(reply))


@pytest.mark.parametrize("n, lang, step, asked", [
    (1, "en", "district", "I want a refund"), (2, "bn", "district", "টাকা ফেরত চাই"),
    (3, "bn", "room", "refund chai"), (4, "en", "date", "when will I get my refund"),
    (5, "en", "property", "the room was too expensive, I want a refund")])
async def test_a_refund_asked_in_a_booking_tells_the_refund_then_the_question_through_the_webhook(
        system, n, lang, step, asked):
    phone = await at_menu(system, f"91983011{n:04d}", lang)
    number = await book_and_cancel(phone, 20)
    await at_step(phone, step)

    reply = await phone.say(asked, until=saying(number))

    got = words(reply)
    assert HONEST[lang] in got and CONTACT in got, got
    assert not any(word in got for word in NOWHERE), got
    assert asked_again(reply, step), choices(reply)


@pytest.mark.parametrize("n, lang, asked, told", [
    (1, "en", "when will I get my refund", NONE["en"]), (2, "bn", "আমার টাকা ফেরত কবে পাব", NONE["bn"]),
    (3, "en", "I want a refund", NOT_OURS["en"]), (4, "bn", "refund chai", NOT_OURS["bn"])])
async def test_a_refund_asked_in_a_booking_with_none_to_come_says_so_then_the_question_through_the_webhook(
        system, n, lang, asked, told):
    phone = await at_menu(system, f"91983012{n:04d}", lang)
    await at_step(phone, "district")

    reply = await phone.say(asked, until=saying(told))

    got = words(reply)
    assert not any(word in got for word in NOWHERE), got
    assert asked_again(reply, "district"), choices(reply)
    more = await phone.tap("tourism:district:purulia", until=has("interactive"))  # the booking goes on
    assert "tourism:property:ayodhya-hills" in choices(more), choices(more)


@pytest.mark.parametrize("n, lang, typed", [
    (1, "en", "is the office open today?"), (2, "bn", "aaj ki office khola?"), (3, "bn", "আজ কি অফিস খোলা?"),
    (4, "en", "what is the weather today"), (5, "bn", "kal ki school chhuti?")])
async def test_a_day_in_a_question_at_the_dates_is_said_not_understood_through_the_webhook(system, n, lang, typed):
    http, base = system
    phone = Phone(http, base, f"91983013{n:04d}")
    await walk(phone, lang, *AYODHYA)

    reply = await phone.say(typed, until=has("interactive"))

    said = words(reply)
    assert UNREAD[lang].format(typed) in said, said
    assert not any(word in said for word in NOT_READ), said
    assert asked_again(reply, "date") and not any(c.startswith("tourism:nights:") for c in choices(reply)), said


@pytest.mark.parametrize("n, lang, typed, ahead, next_tap", [
    (1, "en", "today", 0, "tourism:nights:"), (2, "bn", "aaj", 0, "tourism:nights:"),
    (3, "bn", "আজ", 0, "tourism:nights:"), (4, "en", "today for 2 nights", 0, "tourism:guests:"),
    (5, "bn", "kal theke", 1, "tourism:nights:"), (6, "en", "from tomorrow", 1, "tourism:nights:"),
    (7, "bn", "কাল থেকে", 1, "tourism:nights:")])
async def test_a_day_said_of_the_stay_at_the_dates_is_the_check_in_through_the_webhook(
        system, n, lang, typed, ahead, next_tap):
    http, base = system
    phone = Phone(http, base, f"91983014{n:04d}")
    await walk(phone, lang, *AYODHYA)

    reply = await phone.say(typed, until=has("interactive"))

    said = words(reply)
    check_in = today_in_india(datetime.now().astimezone()) + timedelta(days=ahead)
    assert show_date(check_in, lang) in said, said
    assert any(c.startswith(next_tap) for c in choices(reply)), choices(reply)
