"""Any other question about the stay, where no step reads free words ("can I bring my dog?", "is there parking?",
"wifi ache?", "গাড়ি রাখার জায়গা আছে?"): after booking it got "Sorry, I did not follow that", at the quote "Please type
*yes* or *no*". This chat cannot answer it, the guest house can: its details and its caretaker's phone are given, then
the step's question again (the quote with its buttons). Questions the chat reads (the times, what is included, how
to pay, a date) are answered as before."""
from __future__ import annotations

import pytest
from phone_kit import choices, has, words
from test_tourism_stay_asked import at_the_quote

AYODHYA_PHONE = "+91 94340 51401"


@pytest.mark.parametrize("typed", ["can I bring my dog?", "is there parking?", "wifi ache?", "গাড়ি রাখার জায়গা আছে?"])
async def test_any_other_question_about_the_stay_after_booking_gets_the_caretaker(system, typed):
    http, base = system
    phone, quote = await at_the_quote(http, base, "919800320020", "en")
    confirm = next(c for m in quote for c in choices([m]) if c.startswith("tourism:confirm:"))
    await phone.tap(confirm, until=has("document"))
    reply = await phone.say(typed, until=has("interactive"))
    text = words(reply)
    assert AYODHYA_PHONE in text and "did not follow" not in text, text


async def test_a_question_at_the_quote_gets_the_caretaker_and_the_quote_again(system):
    http, base = system
    phone, _ = await at_the_quote(http, base, "919800320021", "en")
    reply = await phone.say("can I bring my dog?", until=has("interactive"))
    text = words(reply)
    assert AYODHYA_PHONE in text and "type *yes* or *no*" not in text, text
    assert any(c.startswith("tourism:confirm:") for c in choices(reply)), choices(reply)


async def test_a_date_asked_at_the_menu_is_still_read_as_a_request(make_guest):
    guest = make_guest()
    await guest.tap("tourism:menu")
    reply = await guest.say("room at lataguri 10 apr?")
    assert "tourism:room:lataguri-standard" in reply.last.choices, reply.text


async def test_with_no_guest_house_in_sight_no_caretaker_is_named(make_guest):
    guest = make_guest()
    await guest.tap("tourism:menu")
    reply = await guest.say("can I bring my dog?")
    assert "caretaker" not in reply.text, reply.text


async def test_a_goodbye_at_the_quote_books_nothing(system):
    http, base = system
    phone, _ = await at_the_quote(http, base, "919800320022", "en")
    reply = await phone.say("bye", until=has("interactive"))
    text = words(reply)
    assert "Booked" not in text and any(c.startswith("tourism:confirm:") for c in choices(reply)), text
