"""The RabbitMQ objects behind one service queue, and how the broker counts its retries.

``Q`` is a durable quorum queue bound to the ``panchayat`` topic exchange. A failed message waits in
``Q.retry.<ms>``, a quorum queue whose queue-wide TTL is the retry delay and which dead-letters expired
messages back to ``Q`` through the default exchange (at least once, so the broker never drops a waiting
message). Each such trip adds to the broker's ``x-death`` count for that wait queue, which is how the
attempt number is known without any process remembering it. ``Q.later.<ms>`` is the same kind of wait
queue for an envelope whose handler asked to come back later (``Later``), or that a handler put back for later
(``Bus.defer``, one such queue per delay): its trips are counted apart, so they are no attempts. ``Q.dead`` keeps
what exhausted its retries.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from aio_pika.abc import AbstractChannel, AbstractQueue

from shared.bus import EXCHANGE

QUORUM: dict[str, Any] = {"x-queue-type": "quorum"}


def retry_queue(queue: str, delay: float) -> str:
    """Named by its delay, so changing a policy declares new wait queues instead of clashing with old ones."""
    return f"{queue}.retry.{delay_ms(delay)}"


def later_queue(queue: str, delay: float) -> str:
    return f"{queue}.later.{delay_ms(delay)}"


def dead_queue(queue: str) -> str:
    return f"{queue}.dead"


def delay_ms(delay: float) -> int:
    return max(0, round(delay * 1000))


def retry_arguments(queue: str, delay: float) -> dict[str, Any]:
    return {
        **QUORUM,
        "x-message-ttl": delay_ms(delay),
        "x-dead-letter-exchange": "",
        "x-dead-letter-routing-key": queue,
        "x-dead-letter-strategy": "at-least-once",
        "x-overflow": "reject-publish",
    }


def retries_so_far(headers: Mapping[str, Any] | None, queue: str) -> int:
    """How many times the broker has returned this message to ``queue`` from one of its retry queues."""
    return _returns(headers, f"{queue}.retry.")


def returns_so_far(headers: Mapping[str, Any] | None, queue: str) -> int:
    """How many times the broker has returned this message to ``queue`` after its handler said ``Later``."""
    return _returns(headers, f"{queue}.later.")


def _returns(headers: Mapping[str, Any] | None, prefix: str) -> int:
    total = 0
    for death in (headers or {}).get("x-death") or ():
        if not isinstance(death, Mapping):
            continue
        name, reason = _text(death.get("queue")), _text(death.get("reason"))
        if name.startswith(prefix) and reason == "expired":
            total += int(death.get("count") or 0)
    return total


def _text(value: Any) -> str:
    return value.decode() if isinstance(value, bytes) else str(value or "")


async def bind_queue(channel: AbstractChannel, queue: str, keys: Sequence[str]) -> AbstractQueue:
    """The durable quorum queue ``queue`` bound to ``keys``, and its dead-letter queue beside it."""
    declared = await channel.declare_queue(queue, durable=True, arguments=QUORUM)
    for key in keys:
        await declared.bind(EXCHANGE, key)
    await channel.declare_queue(dead_queue(queue), durable=True, arguments=QUORUM)
    return declared


def family(queue: str, delays: Sequence[float]) -> list[str]:
    """Every queue behind ``queue``: its wait queues (retry and later) for each of ``delays`` first (what waits
    there comes back to ``queue``), then ``queue`` and its dead queue."""
    waits = [wait(queue, delay) for delay in sorted(set(delays)) for wait in (retry_queue, later_queue)]
    return [*waits, queue, dead_queue(queue)]


async def delete_queue(channel: AbstractChannel, queue: str, delays: Sequence[float]) -> None:
    """Remove ``queue`` with its dead queue and its wait queues (``family``; missing ones are no error)."""
    for name in family(queue, delays):
        await channel.queue_delete(name)
