"""Liveness and shutdown, the same on both buses: ``consuming`` tells whether consumers run, ``close``
lets a handler that is already running finish, publishing included."""
from __future__ import annotations

import asyncio
from typing import Any

from bus_kit import Inbox, Names

from shared.bus import Bus
from shared.envelope import Envelope


async def test_consuming_while_subscribed_and_not_after_close(bus: Bus, subscribe: Any, names: Names) -> None:
    await subscribe("live", [names.key("live")], Inbox())
    assert bus.consuming() and await bus.ping()
    await bus.close(1)
    assert not bus.consuming()


async def test_close_waits_for_the_handler_in_flight(bus: Bus, subscribe: Any, names: Names) -> None:
    started, finished = asyncio.Event(), Inbox()

    async def slow(envelope: Envelope) -> None:
        started.set()
        await asyncio.sleep(0.3)
        await bus.publish(envelope.caused(names.key("closing.done"), {}, source="test"))
        await finished(envelope)

    await bus.declare(names.queue("closing-done"), [names.key("closing.done")])
    await subscribe("closing", [names.key("closing")], slow)
    await bus.publish(Envelope(type=names.key("closing")))
    await started.wait()
    await bus.close(5)
    assert len(finished.envelopes) == 1
