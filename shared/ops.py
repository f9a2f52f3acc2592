"""What ops teams run against RabbitMQ: ``panchayat status`` and ``panchayat dlq list|show|replay``.

Each role's queue ``Q`` has wait queues ``Q.retry.<ms>`` and ``Q.later.<ms>`` and a dead-letter queue
``Q.dead``. Status reads their counts with passive declares. Looking at dead letters takes them without
acking, so closing the channel hands every one back, and the look returns once the queue counts them again
(a quorum queue applies the return a moment later; a replay run at once would otherwise find none). Replay
moves a dead letter back to ``Q`` for a fresh set of tries: the copy (without its ``x-death`` history, so the
retry count starts again) is confirmed by the broker before the dead letter is acked, so a failure half-way
leaves it where it was — nothing is lost on the way.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from typing import Any

import aio_pika
from aio_pika.abc import AbstractIncomingMessage
from pydantic import ValidationError

from shared.bus import RetryPolicy
from shared.bus.rabbit import RabbitBus
from shared.bus.rabbit_consumer import ATTEMPTS_HEADER, ERROR_HEADER
from shared.bus.rabbit_inspect import Look, look_at
from shared.bus.topology import dead_queue, later_queue, retry_queue
from shared.envelope import Envelope

DROPPED_ON_REPLAY = ("x-death", "x-first-death-exchange", "x-first-death-queue", "x-first-death-reason",
                     "x-last-death-exchange", "x-last-death-queue", "x-last-death-reason",
                     ERROR_HEADER, ATTEMPTS_HEADER)


@dataclass(frozen=True)
class QueueStatus:
    queue: str
    ready: int
    consumers: int
    waiting: int
    dead: int


@dataclass(frozen=True)
class DeadLetter:
    id: str
    type: str
    occurred_at: str
    error: str
    attempts: int | None
    envelope: dict[str, Any] | None


async def status(bus: RabbitBus, queues: Sequence[str], delays: Sequence[float],
                 deferred: Mapping[str, Sequence[float]] | None = None) -> list[QueueStatus]:
    """``deferred``: per queue, the delays its role puts messages back for (``Bus.defer``), counted as waiting."""
    found = []
    for queue in queues:
        main = await bus.queue_stats(queue)
        later = sorted({RetryPolicy().later, *(deferred or {}).get(queue, ())})
        waits = [*(retry_queue(queue, d) for d in delays), *(later_queue(queue, d) for d in later)]
        waiting = [await bus.queue_stats(name) for name in waits]
        dead = await bus.queue_stats(dead_queue(queue))
        found.append(QueueStatus(queue, main["messages"], main["consumers"],
                                 sum(w["messages"] for w in waiting), dead["messages"]))
    return found


def _dead(bus: RabbitBus, queue: str) -> AbstractAsyncContextManager[Look]:
    return look_at(bus._require_connection(), dead_queue(queue))  # noqa: SLF001 - a throwaway channel


def _letter(message: AbstractIncomingMessage) -> DeadLetter:
    headers = message.headers or {}
    error = headers.get(ERROR_HEADER) or "not recorded (malformed message or an older dead letter)"
    attempts = headers.get(ATTEMPTS_HEADER)
    try:
        envelope = Envelope.from_bytes(message.body)
    except ValidationError:
        return DeadLetter(str(message.message_id or "?"), "(not an envelope)", "", str(error), None, None)
    return DeadLetter(envelope.id, envelope.type, envelope.occurred_at.isoformat(),
                      error.decode() if isinstance(error, bytes) else str(error),
                      int(attempts) if attempts is not None else None, envelope.model_dump(mode="json"))


async def dead_letters(bus: RabbitBus, queue: str, limit: int = 100) -> list[DeadLetter]:
    """Up to ``limit`` dead letters, oldest first, all left in place."""
    found: list[DeadLetter] = []
    async with _dead(bus, queue) as look:
        while look.queue is not None and len(found) < limit:
            message = await look.queue.get(no_ack=False, fail=False)
            if message is None:
                break
            found.append(_letter(message))
    return found


async def replay(bus: RabbitBus, queue: str, ids: set[str] | None = None) -> int:
    """Send dead letters (all, or those whose envelope id is in ``ids``) back to ``queue``; returns how many."""
    replayed = 0
    async with _dead(bus, queue) as look:
        dead = look.queue
        if dead is None:
            return 0
        for _ in range(dead.declaration_result.message_count or 0):  # each one once, even if it dies again
            message = await dead.get(no_ack=False, fail=False)
            if message is None:
                break
            if ids is not None and _letter(message).id not in ids:
                continue  # left unacked: handed back when the channel closes
            headers = {k: v for k, v in (message.headers or {}).items() if k not in DROPPED_ON_REPLAY}
            await bus.send_to_queue(queue, aio_pika.Message(
                message.body, headers=headers, delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
                message_id=message.message_id, type=message.type, correlation_id=message.correlation_id,
                content_type=message.content_type))
            await message.ack()
            replayed += 1
            look.taken = replayed
    return replayed
