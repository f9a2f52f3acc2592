"""The confirmation and the booking opened later from "My bookings" name the guest it is booked for: the
person who booked for someone else sees, where they look, the name the guest house will check at check-in."""
from __future__ import annotations

import pytest


async def book_for(guest, name: str):
    await guest.tap("tourism:book")
    await guest.tap("tourism:room:lamahatta-cottage")
    await guest.tap("tourism:date:2026-12-25")
    await guest.tap("tourism:nights:2")
    await guest.tap("tourism:guests:2")
    await guest.tap("tourism:rooms:1")
    quote = await guest.say(name)
    return await guest.tap(quote.choice("tourism:confirm:"))


@pytest.mark.parametrize("lang, typed, line", [("en", "Anjali Mondal", "Name on the booking: Anjali Mondal"),
                                               ("bn", "রীনা দাস", "বুকিং যাঁর নামে: রীনা দাস")])
async def test_the_confirmation_and_the_booking_opened_later_name_the_guest(make_guest, lang, typed, line):
    guest = make_guest(lang, name="WhatsApp User")
    booked = await book_for(guest, typed)
    assert line in booked.replies[0].text

    opened = await guest.tap(booked.choice("tourism:view:"))
    assert line in opened.text and "WhatsApp User" not in opened.text
