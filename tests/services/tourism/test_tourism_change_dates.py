"""A booking's dates are not changed in the chat. Asked for ("change the dates", "তারিখ বদলাতে চাই", "date change
korte chai"), the person is told so and how to stay on other dates: book them (the same room, one tap), then
cancel the booking, whose refund they see before they confirm."""
from __future__ import annotations

import pytest

from gateway.menu import phrase_pattern
from services.tourism.service import MENU
from shared.india import plain

ROOM = "tinchuley-double"


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "I want to change the dates", "The dates of a booking cannot be changed here."),
    ("bn", "বুকিংয়ের তারিখ বদলাতে চাই", "বুকিংয়ের তারিখ এখানে বদলানো যায় না।"),
    ("bn", "date change korte chai", "বুকিংয়ের তারিখ এখানে বদলানো যায় না।"),
])
async def test_asked_to_change_a_bookings_dates_the_person_is_told_how(make_guest, lang, typed, told):
    guest = make_guest(lang)
    booked = await guest.book(ROOM, "2026-03-10")
    await guest.tap(booked.choice("tourism:view:"))

    asked = await guest.say(typed)

    assert told in asked.text and "PT-2026-000001" in asked.text
    assert set(asked.choices) >= {f"tourism:room:{ROOM}", "tourism:cancel:PT-2026-000001"}
    again = await guest.tap(f"tourism:room:{ROOM}")  # the same room, new dates
    assert "tourism:date:2026-03-01" in again.choices


async def test_asked_at_the_tourism_menu_with_two_bookings_the_person_picks_which(make_guest):
    guest = make_guest()
    await guest.book(ROOM, "2026-03-10")
    await guest.book("lamahatta-cottage", "2026-03-20")
    await guest.tap("tourism:menu")

    asked = await guest.say("reschedule my booking")

    assert "The dates of a booking cannot be changed here: you book the new dates" in asked.text
    assert set(asked.choices) == {"tourism:redate:PT-2026-000001", "tourism:redate:PT-2026-000002"}
    which = await guest.tap("tourism:redate:PT-2026-000002")
    assert "tourism:room:lamahatta-cottage" in which.choices


@pytest.mark.parametrize("typed", ["change my booking date", "বুকিংয়ের তারিখ পরিবর্তন করব", "booking er date change"])
def test_changing_a_bookings_dates_asked_at_the_main_menu_reaches_the_answer(typed):
    action = next(p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(plain(typed)))
    assert action == "redate"


@pytest.mark.parametrize("typed", ["date change korte chai", "তারিখ বদলাতে চাই", "I want to change the date",
                                   "tarikh change korbo"])
def test_a_dates_change_alone_asked_at_the_main_menu_reaches_the_answer(typed):
    """With no booking named, a date's change ("date change korte chai") reached no service at the main menu, as it
    does in the tourism chat: only a booking's dates are changed by a person here."""
    action = next((p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(plain(typed))), None)
    assert action == "redate", typed


@pytest.mark.parametrize("typed", ["birth date change korte chai", "change date of my trade licence",
                                   "জন্ম তারিখ বদলাতে চাই",
                                   "I want to change the date on the paper my office gave me last year"])
def test_another_papers_date_or_a_long_message_is_not_a_bookings(typed):
    action = next((p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(plain(typed))), None)
    assert action != "redate", typed
