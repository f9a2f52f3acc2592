"""A refund asked for at the main menu ("I want a refund", "the room was too expensive, I want a refund", "refund
chai", "টাকা ফেরত চাই") was nobody's: "I could not tell which service your message is for", kept for Complaints; only
a refund asked after with when or my ("when will I get my refund") reached tourism. Now a refund asked for reaches
tourism's refund answers when it names a booking or a room, or the person has a booking: the refund promised on
cancelling, or that none of their bookings has one to come. Asked alone by a person with no booking, it is said there
is no booking here and where to write about another refund; a refund of tax, a gas subsidy, an electricity bill or a train ticket is not tourism's."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from phone_kit import Phone, choices, has, saying, words
from test_tourism_price_asked import action
from test_tourism_refunds_asked import CONTACT, HONEST, NONE, at_menu, book_and_cancel
from tourism_kit import AYODHYA

from services.tourism.domain import today_in_india


async def booked(phone: Phone, days_ahead: int) -> None:
    """A double room at Ayodhya Hills booked ``days_ahead`` days from today, kept."""
    await phone.tap("tourism:book", until=has("interactive"))
    for tap in AYODHYA:
        await phone.tap(tap, until=has("interactive"))
    check_in = today_in_india(datetime.now().astimezone()) + timedelta(days=days_ahead)
    await phone.say(check_in.strftime("%d/%m/%Y"), until=has("interactive"))
    for tap in ("tourism:nights:2", "tourism:guests:2", "tourism:rooms:1"):
        await phone.tap(tap, until=has("interactive"))
    quote = await phone.say("Anjali Mondal", until=has("interactive"))
    await phone.tap(next(c for c in choices(quote) if c.startswith("tourism:confirm:")), until=has("document"))


NOBODYS = ("could not tell", "বুঝতে পারিনি")
NOT_OURS = {"en": "There is no guest-house booking on this number", "bn": "এই নম্বরে পঞ্চায়েত অতিথিনিবাসের কোনো বুকিং নেই"}


@pytest.mark.parametrize("typed", ["I want a refund", "the room was too expensive, I want a refund", "refund chai",
                                   "টাকা ফেরত চাই", "refund please", "amar taka ferot chai", "i need my money back",
                                   "ঘরের ভাড়া বেশি নিয়েছে, টাকা ফেরত চাই", "booking er refund chai",
                                   # the words of other money are words, not parts of others: বিলম্ব (delay), বাসা
                                   "বুকিং বাতিলের টাকা ফেরত পেতে বিলম্ব কেন", "what is the current status of my refund"])
def test_a_refund_asked_for_is_tourisms_refund(typed: str):
    assert action(typed) == "refund", typed


@pytest.mark.parametrize("typed", ["refund of my tax", "gas subsidy refund", "I want my tax refund",
                                   "ট্যাক্সের টাকা ফেরত চাই", "ration er taka ferot chai", "amar beton er taka chai",
                                   "I want a refund for my electricity bill", "current bill er taka ferot chai",
                                   "বিদ্যুতের বিলের টাকা ফেরত চাই", "train ticket refund kobe pabo",
                                   "my insurance premium refund", "বাসের টিকিটের টাকা ফেরত চাই"])
def test_a_refund_of_something_else_is_not_tourisms(typed: str):
    assert action(typed) != "refund", typed


@pytest.mark.parametrize("wa_id, lang, asked", [
    ("919830090001", "en", "I want a refund"), ("919830090002", "en", "the room was too expensive, I want a refund"),
    ("919830090003", "bn", "refund chai"), ("919830090004", "bn", "টাকা ফেরত চাই")])
async def test_a_refund_asked_for_with_a_booking_cancelled_is_told_through_the_webhook(system, wa_id, lang, asked):
    phone = await at_menu(system, wa_id, lang)
    number = await book_and_cancel(phone, 20)
    await phone.say("menu" if lang == "en" else "মেনু", until=has("interactive"))

    got = words(await phone.say(asked, until=saying(number)))

    assert HONEST[lang] in got and CONTACT in got, got
    assert not any(word in got for word in NOBODYS), got


@pytest.mark.parametrize("wa_id, lang, asked", [("919830091001", "en", "I want a refund"),
                                                ("919830091002", "bn", "টাকা ফেরত চাই")])
async def test_a_refund_asked_for_with_a_booking_and_none_cancelled_says_none_to_come_through_the_webhook(
        system, wa_id, lang, asked):
    phone = await at_menu(system, wa_id, lang)
    await booked(phone, 20)
    await phone.say("menu" if lang == "en" else "মেনু", until=has("interactive"))

    got = words(await phone.say(asked, until=saying(NONE[lang])))

    assert not any(word in got for word in NOBODYS) and NOT_OURS[lang] not in got, got
    assert "tourism:mine" in choices(await phone.received()), got


@pytest.mark.parametrize("wa_id, lang, asked", [("919830092001", "en", "I want a refund"),
                                                ("919830092002", "bn", "টাকা ফেরত চাই"),
                                                ("919830092003", "bn", "refund chai")])
async def test_a_refund_asked_for_alone_with_no_booking_is_not_tourisms_through_the_webhook(system, wa_id, lang, asked):
    phone = await at_menu(system, wa_id, lang)

    got = words(await phone.say(asked, until=saying(NOT_OURS[lang])))

    assert HONEST[lang] not in got and NONE[lang] not in got, got
    assert ("Complaints" if lang == "en" else "অভিযোগ জানান") in got, got


async def test_a_refund_about_a_room_with_no_booking_is_tourisms_answer_through_the_webhook(system):
    phone = await at_menu(system, "919830093001", "en")

    got = words(await phone.say("the room was too expensive, I want a refund", until=saying(NONE["en"])))

    assert not any(word in got for word in NOBODYS), got


async def test_a_tax_refund_stays_nobodys_through_the_webhook(system):
    phone = await at_menu(system, "919830094001", "en")

    got = words(await phone.say("refund of my tax", until=has("interactive")))

    assert "could not tell" in got, got
