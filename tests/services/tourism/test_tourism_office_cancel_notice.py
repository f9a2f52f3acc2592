"""What a guest reads when the tourism office cancels their booking: the reason, the refund, and a way on
(see the booking, book again) in their own language."""
from __future__ import annotations

import pytest
from chat_kit import Reply

from shared.privacy import event_leaks as leaks


@pytest.mark.parametrize(("lang", "words", "view", "book"), [
    ("en", "full refund: ₹4,200", "View booking", "Book a room"),
    ("bn", "পুরো টাকা ফেরত পাবেন: ₹৪,২০০", "বুকিং দেখুন", "ঘর বুক করুন"),
])
async def test_the_guest_told_of_the_offices_cancellation_can_open_it_or_book_again(office, guests, bus,
                                                                                     lang, words, view, book):
    """The notice was a bare text: the guest whose stay was called off had nowhere to tap."""
    guest = guests(bus, office.runtime)(lang=lang)
    await guest.book("jayanti-cottage", "2026-03-10")
    done = await office.post("/api/tourism/bookings/PT-2026-000001/cancel",
                             json={"reason": "the bridge is closed for repair"}, headers=office.headers)
    assert done.status == 200
    await bus.drain()
    [told] = [Reply(e.payload) for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == guest.wa_id
              and e.payload.get("template")]
    assert "PT-2026-000001" in told.text and "the bridge is closed for repair" in told.text and words in told.text
    assert told.choices == {"tourism:view:PT-2026-000001": view, "tourism:book": book}
    seen = await guest.tap("tourism:view:PT-2026-000001")
    assert "PT-2026-000001" in seen.text and ("cancelled" if lang == "en" else "বাতিল") in seen.text


async def test_a_phone_number_in_the_offices_reason_reaches_other_departments_masked(office, guests, bus):
    """``tourism.booking.cancelled`` goes to every department that subscribes: a number the manager wrote into the
    reason (the guest's, the caretaker's) reaches them by its last four digits; the guest reads it whole."""
    guest = guests(bus, office.runtime)(lang="en")
    await guest.book("jayanti-cottage", "2026-03-10")
    why = "guest at 98300 12345 asked us by phone; caretaker +91 94330 54321 is away"
    done = await office.post("/api/tourism/bookings/PT-2026-000001/cancel", json={"reason": why},
                             headers=office.headers)
    assert done.status == 200
    await bus.drain()
    [cancelled] = [e.payload for e in bus.seen if e.type == "tourism.booking.cancelled"]
    assert cancelled["reason"].startswith("guest at ") and " is away" in cancelled["reason"]
    assert "12345" not in str(cancelled) and "54321" not in str(cancelled) and leaks(cancelled) == []
    [told] = [Reply(e.payload) for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == guest.wa_id
              and e.payload.get("template")]
    assert why in told.text
