"""Yes and no typed in Bengali written in Latin letters where a booking or a cancellation is confirmed."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("yes", ["ha", "haan", "hya", "Ha."])
async def test_ha_confirms_the_quote(make_guest, yes):
    """'ha' (হ্যাঁ) at the quote was '*হ্যাঁ* বা *না* লিখুন'."""
    guest = make_guest("bn")
    await guest.quote("lataguri-standard", "2026-06-10")
    assert "বুকিং নিশ্চিত" in (await guest.say(yes)).text


async def test_na_keeps_the_booking_when_cancelling_is_asked(make_guest):
    guest = make_guest("bn")
    booked = await guest.book("lataguri-standard", "2026-06-10")
    number = booked.text.split("*")[1]
    await guest.say(f"cancel {number}")
    kept = await guest.say("na")
    assert "বাতিল হয়েছে" not in kept.text and "(নিশ্চিত)" in kept.text
