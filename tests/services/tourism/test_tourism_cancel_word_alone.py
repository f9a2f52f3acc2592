"""'বাতিল' (cancel) typed alone at the tourism menu or the bookings list asks about cancelling the person's booking,
as 'বুকিং বাতিল' does; before, it was 'দুঃখিত, বুঝতে পারিনি'. Without a booking to cancel, that is said."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE


@pytest.mark.parametrize("at", ["tourism:home", "tourism:mine"])
@pytest.mark.parametrize("typed", ["বাতিল", "বাতিল করুন", "cancel"])
async def test_cancel_alone_asks_to_cancel_the_one_open_booking(make_guest, at, typed):
    guest = make_guest("bn")
    await guest.book(DOUBLE, "2026-06-10")
    await guest.tap(at)

    asked = await guest.say(typed)

    assert "বুকিং PT-2026-000001 বাতিল করবেন?" in asked.text
    assert asked.choice("tourism:cancelyes:PT-2026-000001")


async def test_cancel_alone_without_a_booking_says_there_is_none(make_guest):
    guest = make_guest("bn")
    await guest.tap("tourism:home")

    said = await guest.say("বাতিল")

    assert "আপনার এখনও কোনো বুকিং নেই" in said.text and "বুঝতে পারিনি" not in said.text
