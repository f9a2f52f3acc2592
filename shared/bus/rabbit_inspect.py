"""Small read-only looks at RabbitMQ queues for ops commands and tests, each on a throwaway channel
(a passive declare of a missing queue closes its channel, which must not be one the bus relies on)."""
from __future__ import annotations

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


async def dead_letters(connection: AbstractConnection, queue: str, limit: int) -> list[Envelope]:
    """Up to ``limit`` envelopes from ``queue``, left in place: nothing is acked, and closing the channel
    hands every fetched message back to the queue."""
    found: list[Envelope] = []
    async with connection.channel() as channel:
        try:
            declared = await channel.declare_queue(queue, passive=True)
        except ChannelNotFoundEntity:
            return found
        while len(found) < limit:
            message = await declared.get(no_ack=False, fail=False)
            if message is None:
                break
            try:
                found.append(Envelope.from_bytes(message.body))
            except ValidationError:
                continue
    return found
