"""Days typed without a date ("2 din", "২ দিন", "for 2 days") at the tourism menu as a whole request, or where the
district, the guest house or the room is asked, were not read ("I could not match that name"), though "2 nights" was.
They are now kept as days, as "kal theke 2 din" is: said back ("Noted: 2 days."), and once the check-in is chosen the
nights are asked with both counts said ("2 nights or 1 night?").

And a day said by its distance from today ("kal", "কাল", "tomorrow") typed ahead of its question was read again only
when the room type was chosen: a person who paused overnight got the day after the one they meant. The day it meant
when typed is now kept."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from phone_kit import Phone, choices, has, words

from services.tourism.domain import read_request

DISTRICT = "tourism:district:darjeeling"
PROPERTY = "tourism:property:lamahatta"
ROOM = "tourism:room:lamahatta-cottage"


def test_days_alone_are_read_as_days():
    today = datetime(2026, 3, 1).date()
    for typed in ("2 din", "২ দিন", "for 2 days", "2 days", "dui din", "দুই দিন"):
        said = read_request(typed, today)
        assert (said.day, said.nights, said.days) == (None, None, 2), typed


@pytest.mark.parametrize("n, lang, at, typed, said", [
    (0, "en", "district", "for 2 days", "Noted: 2 days."),
    (1, "bn", "property", "২ দিন", "বুঝেছি: ২ দিন।"),
    (2, "en", "room", "2 din", "Noted: 2 days."),
    (3, "bn", "district", "2 din er jonno", "বুঝেছি: ২ দিন।"),
    (4, "en", "menu", "room at lamahatta for 2 days", "Noted: Lamahatta Eco Homestay, 2 days."),
])
async def test_days_typed_ahead_are_kept_and_their_nights_asked_with_the_check_in(system, n, lang, at, typed, said):
    http, base = system
    phone = Phone(http, base, f"91980007030{n}")
    await phone.start(lang)
    await phone.tap("tourism:menu", until=has("interactive"))
    if at != "menu":
        await phone.tap("tourism:book", until=has("interactive"))
    if at in ("property", "room"):
        await phone.tap(DISTRICT, until=has("interactive"))
    if at == "room":
        await phone.tap(PROPERTY, until=has("interactive"))
    reply = await phone.say(typed, until=has("interactive"))
    assert said in words(reply), words(reply)
    for step in (DISTRICT, PROPERTY, ROOM):
        if step in choices(reply):
            reply = await phone.tap(step, until=has("interactive"))
    check_in = (datetime.now() + timedelta(days=10)).strftime("%d/%m/%Y")
    asked = await phone.say(check_in, until=has("interactive"))
    nights = {"en": "for 2 days: is that 2 nights", "bn": "থেকে ২ দিন: ২ রাত"}[lang]
    assert nights in words(asked), words(asked)
    assert "tourism:nights:1" in choices(asked) and "tourism:nights:2" in choices(asked)


@pytest.mark.parametrize("lang, typed, noted, meant", [
    ("en", "tomorrow", "Noted: from 2 Mar.", "Check-in 2 March 2026"),
    ("bn", "কাল", "বুঝেছি: ২ মার্চ থেকে।", "চেক-ইন ২ মার্চ ২০২৬"),
    ("en", "kal theke 2 din", "Noted: from 2 Mar, 2 days.", "From 2 March 2026 for 2 days"),
])
async def test_tomorrow_typed_ahead_is_the_day_after_the_day_it_was_typed(make_guest, clock, lang, typed, noted,
                                                                          meant):
    guest = make_guest(lang)
    await guest.tap("tourism:book")
    said = await guest.say(typed)
    assert noted in said.text, said.text
    clock.advance(days=1)  # paused overnight: "tomorrow" is today now
    await guest.tap(DISTRICT)
    await guest.tap(PROPERTY)
    asked = await guest.tap(ROOM)
    assert meant in asked.text, asked.text
