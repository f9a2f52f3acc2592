"""No to "cancel this booking?" (typed "no", "na", "না", or the "No, keep it" button) says plainly that the booking is
not cancelled and stays as it was, above the booking and its buttons; before, the booking was shown without a word."""
from __future__ import annotations

import pytest
from tourism_kit import DOUBLE


@pytest.mark.parametrize("lang, answer, said", [
    ("en", "no", "Your booking PT-2026-000001 is NOT cancelled"),
    ("en", "na", "Your booking PT-2026-000001 is NOT cancelled"),
    ("bn", "না", "আপনার বুকিং PT-2026-000001 বাতিল করা হয়নি"),
    ("en", "tourism:keep:PT-2026-000001", "Your booking PT-2026-000001 is NOT cancelled"),
])
async def test_no_at_the_cancel_question_says_the_booking_is_kept(make_guest, lang, answer, said):
    guest = make_guest(lang)
    await guest.book(DOUBLE, "2026-06-10")
    asked = await guest.tap("tourism:cancel:PT-2026-000001")
    assert asked.choice("tourism:keep:PT-2026-000001")
    kept = await (guest.tap(answer) if answer.startswith("tourism:") else guest.say(answer))
    assert said in kept.text
    assert kept.choice("tourism:cancel:PT-2026-000001")
