"""A booking's confirming asked for in words ("booking confirm korte chai", "বুকিং কনফার্ম করতে চাই") reached no service
at the main menu and was 'not understood' in the chat (at the quote, "Please answer yes or no"). A booking is confirmed
by *Confirm* on its quote, so the words are read from where the person is: a quote on hold is shown again with its
Confirm, saying so; a stay being chosen has its question asked again, saying how a booking is confirmed; else one's
bookings are listed, each with whether it is confirmed, or, with none, a booking is begun. Said against ("booking
confirm korbo na") it is none of these; asked after ("booking confirm hoyeche ki") it stays one's bookings."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_tourism_facilities_asked import action
from tourism_kit import DOUBLE

HOW = "A booking is confirmed by tapping *Confirm* on its quote"


@pytest.mark.parametrize("typed", ["booking confirm korte chai", "বুকিং কনফার্ম করতে চাই", "ghor ta confirm korbo",
                                   "বুকিং নিশ্চিত করতে চাই"])
def test_confirming_asked_is_tourisms(typed):
    assert action(typed) == "confirming", typed


@pytest.mark.parametrize(("typed", "other"), [("booking confirm korbo na", None),
                                              ("booking confirm hoyeche ki", "mine"),
                                              ("booking cancel confirm korte chai", "cancel")])
def test_said_against_asked_after_or_a_cancel_is_not(typed, other):
    assert action(typed) == other, typed


async def test_at_the_quote_it_is_shown_again_with_its_confirm(make_guest):
    guest = make_guest("en")
    await guest.quote(DOUBLE, "2026-06-10")

    answer = await guest.say("booking confirm korte chai")

    assert "Tap *Confirm* on the quote below to book it." in answer.text, answer
    booked = await guest.tap(answer.choice("tourism:confirm:"))
    assert booked.event("tourism.booking.confirmed")["number"], booked


async def test_while_a_stay_is_chosen_its_question_again(make_guest):
    guest = make_guest("bn")
    await guest.at_nights(DOUBLE, "2026-06-10")

    answer = await guest.say("বুকিং কনফার্ম করতে চাই")

    assert "খরচের হিসাবে *নিশ্চিত করুন* চাপলে বুকিং নিশ্চিত হয়" in answer.text, answer
    assert any(c.startswith("tourism:nights:") for c in answer.choices), answer


async def test_with_bookings_they_are_listed(make_guest):
    guest = make_guest("en")
    await guest.book(DOUBLE, "2026-06-10")

    answer = await guest.say("booking confirm korte chai")

    assert "each saying whether it is confirmed" in answer.text, answer
    assert any(c.startswith("tourism:view:") for c in answer.choices), answer


async def test_at_the_main_menu_with_none_a_booking_begins(system):
    phone = await at_the_menu(system, "919800390021", "en")
    got = await phone.say("booking confirm korte chai", until=has("interactive"))
    assert HOW in words(got) and any(c.startswith("tourism:district:") for c in choices(got)), words(got)


async def test_with_a_cancel_asked_its_bookings_not_the_stay_question(make_guest):
    guest = make_guest("en")
    await guest.book(DOUBLE, "2026-06-10")
    await guest.tap("tourism:cancel:PT-2026-000001")

    answer = await guest.say("booking confirm korte chai")

    assert "each saying whether it is confirmed" in answer.text and HOW not in answer.text, answer
