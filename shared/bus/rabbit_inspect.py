"""Small read-only looks at RabbitMQ queues for ops commands and tests, each on a throwaway channel
(a passive declare of a missing queue closes its channel, which must not be one the bus relies on).

A look takes messages without acking them, and closing the channel hands them back; a quorum queue applies
that return a moment after the channel has closed, so a command run at once (a replay after a look, a count)
would not see them yet. A look therefore waits, before it returns, until the queue counts its messages
again (``until_counted``)."""
from __future__ import annotations

import asyncio
import time

from aio_pika.abc import AbstractConnection
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


async def dead_letters(connection: AbstractConnection, queue: str, limit: int) -> list[Envelope]:
    """Up to ``limit`` envelopes from ``queue``, left in place: nothing is acked, closing the channel hands
    every fetched message back to the queue, and this returns once the queue counts them again."""
    found: list[Envelope] = []
    async with connection.channel() as channel:
        try:
            declared = await channel.declare_queue(queue, passive=True)
        except ChannelNotFoundEntity:
            return found
        ready = declared.declaration_result.message_count or 0
        while len(found) < limit:
            message = await declared.get(no_ack=False, fail=False)
            if message is None:
                break
            try:
                found.append(Envelope.from_bytes(message.body))
            except ValidationError:
                continue
    await until_counted(connection, queue, ready)
    return found
