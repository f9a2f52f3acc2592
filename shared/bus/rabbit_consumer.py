"""One subscription on RabbitMQ: its own channel and prefetch, an ack only after the handler succeeded.

A failed message is copied (body and headers, ``x-death`` included) into the wait queue for its attempt
and the original acked; the wait queue's TTL sends it back, and the broker's ``x-death`` count tells the
next attempt number. After the last attempt the message goes to ``<queue>.dead`` and ``ops.message.dead``
is published. A message whose handler said ``Later`` goes to the later queue instead, whose trips count no
attempt. If any of that cannot be confirmed the original is not acked, so the broker redelivers it.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import TYPE_CHECKING

import aio_pika
from aio_pika.abc import (
    AbstractIncomingMessage,
    AbstractQueue,
    AbstractRobustChannel,
    AbstractRobustConnection,
)
from pydantic import ValidationError

from shared.bus import BusError, Later, Subscription
from shared.bus.consume import handle_delivery
from shared.bus.topology import (
    bind_queue,
    dead_queue,
    later_queue,
    retries_so_far,
    returns_so_far,
    retry_arguments,
    retry_queue,
)
from shared.envelope import Envelope
from shared.logging import get_logger

if TYPE_CHECKING:
    from shared.bus.rabbit import RabbitBus

log = get_logger(__name__)
FAILURES = (aio_pika.exceptions.AMQPError, OSError, RuntimeError, TimeoutError)  # what a broker call may raise

ERROR_HEADER = "x-panchayat-error"  # on a dead letter: why its last attempt failed (for `panchayat dlq show`)
ATTEMPTS_HEADER = "x-panchayat-attempts"


def copy_of(message: AbstractIncomingMessage) -> aio_pika.Message:
    return aio_pika.Message(
        message.body, headers=dict(message.headers), delivery_mode=aio_pika.DeliveryMode.PERSISTENT,
        message_id=message.message_id, type=message.type, correlation_id=message.correlation_id,
        content_type=message.content_type)


async def declare_later(channel: AbstractRobustChannel, queue: str, delay: float) -> str:
    """``<queue>.later.<ms>``, declared (declaring an existing queue changes nothing); returns its name."""
    name = later_queue(queue, delay)
    try:
        # not robust: the channel would keep every declaration to repeat it after a reconnect
        await channel.declare_queue(name, durable=True, arguments=retry_arguments(queue, delay), robust=False)
    except FAILURES as exc:
        raise BusError(f"cannot declare {name}: {exc!r}") from exc
    return name


class QueueConsumer:
    def __init__(self, bus: RabbitBus, subscription: Subscription, inflight: set[asyncio.Task[None]]):
        self.bus = bus
        self.sub = subscription
        self.inflight = inflight
        self.channel: AbstractRobustChannel | None = None
        self.queue: AbstractQueue | None = None
        self.waits: list[AbstractQueue] = []
        self.tag: str | None = None

    async def start(self, connection: AbstractRobustConnection) -> None:
        channel = self.channel = await connection.channel()  # type: ignore[assignment]
        await channel.set_qos(prefetch_count=max(1, self.sub.prefetch))
        self.queue = await bind_queue(channel, self.sub.queue, self.sub.keys)
        for delay in sorted(set(self.sub.retry.delays)):
            self.waits.append(await channel.declare_queue(
                retry_queue(self.sub.queue, delay), durable=True, arguments=retry_arguments(self.sub.queue, delay)))
        self.tag = await self.queue.consume(self.on_message)

    def live(self) -> bool:
        channel = self.channel
        if channel is None or channel.is_closed or self.tag is None:
            return False
        underlay = getattr(channel, "_channel", None)  # aio-pika's current aiormq channel; no public sync accessor
        return underlay is not None and self.tag in underlay.channel.consumers

    async def cancel(self) -> None:
        if self.queue is None or self.tag is None:
            return
        try:
            await asyncio.wait_for(self.queue.cancel(self.tag), 5)
        except FAILURES as exc:
            log.warning("bus.cancel_failed", queue=self.sub.queue, error=repr(exc))
        self.tag = None

    async def close(self) -> None:
        """Stop for good: cancel, then close the channel, so that a reconnect does not restore it (a robust
        channel declares its queues again when it is restored)."""
        await self.cancel()
        channel, self.channel = self.channel, None
        if channel is not None and not channel.is_closed:
            try:
                await asyncio.wait_for(channel.close(), 5)
            except FAILURES as exc:
                log.warning("bus.channel_close_failed", queue=self.sub.queue, error=repr(exc))

    async def on_message(self, message: AbstractIncomingMessage) -> None:
        task = asyncio.current_task()
        if task is not None:
            self.inflight.add(task)  # type: ignore[arg-type]
        try:
            await self._process(message)
        except BusError as exc:
            log.error("bus.settle_failed", queue=self.sub.queue, message_id=message.message_id, error=str(exc))
            await self._settle(message.nack(requeue=True))
        finally:
            if task is not None:
                self.inflight.discard(task)  # type: ignore[arg-type]

    async def _process(self, message: AbstractIncomingMessage) -> None:
        queue = self.sub.queue
        try:
            envelope = Envelope.from_bytes(message.body)
        except ValidationError as exc:
            log.error("bus.malformed_message", queue=queue, message_id=message.message_id, error=str(exc))
            await self.bus.send_to_queue(dead_queue(queue), copy_of(message))
            await self._settle(message.ack())
            return
        attempt, policy = 1 + retries_so_far(message.headers, queue), self.sub.retry
        error = await handle_delivery(queue, self.sub.handler, envelope, attempt,
                                      returns=returns_so_far(message.headers, queue), later_limit=policy.later_limit)
        if isinstance(error, Later):
            await self.bus.send_to_queue(await self._later_queue(), copy_of(message))
        elif error is not None:
            delays = policy.delays
            if attempt <= len(delays):
                await self.bus.send_to_queue(retry_queue(queue, delays[attempt - 1]), copy_of(message))
            else:
                await self.bus.bury(queue, copy_of(message), envelope, error, attempt)
        await self._settle(message.ack())

    async def _later_queue(self) -> str:
        """The later queue, declared when it is used (declaring an existing queue changes nothing): it is the
        rare path, most queues never need one, and a quorum queue is a process of its own on the broker."""
        if self.channel is None:
            raise BusError(f"{self.sub.queue}: the consumer is closed")
        return await declare_later(self.channel, self.sub.queue, self.sub.retry.later)

    async def _settle(self, settling: Awaitable[None]) -> None:
        """Ack or nack; on a channel that died meanwhile the broker redelivers, which idempotency absorbs."""
        try:
            await settling
        except (aio_pika.exceptions.AMQPError, OSError, RuntimeError) as exc:
            log.warning("bus.settle_lost", queue=self.sub.queue, error=repr(exc))
