"""The tourism office's cancellation stored, then its announcement lost (the broker refused it, the copy stopped)
and never sent again: the guest would travel on a voucher the verification page still shows as valid. The booking
keeps what the cancellation owes, and the service's sweep announces it once it is old enough not to be a request
still at work: the voucher revoked, the departments told, the guest told with the office's words, once."""
from __future__ import annotations

import pytest
from chat_kit import refuse_once

from services.tourism.backoffice import cancellation
from services.tourism.repository.bookings import COLLECTION, OWED
from services.tourism.service import spec

NUMBER = "PT-2026-000001"
WHY = {"reason": "the bridge is closed for repair"}


async def notices(bus, wa_id: str) -> list[dict]:
    """What the guest was sent after booking, each once (a repeat carries the same id, which the sender drops)."""
    await bus.drain()
    return list({e.id: e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == wa_id
                 and e.payload.get("template")}.values())


def revoked(bus) -> set[str]:
    return {e.payload["code"] for e in bus.seen if e.type == "tourism.document.revoked"}


async def owes(runtime) -> dict | None:
    return (await runtime.store.collection(COLLECTION).get(NUMBER)).get(OWED)


@pytest.mark.parametrize("refused_type", ["tourism.booking.cancelled", "tourism.document.revoked"])
async def test_an_office_cancellation_never_announced_is_announced_by_the_sweep_once(
        office, guests, bus, clock, monkeypatch, refused_type):
    guest = guests(bus, office.runtime)(lang="en")
    await guest.book("jayanti-cottage", "2026-03-10")
    await bus.drain()
    [issued] = [e.payload for e in bus.seen if e.type == "tourism.document.issued"]
    refused = refuse_once(monkeypatch, office.runtime.context, refused_type)
    failed = await office.post(f"/api/tourism/bookings/{NUMBER}/cancel", json=WHY, headers=office.headers)
    assert failed.status >= 500 and refused
    assert await owes(office.runtime) and not await notices(bus, guest.wa_id) and not revoked(bus)
    assert await cancellation.announce_owed(office.runtime.context) == 0  # a request may still be at work on it
    clock.advance(minutes=3)
    assert await cancellation.announce_owed(office.runtime.context) == 1
    [told] = await notices(bus, guest.wa_id)
    assert WHY["reason"] in told["message"]["interactive"]["body"]["text"]
    assert revoked(bus) == {issued["code"]} and await owes(office.runtime) is None
    assert len({e.id for e in bus.seen if e.type == "tourism.booking.cancelled"}) == 1
    clock.advance(minutes=3)
    assert await cancellation.announce_owed(office.runtime.context) == 0 and len(await notices(bus, guest.wa_id)) == 1


async def test_an_office_cancellation_announced_by_its_request_or_its_retry_owes_nothing(
        office, guests, bus, clock, monkeypatch):
    guest = guests(bus, office.runtime)(lang="en")
    await guest.book("jayanti-cottage", "2026-03-10")
    refuse_once(monkeypatch, office.runtime.context, "tourism.document.revoked")
    url = f"/api/tourism/bookings/{NUMBER}/cancel"
    assert (await office.post(url, json=WHY, headers=office.headers)).status >= 500
    assert (await office.post(url, json=WHY, headers=office.headers)).status == 200  # sent again: announced
    assert await owes(office.runtime) is None and len(await notices(bus, guest.wa_id)) == 1
    clock.advance(minutes=3)
    assert await cancellation.announce_owed(office.runtime.context) == 0


def test_the_service_runs_the_sweep():
    assert "sweep.tourism" in [getattr(task, "__qualname__", "") for task in spec().tasks]
