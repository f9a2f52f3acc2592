"""The check-in time or what a stay includes, asked at the quote ("check in kokhon?", "চেক-ইন কখন?", "what time is
check in", "khabar deya hoy?") was answered "Please type *yes* or *no*", and asked after booking at the tourism menu
"Sorry, I did not follow that": the times were shown only once, above the rooms' list. They are now answered from the
guest house (its check-in and check-out times, what it has, its caretaker's phone for the rest) and the question of
the step asked again: the quote with its buttons, kept. A date typed with "check in" is still a date."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words
from tourism_kit import AYODHYA, named, walk

from services.tourism.conversation.stay_asked import asks


@pytest.mark.parametrize("typed, asked", [
    ("check in kokhon?", "times"), ("check in time koto?", "times"), ("চেক-ইন কখন?", "times"),
    ("চেক আউট কটায়", "times"), ("what time is check in", "times"), ("checkout time?", "times"),
    ("khabar deya hoy?", "included"), ("ki ki thakbe?", "included"), ("is food included", "included"),
    ("খাবার পাওয়া যাবে?", "included"), ("what is included", "included")])
def test_a_question_about_the_stay_is_read(typed: str, asked: str):
    assert asks(typed) == asked, typed


@pytest.mark.parametrize("typed", [
    "check in 25 dec", "25/12", "5 people including 2 children", "ha", "Sumit Paul", "2 raat", "booking er khobor ki"])
def test_other_words_are_no_question_about_the_stay(typed: str):
    assert asks(typed) is None, typed


async def at_the_quote(http, base: str, wa_id: str, lang: str) -> tuple[Phone, list]:
    phone = Phone(http, base, wa_id)
    await walk(phone, lang, *AYODHYA, "tourism:date:", "tourism:nights:2", "tourism:guests:2", "tourism:rooms:1")
    return phone, await named(phone)


async def booked_at_the_menu(http, base: str, wa_id: str, lang: str) -> Phone:
    """A person with one booking to come at Ayodhya Hills (its voucher received), back at the main menu."""
    phone, quote = await at_the_quote(http, base, wa_id, lang)
    confirm = next(c for m in quote for c in choices([m]) if c.startswith("tourism:confirm:"))
    await phone.tap(confirm, until=has("document"))
    await phone.say("menu", until=has("interactive"))
    return phone


@pytest.mark.parametrize("n, lang, typed, said", [
    (1, "bn", "check in kokhon?", ("চেক-ইন ১২:০০, চেক-আউট ১০:০০", "+91 94340 51401")),
    (2, "bn", "চেক-ইন কখন?", ("চেক-ইন ১২:০০, চেক-আউট ১০:০০",)),
    (3, "en", "what time is check in", ("Check-in 12:00, check-out 10:00",)),
    (4, "en", "is food included?", ("Dining hall", "+91 94340 51401")),
])
async def test_asked_at_the_quote_it_is_answered_and_the_quote_kept_through_the_webhook(system, n, lang, typed, said):
    http, base = system
    phone, _ = await at_the_quote(http, base, f"91980031{n:04d}", lang)

    reply = await phone.say(typed, until=has("interactive"))

    text = words(reply)
    assert all(line in text for line in said), text
    assert "yes" not in text.lower().split("*")[1::2] and "হ্যাঁ* বা" not in text, text
    assert any(c.startswith("tourism:confirm:") for c in choices(reply)), choices(reply)


@pytest.mark.parametrize("n, lang, typed, said", [
    (5, "bn", "check in time koto?", "চেক-ইন ১২:০০, চেক-আউট ১০:০০"),
    (6, "en", "checkout time?", "Check-in 12:00, check-out 10:00"),
])
async def test_asked_after_booking_it_is_answered_for_the_booking_through_the_webhook(system, n, lang, typed, said):
    http, base = system
    phone, quote = await at_the_quote(http, base, f"91980031{n:04d}", lang)
    confirm = next(c for m in quote for c in choices([m]) if c.startswith("tourism:confirm:"))
    await phone.tap(confirm, until=has("document"))

    reply = await phone.say(typed, until=has("interactive"))

    text = words(reply)
    assert said in text and "did not follow" not in text and "বুঝতে পারিনি" not in text, text


@pytest.mark.parametrize("n, lang, typed, said", [
    (7, "en", "is food included?", "What the guest house has and its times are below"),
    (8, "bn", "check in kokhon?", "অতিথিনিবাসের সুবিধা আর সময় নিচে দেওয়া আছে"),
])
async def test_asked_at_the_rooms_question_the_details_are_said_once(system, n, lang, typed, said):
    """The rooms' question shows the guest house's details: the answer there points to them and gives the caretaker's
    phone, rather than writing the same details twice in one message."""
    http, base = system
    phone = Phone(http, base, f"91980031{n:04d}")
    await walk(phone, lang, *AYODHYA[:2])

    reply = await phone.say(typed, until=has("interactive"))

    text = words(reply)
    assert said in text and "+91 94340 51401" in text, text
    times = "Check-in 12:00" if lang == "en" else "চেক-ইন ১২:০০"
    assert text.count(times) == 1, text
    assert "tourism:room:ayodhya-double" in choices(reply), choices(reply)
