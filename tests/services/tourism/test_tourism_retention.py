"""A guest's half-finished booking chat is swept once idle a month: they meet the tourism start, not an error, and
their bookings stay (an official record is never swept)."""
from __future__ import annotations

from services.tourism.repository import Repositories
from shared.retention import INBOX, purge

ROOM = "tinchuley-dorm"


async def sweep(runtime, clock) -> None:
    """The runtime's hourly sweep, at the test's clock."""
    for keep in (INBOX, *runtime.spec.retention):
        await purge(runtime.store, keep, clock())


async def test_a_booking_chat_idle_a_month_is_swept_and_the_guest_meets_the_start(guest, runtime, clock):
    booked = await guest.book(ROOM, "2026-05-01", nights=1, guests=4)
    number = booked.event("tourism.booking.confirmed")["number"]
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{ROOM}")
    asked = await guest.tap("tourism:date:2026-06-01")
    clock.advance(days=31)

    await sweep(runtime, clock)

    assert await runtime.store.collection("chats").get(guest.wa_id) is None
    later = await guest.tap(asked.choice("tourism:nights:"))
    assert "no longer applies" in later.text and set(later.choices) == {"tourism:book", "tourism:mine"}
    assert not later.events
    [kept] = await Repositories.of(runtime.store).bookings.for_guest(guest.wa_id)
    assert kept.number == number
    assert f"tourism:view:{number}" in (await guest.tap("tourism:mine")).choices


async def test_a_chat_idle_less_than_a_month_goes_on_where_it_was(guest, runtime, clock):
    await guest.tap("tourism:book")
    await guest.tap(f"tourism:room:{ROOM}")
    asked = await guest.tap("tourism:date:2026-06-01")
    clock.advance(days=29)

    await sweep(runtime, clock)

    nights = await guest.tap(asked.choice("tourism:nights:"))
    assert "no longer applies" not in nights.text and "guests" in nights.text.lower()
