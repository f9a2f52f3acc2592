"""Test helpers for the bus tests: a handler that records and can be waited on, fresh names, clean-up."""
from __future__ import annotations

import asyncio
import uuid
from collections.abc import Callable

import aio_pika

from shared.bus import RetryPolicy
from shared.bus.topology import delete_queue
from shared.envelope import Envelope

DELAYS = (0.05, 0.1, 0.2, 0.3)  # every retry delay a test here uses, so clean-up finds the wait queues


class Inbox:
    """A handler that keeps what it was given, in arrival order, and can be waited on."""

    def __init__(self) -> None:
        self.envelopes: list[Envelope] = []
        self._arrived = asyncio.Condition()

    async def __call__(self, envelope: Envelope) -> None:
        async with self._arrived:
            self.envelopes.append(envelope)
            self._arrived.notify_all()

    async def until(self, predicate: Callable[[list[Envelope]], bool], seconds: float = 15) -> list[Envelope]:
        async with self._arrived:
            await asyncio.wait_for(self._arrived.wait_for(lambda: predicate(self.envelopes)), seconds)
        return self.envelopes

    async def through(self, type: str) -> list[Envelope]:
        """Wait until the last envelope received is of ``type`` (a marker published last)."""
        return await self.until(lambda got: bool(got) and got[-1].type == type)

    async def count(self, n: int) -> list[Envelope]:
        return await self.until(lambda got: len(got) >= n)

    @property
    def types(self) -> list[str]:
        return [e.type for e in self.envelopes]


class Names:
    """Fresh names for one test: queues ``base-<suffix>`` (remembered for clean-up) and routing keys under
    a first word of their own, so no other queue on a shared broker can catch or route them."""

    def __init__(self) -> None:
        self.suffix = uuid.uuid4().hex[:10]
        self.queues: set[str] = set()

    def queue(self, base: str) -> str:
        name = f"{base}-{self.suffix}"
        self.queues.add(name)
        return name

    def key(self, rest: str) -> str:
        return f"t{self.suffix}.{rest}"


async def delete_queues(url: str, queues: set[str]) -> None:
    connection = await aio_pika.connect(url)
    async with connection, connection.channel() as channel:
        for queue in queues:
            await delete_queue(channel, queue, (*DELAYS, *RetryPolicy().delays))
