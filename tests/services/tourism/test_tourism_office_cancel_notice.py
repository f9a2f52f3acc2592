"""What a guest reads when the tourism office cancels their booking: the reason, the refund, and a way on
(see the booking, book again) in their own language."""
from __future__ import annotations

from pathlib import Path

import pytest
from chat_kit import Reply
from prometheus_client import CollectorRegistry

from shared.auth import Tokens
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore


@pytest.fixture
async def office(aiohttp_client, make_runtime, tmp_path: Path):
    runtime = await make_runtime(start=False)
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create("tourism_manager", scope={"district": "Alipurduar"})
    client.headers = {"Authorization": f"Bearer {token}"}
    client.runtime = runtime
    return client


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
