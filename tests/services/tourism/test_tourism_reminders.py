"""Reminders the day before check-in: once per booking, as a template outside the window, by day only."""
from __future__ import annotations

import asyncio
from datetime import timedelta

from services.tourism import reminders
from services.tourism.repository import Repositories
from shared.envelope import derive_id


def reminders_seen(bus) -> list:
    return [e for e in bus.seen if e.type == "wa.outbound" and e.payload.get("template")]


async def test_a_guest_is_reminded_once_the_day_before_check_in(guest, runtime, clock, bus):
    await guest.book("mukutmanipur-double", "2026-03-03")
    assert await reminders.send_due(runtime.context) == 0  # check-in is the day after tomorrow
    clock.advance(days=1)
    assert await reminders.send_due(runtime.context) == 1
    assert await reminders.send_due(runtime.context) == 0
    await bus.drain()
    [reminder] = reminders_seen(bus)
    assert reminder.payload["to"] == guest.wa_id and reminder.payload["notification"] is True
    assert "Your stay at Mukutmanipur Panchayat Guest House begins tomorrow (3 March 2026)" in (
        reminder.payload["message"]["text"]["body"])
    template = reminder.payload["template"]["template"]
    assert template["name"] == "tourism_checkin_reminder" and template["language"] == {"code": "en"}
    assert [p["text"] for p in template["components"][0]["parameters"]] == [
        "Mukutmanipur Panchayat Guest House", "3 March 2026", "12:00", "PT-2026-000001"]
    [reminded] = [e for e in bus.seen if e.type == "tourism.booking.reminded"]
    assert reminded.payload["number"] == "PT-2026-000001"


async def test_reminders_wait_for_the_morning_in_india(guest, runtime, clock):
    await guest.book("mukutmanipur-double", "2026-03-02")
    clock.now = clock.now.replace(hour=2, minute=0)  # 07:30 in West Bengal
    assert await reminders.send_due(runtime.context) == 0
    clock.advance(hours=2)
    assert await reminders.send_due(runtime.context) == 1


async def test_reminders_do_not_wake_a_guest_at_night(guest, runtime, clock):
    """Booked at 22:00 for tomorrow, or the sweep late: no reminder goes at night; the morning is check-in day."""
    clock.now = clock.now.replace(hour=16, minute=0)  # 21:30 in West Bengal
    await guest.book("mukutmanipur-double", "2026-03-02")
    assert await reminders.send_due(runtime.context) == 0
    clock.advance(hours=2)  # 23:30
    assert await reminders.send_due(runtime.context) == 0
    clock.advance(hours=10)  # 09:30 on check-in day: the guest is on the way, holding the voucher
    assert await reminders.send_due(runtime.context) == 0


async def test_the_last_reminders_of_the_day_go_before_nine_in_the_evening(guest, runtime, clock):
    clock.now = clock.now.replace(hour=15, minute=29)  # 20:59 in West Bengal
    await guest.book("mukutmanipur-double", "2026-03-02")
    assert await reminders.send_due(runtime.context) == 1


async def test_copies_sweeping_together_remind_once(make_guest, make_runtime, runtime, clock, bus):
    other = await make_runtime()
    for guest in (make_guest(), make_guest(), make_guest()):
        await guest.book("mukutmanipur-double", "2026-03-02")
    sent = await asyncio.gather(reminders.send_due(runtime.context), reminders.send_due(other.context))
    assert sum(sent) == 3
    await bus.drain()
    assert len({e.id for e in reminders_seen(bus)}) == 3


async def test_cancelled_bookings_are_not_reminded(guest, runtime):
    await guest.book("mukutmanipur-double", "2026-03-02")
    await guest.tap("tourism:cancel:PT-2026-000001")
    await guest.tap("tourism:cancelyes:PT-2026-000001")
    assert await reminders.send_due(runtime.context) == 0


async def test_a_claim_left_by_a_stopped_copy_is_taken_over_with_the_same_ids(guest, runtime, clock, bus):
    await guest.book("mukutmanipur-double", "2026-03-02")
    bookings = Repositories.of(runtime.store).bookings
    assert await bookings.claim_reminder("PT-2026-000001", clock.now, stale_after=timedelta(minutes=10))
    assert await reminders.send_due(runtime.context) == 0  # another copy is (apparently) sending it
    clock.advance(minutes=10)
    assert await reminders.send_due(runtime.context) == 1
    await bus.drain()
    [reminder] = reminders_seen(bus)
    assert reminder.id == derive_id("PT-2026-000001", "reminder")
