"""The in-process bus: RabbitMQ's semantics inside one asyncio loop, for ``panchayat run`` and tests.

Queues are named and bound to topic keys; each envelope reaches every queue whose bindings match, once.
Several subscriptions on one queue are competing consumers: each is a task taking the next message when
it has fewer than ``prefetch`` in flight, so the work is shared round robin. A handler that raises is
redelivered after the policy's delays; after the last try the envelope lands in ``<queue>.dead`` and an
``ops.message.dead`` event is published. One that raises ``Later`` gets the envelope again after the policy's
``later`` delay, with its attempt number unchanged. Every delivery is a fresh copy parsed from the published bytes,
so a handler never shares mutable state with the publisher. Nothing survives the process: durability is
RabbitMQ's job.
"""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from functools import partial

from shared.bus import BusError, Later, Subscription, Unroutable, topic_matches
from shared.bus.consume import dead_event, handle_delivery
from shared.envelope import Envelope
from shared.logging import get_logger

log = get_logger(__name__)


class _Queue:
    def __init__(self, name: str):
        self.name = name
        self.keys: set[str] = set()
        self.ready: asyncio.Queue[tuple[bytes, int, int]] = asyncio.Queue()  # body, attempt, returns by ``Later``
        self.consumers: list[asyncio.Task[None]] = []
        self.dead: list[Envelope] = []


class InProcessBus:
    def __init__(self) -> None:
        self._queues: dict[str, _Queue] = {}
        self._routes: dict[str, list[_Queue]] = {}
        self._inflight: set[asyncio.Task[None]] = set()
        self._delayed: set[asyncio.TimerHandle] = set()
        self._changed = asyncio.Event()
        self._stopping = self._closed = False

    async def start(self) -> None:
        self._stopping = self._closed = False

    async def publish(self, envelope: Envelope, *, mandatory: bool = True) -> None:
        if self._closed:
            raise BusError("bus is closed")
        queues = self._routes.get(envelope.type)
        if queues is None:
            queues = self._routes[envelope.type] = [
                q for q in self._queues.values() if any(topic_matches(k, envelope.type) for k in q.keys)]
        if not queues:
            if mandatory:
                raise Unroutable(f"no queue is bound to {envelope.type}")
            log.debug("bus.dropped_unroutable", type=envelope.type, envelope_id=envelope.id)
            return
        raw = envelope.to_bytes()
        for queue in queues:
            queue.ready.put_nowait((raw, 1, 0))

    async def declare(self, queue: str, keys: Sequence[str]) -> None:
        q = self._queues.get(queue) or self._queues.setdefault(queue, _Queue(queue))
        if not set(keys) <= q.keys:
            q.keys.update(keys)
            self._routes.clear()

    async def subscribe(self, subscription: Subscription) -> None:
        if self._stopping or self._closed:
            raise BusError("bus is closed")
        await self.declare(subscription.queue, subscription.keys)
        queue = self._queues[subscription.queue]
        queue.consumers.append(asyncio.create_task(self._consume(queue, subscription)))

    async def _consume(self, queue: _Queue, sub: Subscription) -> None:
        slots = asyncio.Semaphore(max(1, sub.prefetch))
        while True:
            await slots.acquire()
            raw, attempt, returns = await queue.ready.get()
            task = asyncio.create_task(self._deliver(queue, sub, raw, attempt, returns))
            self._inflight.add(task)
            task.add_done_callback(partial(self._settled, slots))

    def _settled(self, slots: asyncio.Semaphore, task: asyncio.Task[None]) -> None:
        slots.release()
        self._inflight.discard(task)
        self._changed.set()

    async def _deliver(self, queue: _Queue, sub: Subscription, raw: bytes, attempt: int, returns: int) -> None:
        envelope = Envelope.from_bytes(raw)
        error = await handle_delivery(queue.name, sub.handler, envelope, attempt, returns=returns,
                                      later_limit=sub.retry.later_limit)
        if error is None:
            return
        if isinstance(error, Later):
            wait = sub.retry.later, (raw, attempt, returns + 1)
        elif attempt <= len(sub.retry.delays):
            wait = sub.retry.delays[attempt - 1], (raw, attempt + 1, returns)
        else:
            wait = None
        if wait is not None:
            if self._stopping:
                log.warning("bus.retry_dropped", queue=queue.name, reason="bus closing", envelope_id=envelope.id)
            else:
                self._later(wait[0], queue, wait[1])
            return
        try:
            await self._bury(queue, envelope, error, attempt)
        except BusError:
            log.warning("bus.dead_event_lost", queue=queue.name, reason="bus closed")

    async def dead_letter(self, queue: str, envelope: Envelope, error: str) -> None:
        q = self._queues.get(queue)
        if q is None:
            raise Unroutable(f"no queue {queue}")
        await self._bury(q, Envelope.from_bytes(envelope.to_bytes()), error, 1)

    async def _bury(self, queue: _Queue, envelope: Envelope, error: str, attempts: int) -> None:
        queue.dead.append(envelope)
        log.error("bus.dead_lettered", queue=queue.name, attempts=attempts, type=envelope.type, envelope_id=envelope.id)
        await self.publish(dead_event(queue.name, envelope, error, attempts), mandatory=False)

    async def defer(self, queue: str, envelope: Envelope, delay: float) -> None:
        q = self._queues.get(queue)
        if q is None:
            raise Unroutable(f"no queue {queue}")
        if self._closed:
            raise BusError("bus is closed")
        self._later(delay, q, (envelope.to_bytes(), 1, 0))

    def _later(self, delay: float, queue: _Queue, delivery: tuple[bytes, int, int]) -> None:
        def fire() -> None:
            self._delayed.discard(handle)
            queue.ready.put_nowait(delivery)
            self._changed.set()
        handle = asyncio.get_running_loop().call_later(delay, fire)
        self._delayed.add(handle)

    async def drain(self, *, include_delayed: bool = True) -> None:
        """Wait until every consumed queue is empty and no handler runs (and, by default, no retry waits).

        Queues nobody consumes are left out: nothing would ever empty them.
        """
        while not self._idle(include_delayed):
            self._changed.clear()
            await self._changed.wait()

    def _idle(self, include_delayed: bool) -> bool:
        busy = any(q.consumers and not q.ready.empty() for q in self._queues.values())
        return not busy and not self._inflight and not (include_delayed and self._delayed)

    async def dead_letters(self, queue: str, limit: int = 100) -> list[Envelope]:
        """The envelopes in ``<queue>.dead``, oldest first."""
        q = self._queues.get(queue)
        return list(q.dead[:limit]) if q else []

    async def queue_stats(self, queue: str) -> dict[str, int]:
        q = self._queues.get(queue)
        if q is None:
            return {"messages": 0, "consumers": 0}
        return {"messages": q.ready.qsize(), "consumers": len(q.consumers)}

    async def ping(self) -> bool:
        return not self._closed

    def consuming(self) -> bool:
        return not self._stopping and not any(t.done() for q in self._queues.values() for t in q.consumers)

    async def close(self, timeout: float = 10.0) -> None:
        """Stop taking messages, let running handlers finish (and publish) within ``timeout``, then refuse
        publishes. Messages still queued or waiting for a retry are lost, as the process ends anyway."""
        self._stopping = True
        consumers = [task for q in self._queues.values() for task in q.consumers]
        for task in consumers:
            task.cancel()
        await asyncio.gather(*consumers, return_exceptions=True)
        for handle in self._delayed:
            handle.cancel()
        self._delayed.clear()
        if self._inflight:
            _, late = await asyncio.wait(set(self._inflight), timeout=timeout)
            for task in late:
                task.cancel()
        for q in self._queues.values():
            q.consumers.clear()
        self._closed = True
        self._changed.set()

