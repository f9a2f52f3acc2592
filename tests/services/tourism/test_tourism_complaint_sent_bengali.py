"""The Bengali word back for a complaint sent read 'বুকিং …-এর অভিযোগ অভিযোগ বিভাগে পাঠানো হয়েছে', the word doubled;
it now says whose complaint went where, as the English does."""
from __future__ import annotations

from tourism_kit import DOUBLE


async def test_the_complaint_sent_is_said_plainly_in_bengali(make_guest):
    guest = make_guest("bn")
    await guest.book(DOUBLE, "2026-03-01", nights=1)
    await guest.tap("tourism:complain:PT-2026-000001")
    checked = await guest.say("ঘরে গরম জল নেই, কম্বল নোংরা")

    sent = await guest.tap(checked.choice("tourism:complaintsend:"))

    assert "বুকিং PT-2026-000001 নিয়ে আপনার অভিযোগটি পঞ্চায়েতের অভিযোগ বিভাগে পাঠানো হয়েছে" in sent.text
    assert "অভিযোগ অভিযোগ" not in sent.text
