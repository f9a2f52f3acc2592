"""Small read-only looks at RabbitMQ queues for ops commands and tests, each on a throwaway channel
(a passive declare of a missing queue closes its channel, which must not be one the bus relies on).

A look takes messages without acking them, and closing the channel hands them back; a quorum queue applies
that return a moment after the channel has closed, so a command run at once (a replay after a look, a count)
would not see them yet. A look therefore waits, before it returns, until the queue counts its messages
again (``until_counted``)."""
from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

from aio_pika.abc import AbstractConnection, AbstractQueue
from aio_pika.exceptions import ChannelNotFoundEntity
from pydantic import ValidationError

from shared.envelope import Envelope


async def queue_stats(connection: AbstractConnection, queue: str) -> dict[str, int]:
    async with connection.channel() as channel:
        try:
            declared = await channel.declare_queue(queue, passive=True)
        except ChannelNotFoundEntity:
            return {"messages": 0, "consumers": 0}
        result = declared.declaration_result
        return {"messages": result.message_count or 0, "consumers": result.consumer_count or 0}


async def until_counted(connection: AbstractConnection, queue: str, at_least: int, timeout: float = 5.0) -> bool:
    """Wait until ``queue`` counts ``at_least`` ready messages (messages handed back are counted again);
    False when ``timeout`` passed first (something else took them: the caller's answer stands either way)."""
    deadline = time.monotonic() + timeout
    while (await queue_stats(connection, queue))["messages"] < at_least:
        if time.monotonic() >= deadline:
            return False
        await asyncio.sleep(0.01)
    return True


@dataclass
class Look:
    queue: AbstractQueue | None  # None: there is no such queue
    taken: int = 0  # messages the looker acked: gone from the queue for good


@asynccontextmanager
async def look_at(connection: AbstractConnection, queue: str) -> AsyncIterator[Look]:
    """``queue`` on a throwaway channel. What is fetched and not acked goes back when the channel closes, and
    this returns once the queue counts it again (set ``taken`` to what was acked)."""
    async with connection.channel() as channel:
        try:
            look = Look(await channel.declare_queue(queue, passive=True))
        except ChannelNotFoundEntity:
            look = Look(None)
        ready = 0 if look.queue is None else look.queue.declaration_result.message_count or 0
        yield look
    if look.queue is not None:
        await until_counted(connection, queue, ready - look.taken)


async def dead_letters(connection: AbstractConnection, queue: str, limit: int) -> list[Envelope]:
    """Up to ``limit`` envelopes from ``queue``, left in place (see ``look_at``)."""
    found: list[Envelope] = []
    async with look_at(connection, queue) as look:
        while look.queue is not None and len(found) < limit:
            message = await look.queue.get(no_ack=False, fail=False)
            if message is None:
                break
            try:
                found.append(Envelope.from_bytes(message.body))
            except ValidationError:
                continue
    return found
