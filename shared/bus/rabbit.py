"""The RabbitMQ bus (aio-pika): publisher confirms, durable quorum queues, broker-counted retries.

One robust connection. Publishing goes through one channel with publisher confirms and returns raised,
so ``publish`` returns only once the broker has the message, raises ``Unroutable`` when a mandatory
message matched no queue and ``BusError`` on a nack, a lost connection or a confirm slower than
``publish_timeout`` (the gateway answers 503 then, and the Cloud API retries). Each subscription gets
its own channel and prefetch (``rabbit_consumer``). Every queue, binding and consumer object is held
here, because a robust connection restores only what is still referenced after a reconnect.
"""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

import aio_pika
from aio_pika.abc import (
    AbstractExchange,
    AbstractQueue,
    AbstractRobustChannel,
    AbstractRobustConnection,
)
from aio_pika.exceptions import DeliveryError, PublishError

from shared.bus import EXCHANGE, BusError, RetryPolicy, Subscription, Unroutable
from shared.bus.consume import dead_event
from shared.bus.rabbit_consumer import ATTEMPTS_HEADER, ERROR_HEADER, FAILURES, QueueConsumer, declare_later
from shared.bus.rabbit_inspect import dead_letters, queue_stats
from shared.bus.topology import bind_queue, dead_queue, delete_queue
from shared.envelope import Envelope
from shared.logging import get_logger

log = get_logger(__name__)


def to_message(envelope: Envelope) -> aio_pika.Message:
    return aio_pika.Message(
        envelope.to_bytes(), delivery_mode=aio_pika.DeliveryMode.PERSISTENT, message_id=envelope.id,
        type=envelope.type, correlation_id=envelope.correlation_id or None, content_type="application/json")


def _hint(url: str, exc: BaseException) -> str:
    """The broker closes a connection it will not open (a vhost that does not exist, or one the user may not
    use) with a reason aiormq does not keep: it reports only a frame it did not expect."""
    if "Connection.Close" not in str(exc):
        return ""
    parts = urlsplit(url)
    vhost = unquote(parts.path[1:]) if len(parts.path) > 1 else "/"
    return f"; the broker refused to open vhost {vhost!r} for user {unquote(parts.username or 'guest')!r}: " \
           "does the vhost exist, and may the user use it?"


class RabbitBus:
    def __init__(self, url: str, *, publish_timeout: float = 5.0, connect_timeout: float = 5.0,
                 reconnect_interval: float = 1.0):
        self._url = url
        self._reconnect_interval = reconnect_interval
        self._publish_timeout = publish_timeout
        self._connect_timeout = connect_timeout
        self._connection: AbstractRobustConnection | None = None
        self._channel: AbstractRobustChannel | None = None
        self._exchange: AbstractExchange | None = None
        self._declared: dict[str, AbstractQueue] = {}
        self._consumers: list[QueueConsumer] = []
        self._inflight: set[asyncio.Task[None]] = set()
        self._closing = False

    async def start(self) -> None:
        self._closing = False
        try:
            self._connection = await aio_pika.connect_robust(
                self._url, timeout=self._connect_timeout, reconnect_interval=self._reconnect_interval)
            self._channel = await self._connection.channel(publisher_confirms=True, on_return_raises=True)
            self._exchange = await self._channel.declare_exchange(EXCHANGE, aio_pika.ExchangeType.TOPIC,
                                                                  durable=True)
        except FAILURES as exc:
            await self._disconnect()
            raise BusError(f"cannot reach RabbitMQ: {exc!r}{_hint(self._url, exc)}") from exc
        log.info("bus.connected", exchange=EXCHANGE)

    async def publish(self, envelope: Envelope, *, mandatory: bool = True) -> None:
        if self._exchange is None:
            raise BusError("bus is not connected")
        await self.send(self._exchange, envelope.type, to_message(envelope), mandatory=mandatory)

    async def send_to_queue(self, queue: str, message: aio_pika.Message) -> None:
        """Put a message straight into a queue (wait and dead queues), confirmed."""
        if self._channel is None:
            raise BusError("bus is not connected")
        await self.send(self._channel.default_exchange, queue, message, mandatory=True)

    async def dead_letter(self, queue: str, envelope: Envelope, error: str) -> None:
        await self.bury(queue, to_message(envelope), envelope, error, 1)

    async def bury(self, queue: str, message: aio_pika.Message, envelope: Envelope, error: str, attempts: int) -> None:
        """``message`` into ``<queue>.dead``, with why its last attempt failed, and ``ops.message.dead`` published."""
        message.headers.update({ERROR_HEADER: error[:1000], ATTEMPTS_HEADER: attempts})
        await self.send_to_queue(dead_queue(queue), message)
        log.error("bus.dead_lettered", queue=queue, attempts=attempts, type=envelope.type, envelope_id=envelope.id)
        await self.publish(dead_event(queue, envelope, error, attempts), mandatory=False)

    async def defer(self, queue: str, envelope: Envelope, delay: float) -> None:
        """Through the wait queue ``<queue>.later.<ms>``, declared when used (the rare path), whose trips count no
        attempt."""
        await self.send_to_queue(await declare_later(self._require_channel(), queue, delay), to_message(envelope))

    async def send(self, exchange: AbstractExchange, key: str, message: aio_pika.Message, *,
                   mandatory: bool) -> None:
        try:
            async with asyncio.timeout(self._publish_timeout):
                await exchange.publish(message, key, mandatory=mandatory)
        except PublishError as exc:
            raise Unroutable(f"no queue is bound to {key}") from exc
        except DeliveryError as exc:
            raise BusError(f"the broker refused {key}") from exc
        except FAILURES as exc:
            raise BusError(f"cannot publish {key}: {exc!r}") from exc

    async def declare(self, queue: str, keys: Sequence[str]) -> None:
        channel = self._require_channel()
        try:
            self._declared[queue] = await bind_queue(channel, queue, keys)
        except FAILURES as exc:
            raise BusError(f"cannot declare {queue}: {exc!r}") from exc

    async def subscribe(self, subscription: Subscription) -> None:
        connection = self._connection
        if connection is None or self._closing:
            raise BusError("bus is not connected")
        consumer = QueueConsumer(self, subscription, self._inflight)
        try:
            await consumer.start(connection)
        except FAILURES as exc:
            raise BusError(f"cannot consume {subscription.queue}: {exc!r}") from exc
        self._consumers.append(consumer)

    async def ping(self) -> bool:
        connection = self._connection
        return bool(connection and not connection.is_closed and connection.connected.is_set())

    def consuming(self) -> bool:
        """Liveness: every consumer attached. While the broker is out of reach the robust connection is
        reconnecting and will restore them — that is readiness's concern (``ping``), and a restart would
        not bring the broker back — so only a connected bus with a consumer missing counts as stopped."""
        connection = self._connection
        if self._closing or connection is None:
            return False
        if not connection.connected.is_set():
            return True
        return all(c.live() for c in self._consumers)

    async def queue_stats(self, queue: str) -> dict[str, int]:
        """Messages ready and consumers attached (zeros when the queue does not exist)."""
        return await queue_stats(self._require_connection(), queue)

    async def dead_letters(self, queue: str, limit: int = 100) -> list[Envelope]:
        """A look at ``<queue>.dead`` without taking anything out of it."""
        return await dead_letters(self._require_connection(), dead_queue(queue), limit)

    async def delete_queue(self, queue: str, retry: RetryPolicy | None = None, attempts: int = 5) -> None:
        """Remove a queue with its dead and wait queues (tests and decommissioning; messages are lost).

        This bus's own consumers of it stop first, channels closed: a consumer the broker cancels by deleting
        its queue is restored by the robust channel, which declares the queue again — left behind, without a
        consumer, collecting every message bound to it. The deletions go through the publishing channel, which
        thereby forgets a queue ``declare`` made there. The broker may close the connection in the middle (a
        quorum queue's delete that times out on a loaded node closes it with INTERNAL_ERROR): the deletions
        start again once the robust connection is back (deleting a missing queue is no error)."""
        for consumer in [c for c in self._consumers if c.sub.queue == queue]:
            await consumer.close()
            self._consumers.remove(consumer)
        self._declared.pop(queue, None)
        connection, channel = self._require_connection(), self._require_channel()
        policy = retry or RetryPolicy()
        delays = (*policy.delays, policy.later)
        for attempt in range(1, attempts + 1):
            try:
                await asyncio.wait_for(connection.connected.wait(), self._connect_timeout)
                await delete_queue(channel, queue, delays)
                return
            except FAILURES as exc:
                if attempt == attempts:
                    raise BusError(f"cannot delete {queue}: {exc!r}") from exc
                log.warning("bus.delete_retried", queue=queue, attempt=attempt, error=repr(exc))
                await asyncio.sleep(self._reconnect_interval)

    async def close(self, timeout: float = 10.0) -> None:
        self._closing = True
        for consumer in self._consumers:
            await consumer.cancel()
        if self._inflight:
            await asyncio.wait(set(self._inflight), timeout=timeout)
        self._consumers.clear()
        await self._disconnect()

    async def _disconnect(self) -> None:
        connection, self._connection, self._channel, self._exchange = self._connection, None, None, None
        self._declared.clear()
        if connection is not None:
            try:
                await asyncio.wait_for(connection.close(), self._connect_timeout)
            except FAILURES as exc:
                log.warning("bus.close_failed", error=repr(exc))

    def _require_connection(self) -> AbstractRobustConnection:
        if self._connection is None:
            raise BusError("bus is not connected")
        return self._connection

    def _require_channel(self) -> AbstractRobustChannel:
        if self._channel is None:
            raise BusError("bus is not connected")
        return self._channel

