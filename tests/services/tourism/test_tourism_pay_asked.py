"""How to pay, asked at the quote ("how do I pay?", "taka kivabe dibo?", "টাকা কীভাবে দেব?", "can I pay by UPI?")
was answered "Please type *yes* or *no*", and asked after booking "Sorry, I did not follow that". No payment is taken
on WhatsApp here: the guest house tells the guest how and when to pay. That is said, with the caretaker's phone, and
that no one is to be paid who asks for money by a WhatsApp message or link; the step's question again (the quote with
its buttons). Asked with no guest house in sight, the same without a phone: it is on the voucher. Money said paid or
taken with a booking not made ("টাকা কেটে নিয়েছে কিন্তু বুকিং হয়নি", "taka diyechi kintu booking hoyni") was not
understood in Bengali and Banglish: it is answered the same."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_tourism_stay_asked import at_the_quote, booked_at_the_menu

from services.tourism.conversation.stay_asked import asks

AYODHYA_PHONE = "+91 94340 51401"


@pytest.mark.parametrize("typed", [
    "how do I pay?", "how can we make the payment", "payment?", "where do I pay", "can I pay by UPI?",
    "taka kivabe dibo?", "payment kivabe korbo", "taka kothay jama dite hobe", "টাকা কীভাবে দেব?",
    "পেমেন্ট কীভাবে করব", "অগ্রিম টাকা দিতে হবে?", "advance payment?",
    # money said paid or taken with no booking made: who takes money, and that no one is paid on WhatsApp
    "taka diyechi kintu booking hoyni", "টাকা কেটে নিয়েছে কিন্তু বুকিং হয়নি", "money was deducted but no booking",
    # the advance asked after ("Sorry, I did not understand" before)
    "advance koto", "অগ্রিম কত লাগবে"])
def test_paying_asked_is_read(typed: str):
    assert asks(typed) == "paying", typed


@pytest.mark.parametrize("typed", [
    "taka kobe ferot pabo", "how much is a room", "ghor bhara koto", "book in advance", "Sumit Paul", "25/12",
    "I paid 500 extra", "check in kokhon?", "taka kete nao", "booking er jonno koto taka dite hobe"])
def test_other_words_are_no_paying_asked(typed: str):
    assert asks(typed) != "paying", typed


@pytest.mark.parametrize("n, lang, typed, said", [
    (1, "en", "how do I pay?", "No payment is taken here on WhatsApp"),
    (2, "bn", "taka kivabe dibo?", "এখানে হোয়াটসঅ্যাপে টাকা নেওয়া হয় না"),
    (3, "bn", "টাকা কীভাবে দেব?", "এখানে হোয়াটসঅ্যাপে টাকা নেওয়া হয় না"),
])
async def test_asked_at_the_quote_it_is_told_and_the_quote_kept(system, n, lang, typed, said):
    http, base = system
    phone, _ = await at_the_quote(http, base, f"91980032{n:04d}", lang)

    reply = await phone.say(typed, until=has("interactive"))

    text = words(reply)
    assert said in text and AYODHYA_PHONE in text, text
    assert "link" in text or "লিঙ্ক" in text, text
    assert any(c.startswith("tourism:confirm:") for c in choices(reply)), choices(reply)


async def test_asked_after_booking_it_is_told_for_the_booking(system):
    http, base = system
    phone, quote = await at_the_quote(http, base, "919800320004", "en")
    confirm = next(c for m in quote for c in choices([m]) if c.startswith("tourism:confirm:"))
    await phone.tap(confirm, until=has("document"))

    reply = await phone.say("how do I pay?", until=has("interactive"))

    text = words(reply)
    assert "No payment is taken here on WhatsApp" in text and AYODHYA_PHONE in text, text
    assert "did not follow" not in text, text


async def test_asked_with_no_guest_house_in_sight(system):
    phone = await at_the_menu(system, "919800320005")
    await phone.tap("tourism:menu", until=has("interactive"))
    reply = await phone.say("how do I pay?", until=has("interactive"))
    text = words(reply)
    assert "No payment is taken here on WhatsApp" in text and "voucher" in text, text
    assert "did not follow" not in text, text


@pytest.mark.parametrize("taps, again", [(["tourism:book"], "tourism:district:purulia"),
                                         (["tourism:book", "tourism:district:purulia"], "tourism:property:ayodhya-hills")])
async def test_asked_while_the_guest_house_is_chosen(make_guest, taps, again):
    guest = make_guest()
    for tap in taps:
        await guest.tap(tap)
    reply = await guest.say("how do I pay?")
    assert "No payment is taken here on WhatsApp" in reply.text, reply.text
    assert again in reply.last.choices, reply.last.choices  # the step's list again


async def test_asked_where_the_name_is_asked(make_guest):
    guest = make_guest()
    await guest.tap("tourism:book")
    await guest.tap("tourism:room:ayodhya-double")
    await guest.tap("tourism:date:2026-03-10")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    reply = await guest.say("payment kivabe korbo?")
    assert "এখানে হোয়াটসঅ্যাপে টাকা নেওয়া হয় না" in reply.text or "No payment is taken" in reply.text, reply.text
    assert "+91 94340 51401" in reply.text, reply.text


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "how do I pay for my room booking?", "No payment is taken here on WhatsApp"),
    ("bn", "ghor booking er taka kivabe dibo", "এখানে হোয়াটসঅ্যাপে টাকা নেওয়া হয় না"),
    ("bn", "বুকিংয়ের টাকা কীভাবে দেব", "এখানে হোয়াটসঅ্যাপে টাকা নেওয়া হয় না"),
    ("bn", "টাকা কেটে নিয়েছে কিন্তু বুকিং হয়নি", "এখানে হোয়াটসঅ্যাপে টাকা নেওয়া হয় না"),
    ("bn", "টাকা দিয়েছি কিন্তু বুকিং হয়নি", "এখানে হোয়াটসঅ্যাপে টাকা নেওয়া হয় না"),
    ("en", "money was deducted but the booking is not done", "No payment is taken here on WhatsApp"),
])
async def test_asked_at_the_main_menu_it_is_told_with_the_tourism_menu(system, lang, typed, said):
    phone = await at_the_menu(system, "919800320010", lang)
    reply = await phone.say(typed, until=lambda m: said in words(m))
    assert "tourism:book" in choices(reply), choices(reply)  # the tourism menu under it, nothing begun
    assert "tourism:district:purulia" not in choices(reply)


async def test_asked_at_the_main_menu_after_booking_names_the_guest_house(system):
    phone = await booked_at_the_menu(*system, "919800320011", "en")
    reply = await phone.say("how do I pay for my booking?", until=lambda m: "No payment is taken" in words(m))
    assert AYODHYA_PHONE in words(reply), words(reply)

