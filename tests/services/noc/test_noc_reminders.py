"""Renewal reminders 30 days before a NOC runs out: once per term, as a template, by day, by one copy."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from casework_kit import PUBLIC_URL, RINA, reminders_seen, service_runtime
from chat_kit import Outage

from services.noc import reminders
from services.noc.repository import Nocs
from services.noc.service import spec
from shared.envelope import derive_id

DUE = "TNOC/2025/000310"  # the demo's NOC that runs out 20 days after the demo is loaded


async def test_a_holder_is_reminded_once_with_a_template_and_an_event(runtime, bus, clock):
    assert await reminders.send_due(runtime.context) == 1
    assert await reminders.send_due(runtime.context) == 0
    clock.advance(days=5)
    assert await reminders.send_due(runtime.context) == 0
    await bus.drain()
    [reminder] = reminders_seen(bus)
    assert reminder.payload["to"] == RINA and reminder.payload["notification"] is True
    assert f"Your trade NOC {DUE} (Rina Tea Stall)" in reminder.payload["message"]["text"]["body"] or \
        "আপনার ট্রেড NOC" in reminder.payload["message"]["text"]["body"]
    template = reminder.payload["template"]["template"]
    assert template["name"] == "noc_renewal_due" and template["language"] == {"code": "bn"}
    [due] = [e for e in bus.seen if e.type == "noc.renewal.due"]
    assert due.payload["number"] == DUE and due.payload["days_left"] == 19
    assert "mobile" not in due.payload and RINA not in str(due.payload)


async def test_nothing_is_sent_at_night_in_india(runtime, clock):
    clock.now = clock.now.replace(hour=2)  # 07:30 in West Bengal
    assert await reminders.send_due(runtime.context) == 0
    clock.advance(hours=2)
    assert await reminders.send_due(runtime.context) == 1


async def test_nothing_is_sent_late_in_the_evening_in_india_and_it_goes_the_next_morning(runtime, clock):
    clock.now = clock.now.replace(hour=17)  # 22:30 in West Bengal
    assert await reminders.send_due(runtime.context) == 0
    clock.advance(hours=10)  # 08:30 the next day
    assert await reminders.send_due(runtime.context) == 0
    clock.advance(minutes=30)
    assert await reminders.send_due(runtime.context) == 1


async def test_certificates_far_from_their_end_are_not_reminded(runtime, clock):
    clock.advance(days=-15)  # the due one is then 35 days from its end
    assert await reminders.send_due(runtime.context) == 0


async def test_copies_sweeping_together_remind_once(runtime, bus, clock, tmp_path: Path):
    other = service_runtime(spec(public_url=PUBLIC_URL, reminder_every=None), bus, tmp_path / "noc.sqlite3", clock)
    await other.start()
    try:
        sent = await asyncio.gather(reminders.send_due(runtime.context), reminders.send_due(other.context))
        assert sum(sent) == 1
        await bus.drain()
        assert len(reminders_seen(bus)) == 1
    finally:
        await other.stop(1.0)


async def test_a_reminder_a_copy_claimed_but_could_not_send_is_sent_by_another(runtime, bus, clock, tmp_path: Path):
    outage = Outage(bus)
    other = service_runtime(spec(public_url=PUBLIC_URL, reminder_every=None), outage, tmp_path / "noc.sqlite3", clock)
    await other.start()
    try:
        outage.down = True
        with pytest.raises(ConnectionError):
            await reminders.send_due(other.context)
        assert await reminders.send_due(runtime.context) == 0  # the other copy may still be sending it
        clock.advance(minutes=10)
        assert await reminders.send_due(runtime.context) == 1
        assert await reminders.send_due(runtime.context) == 0
        outage.down = False
        assert await reminders.send_due(other.context) == 0
        await bus.drain()
        [reminder] = reminders_seen(bus)
        noc = await Nocs(runtime.store).get(DUE)
        assert reminder.id == derive_id(DUE, "renewal", noc.issue.valid_until) and reminder.payload["to"] == RINA
        assert len([e for e in bus.seen if e.type == "noc.renewal.due"]) == 1
    finally:
        await other.stop(1.0)


async def test_a_certificate_already_renewed_is_not_reminded(runtime, bus):
    """The holder who renewed early (a new certificate naming this one) was still told to renew it."""
    old = await Nocs(runtime.store).get(DUE)
    assert old is not None
    renewal = old.model_copy(update={"number": "TNOC/2026/000990", "renews": DUE, "status": "fee_pending",
                                     "issue": None, "history": old.history[:1]})
    await Nocs(runtime.store).add(renewal)
    assert await reminders.send_due(runtime.context) == 0
    await bus.drain()
    assert reminders_seen(bus) == [] and not [e for e in bus.seen if e.type == "noc.renewal.due"]
