"""Two copies of the tourism service on RabbitMQ (each its own connection, competing on one quorum queue,
one shared store file): fifty people race for the last room on the same night.

The service runs under a name with a fresh suffix (its queue, its inbound key, the listener's queue), and
every queue is deleted afterwards, so runs on a shared broker do not see each other's messages.
"""
from __future__ import annotations

import asyncio
import dataclasses
import random
import uuid
from collections.abc import AsyncIterator
from datetime import date
from pathlib import Path

import aio_pika
import pytest
from prometheus_client import CollectorRegistry
from tourism_kit import PUBLIC_URL, START, Clock, Exchange, Guest

from services.tourism.repository import Repositories
from services.tourism.service import INBOUND, spec
from shared.bus import RetryPolicy, Subscription
from shared.bus.rabbit import RabbitBus
from shared.bus.topology import delete_queue
from shared.envelope import Envelope
from shared.metrics import Metrics
from shared.runtime import ServiceRuntime
from shared.settings import load_settings
from shared.store.sqlite import SqliteStore

pytestmark = pytest.mark.rabbit
SUFFIX = uuid.uuid4().hex[:10]
NAME, KEY = f"tourism{SUFFIX}", f"wa.inbound.tourism{SUFFIX}"
LISTENER = f"listener-{SUFFIX}"
DELAYS = (0.05, 0.05, 0.05)
LAST_ROOM, NIGHT = "tinchuley-dorm", "2026-05-01"
PEOPLE = 50
POLLS = 600  # × 0.05 s: only stops a broken test from hanging


class RabbitGuest(Guest):
    """A guest whose messages travel through RabbitMQ; the answer is read once the inbox records it."""

    def __init__(self, bus: RabbitBus, store: SqliteStore, wa_id: str):
        super().__init__(bus, store, wa_id)  # type: ignore[arg-type]

    def envelope(self, *, text: str | None = None, reply_id: str | None = None) -> Envelope:
        return super().envelope(text=text, reply_id=reply_id).model_copy(update={"type": KEY})

    async def send(self, envelope: Envelope) -> Exchange:
        await self.bus.publish(envelope)
        return await self.answer(envelope)

    async def answer(self, envelope: Envelope) -> Exchange:
        for _ in range(POLLS):
            try:
                return await self.outcome(envelope)
            except AssertionError:
                await asyncio.sleep(0.05)
        return await self.outcome(envelope)


@pytest.fixture
async def copies(amqp_url: str, tmp_path: Path) -> AsyncIterator[tuple[RabbitBus, SqliteStore]]:
    settings = load_settings(AMQP_URL=amqp_url, MONGODB_URL=None, PANCHAYAT_DATA_DIR=tmp_path,
                             PANCHAYAT_RETRY_DELAYS=",".join(map(str, DELAYS)), PANCHAYAT_PREFETCH=16)
    base = spec(public_url=PUBLIC_URL, reminder_every=None)
    renamed = dataclasses.replace(base, name=NAME, bindings=(KEY,), handlers={KEY: base.handlers[INBOUND]}, menu=None)
    clock = Clock(START)
    listener, publisher = RabbitBus(amqp_url), RabbitBus(amqp_url)
    buses = [RabbitBus(amqp_url) for _ in range(2)]
    runtimes = [ServiceRuntime(renamed, bus=bus, store=SqliteStore(tmp_path / "tourism.sqlite3"), settings=settings,
                               clock=clock, metrics=Metrics(CollectorRegistry())) for bus in buses]
    for bus in (listener, publisher, *buses):
        await bus.start()
    await listener.subscribe(Subscription(queue=LISTENER, keys=("wa.outbound",), handler=_ignore,
                                              retry=RetryPolicy(DELAYS)))
    try:
        for runtime in runtimes:
            await runtime.start()
        yield publisher, SqliteStore(tmp_path / "tourism.sqlite3")
    finally:
        for bus in (*buses, listener, publisher):
            await bus.close(2)
        for runtime in runtimes:
            await runtime.stop(2)
        connection = await aio_pika.connect(amqp_url)
        async with connection, connection.channel() as channel:
            await delete_queue(channel, NAME, DELAYS)
            await delete_queue(channel, LISTENER, DELAYS)


async def _ignore(envelope: Envelope) -> None:
    return None


async def everyone(guests: list[RabbitGuest], reply_id: str) -> list[Exchange]:
    """Everybody taps at once; the answers once all are handled."""
    taps = [guest.envelope(reply_id=reply_id) for guest in guests]
    await asyncio.gather(*(guest.bus.publish(tap) for guest, tap in zip(guests, taps, strict=True)))
    return [await guest.answer(tap) for guest, tap in zip(guests, taps, strict=True)]


async def test_fifty_people_race_two_copies_for_the_last_room_and_one_books_it(copies):
    publisher, store = copies
    first = random.randrange(10**8)
    guests = [RabbitGuest(publisher, store, f"9197{first + i:08d}") for i in range(PEOPLE)]
    for step in (f"tourism:room:{LAST_ROOM}", f"tourism:date:{NIGHT}", "tourism:nights:1", "tourism:guests:4"):
        await everyone(guests, step)

    await everyone(guests, "tourism:rooms:1")
    answers = await everyone(guests, "tourism:name:profile")

    quoted = [a for a in answers if "Tap *Confirm* to book" in a.text]
    sorry = [a for a in answers if "Sorry, no room of this kind is free on those dates" in a.text]
    assert (len(quoted), len(sorry)) == (1, PEOPLE - 1)
    winner = guests[answers.index(quoted[0])]
    booked = await winner.tap(quoted[0].choice("tourism:confirm:"))
    assert booked.event("tourism.booking.confirmed")["guests"] == 4
    repos = Repositories.of(store)
    room = await repos.catalog.room_type(LAST_ROOM)
    assert room is not None
    night = await repos.inventory.night(room, date.fromisoformat(NIGHT))
    assert [c.kind for c in night.claims.values()] == ["booking"]
    assert sum([len(await repos.bookings.for_guest(g.wa_id)) for g in guests]) == 1
