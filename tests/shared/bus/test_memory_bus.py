"""What only the in-process bus offers: ``drain`` for deterministic tests, and no use after ``close``."""
from __future__ import annotations

import pytest

from shared.bus import BusError, RetryPolicy, Subscription
from shared.bus.memory import InProcessBus
from shared.envelope import Envelope


async def test_drain_waits_for_retries_and_chained_publishes() -> None:
    bus = InProcessBus()
    await bus.start()
    seen: list[str] = []

    async def first(envelope: Envelope) -> None:
        if envelope.payload.get("fail") and not seen:
            seen.append("failed")
            raise RuntimeError("once")
        await bus.publish(envelope.caused("chain.second", {}, source="test"))

    async def second(envelope: Envelope) -> None:
        seen.append(envelope.type)

    await bus.subscribe(Subscription("first", ["chain.first"], first, retry=RetryPolicy((0.05,))))
    await bus.subscribe(Subscription("second", ["chain.second"], second))
    await bus.publish(Envelope(type="chain.first", payload={"fail": True}))
    await bus.drain(include_delayed=False)
    assert seen == ["failed"]
    await bus.drain()
    assert seen == ["failed", "chain.second"]
    await bus.close(1)


async def test_drain_ignores_queues_nobody_consumes() -> None:
    bus = InProcessBus()
    await bus.declare("idle", ["idle.*"])
    await bus.publish(Envelope(type="idle.waiting"))
    await bus.drain()
    assert await bus.queue_stats("idle") == {"messages": 1, "consumers": 0}


async def test_closed_bus_refuses_publishes() -> None:
    bus = InProcessBus()
    await bus.declare("q", ["k"])
    await bus.close(1)
    assert not await bus.ping()
    with pytest.raises(BusError):
        await bus.publish(Envelope(type="k"))
