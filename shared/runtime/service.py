"""One service consuming its queue: subscription, start and stop, announcements, and each envelope's way.

The menu's request is answered with an announcement, a dead letter counted and its person told (``ops``);
a person's messages, and what the gateway says about them (``persons``), are taken in that person's turn;
all else, and all of those but a chosen language, goes through the inbox (``delivery``). Outputs are
published here, in order.
"""
from __future__ import annotations

import asyncio
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext

import structlog
from aiohttp import web

from shared.bus import DEAD_EVENT, Bus, RetryPolicy, Subscription
from shared.chat import LANG_CHOSEN, NUMBER_CHANGED
from shared.envelope import Envelope, utcnow
from shared.logging import bind_message, get_logger
from shared.metrics import Metrics
from shared.retention import INBOX, sweep_forever
from shared.runtime.backoffice import build_backoffice
from shared.runtime.context import Clock, ServiceContext
from shared.runtime.delivery import Delivery
from shared.runtime.ops import ANNOUNCED, MENU_REQUESTED, dead
from shared.runtime.persons import lang_chosen, left
from shared.runtime.probes import unreachable
from shared.runtime.speaking import mandatory
from shared.runtime.spec import ServiceSpec
from shared.runtime.turns import InTurn
from shared.runtime.unanswered import KEPT as UNANSWERED
from shared.runtime.unanswered import Unanswered, from_person
from shared.settings import Settings
from shared.store import Store

__all__ = ["ANNOUNCED", "MENU_REQUESTED", "ServiceRuntime"]  # ``shared.runtime`` imports the ops names from here

log = get_logger(__name__)


class ServiceRuntime:
    def __init__(self, spec: ServiceSpec, *, bus: Bus, store: Store, settings: Settings,
                 clock: Clock = utcnow, metrics: Metrics | None = None):
        self.spec, self.bus, self.store, self.settings = spec, bus, store, settings
        self.metrics = metrics or Metrics.for_registry()
        self.context = ServiceContext(spec.name, store=store, bus=bus, texts=spec.texts, clock=clock,
                                      metrics=self.metrics, settings=settings)
        self._unanswered = Unanswered(store)
        self._delivery = Delivery(spec, self.context, metrics=self.metrics, unanswered=self._unanswered)
        self._in_turn = InTurn()
        self._started = False
        self._tasks: list[asyncio.Task[None]] = []
        self._inflight = 0
        self._idle = asyncio.Event()
        self._idle.set()

    @property
    def name(self) -> str:
        return self.spec.name

    def subscription(self) -> Subscription:
        chatting = (LANG_CHOSEN,) if self.spec.menu is not None else ()  # a service people talk to
        keeps = (NUMBER_CHANGED,) if chatting or self.spec.on_number_changed else ()  # records under numbers
        keys = (*self.spec.bindings, MENU_REQUESTED, DEAD_EVENT, *chatting, *keeps)
        return Subscription(queue=self.name, keys=keys, handler=self.consume,
                            prefetch=max(self.spec.min_prefetch, self.settings.PANCHAYAT_PREFETCH),
                            retry=RetryPolicy(self.settings.retry_delays))

    async def start(self) -> None:
        """Indexes, then ``on_start`` (demo data is in place before the first message), then consume."""
        kept = (INBOX, UNANSWERED, *self.spec.retention)
        await self.store.start((*self.spec.indexes, *(keep.index for keep in kept)))
        if self.spec.on_start is not None:
            await self.spec.on_start(self.context)
        await self.bus.subscribe(self.subscription())
        self._started = True
        self._tasks = [asyncio.create_task(task(self.context), name=f"{self.name}-task-{i}")
                       for i, task in enumerate(self.spec.tasks)]
        self._tasks.append(asyncio.create_task(sweep_forever(self.store, kept, self.context.now),
                                               name=f"{self.name}-retention"))
        await self.announce()
        log.info("service.started", service=self.name)

    async def stop(self, timeout: float = 10.0) -> None:
        """Wait (bounded) for handlers in flight, then close the store. The bus is closed by its owner
        first, since one bus may carry several services."""
        self._started = False
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks = []
        try:
            await asyncio.wait_for(self._idle.wait(), timeout)
        except TimeoutError:
            log.warning("service.stop_timeout", service=self.name, inflight=self._inflight)
        await self.store.close()

    def live(self) -> bool:
        return self._started and self.bus.consuming()

    async def readiness(self) -> list[str]:
        return await unreachable(self.name, bus=self.bus, store=self.store)

    async def ready(self) -> bool:
        return not await self.readiness()

    def backoffice_app(self) -> web.Application:
        return build_backoffice(self.context, self.spec.routes)

    async def announce(self, cause: Envelope | None = None) -> None:
        payload = {"service": self.name, "version": self.spec.version,
                   "menu": self.spec.menu.as_payload() if self.spec.menu else None}
        if cause is None:
            await self.context.publish(ANNOUNCED, payload)
        else:
            await self.bus.publish(cause.caused(ANNOUNCED, payload, source=self.name), mandatory=False)

    async def consume(self, envelope: Envelope) -> None:
        """The bus's handler. Ops events are answered here; everything else goes through the inbox."""
        with _bound(envelope):
            self._inflight += 1
            self._idle.clear()
            try:
                if envelope.type == MENU_REQUESTED:
                    await self.announce(cause=envelope)
                elif envelope.type == DEAD_EVENT:
                    await dead(envelope, service=self.name, bus=self.bus, metrics=self.metrics,
                               unanswered=self._unanswered)
                elif envelope.type in (LANG_CHOSEN, NUMBER_CHANGED) or from_person(envelope) or left(envelope):
                    await self._in_turn_handle(envelope)
                else:
                    await self._handle(envelope)
            finally:
                self._inflight -= 1
                if not self._inflight:
                    self._idle.set()

    async def _in_turn_handle(self, envelope: Envelope) -> None:
        """One person's messages handled one after another, in the order they came: the answer to a text
        sent while the voucher of the tap before it was being rendered reached the phone before the voucher,
        and two messages of one person at once only made their chat's save conflict and go round again. The
        language they chose at the menu, which the gateway sends just before a first-timer's first message,
        takes its turn too (it writes the same chat), and so does the main menu that ended their session here
        (``SESSION_LEFT``): the message after "menu" meets what its ending changed."""
        wa_id = envelope.payload.get("wa_id")
        ticket = self._in_turn.take(wa_id if isinstance(wa_id, str) else "")  # before any wait: arrival order
        try:
            await ticket.ready()
            await (lang_chosen(self.store, envelope, self.context.now) if envelope.type == LANG_CHOSEN
                   else self._handle(envelope))
        finally:
            ticket.release()

    async def _handle(self, envelope: Envelope) -> None:
        await self._delivery.handle(envelope, self._publish)

    async def _publish(self, outputs: Sequence[Envelope]) -> None:
        """In order, each confirmed before the next: a reply never overtakes the one before it."""
        for envelope in outputs:
            await self.bus.publish(envelope, mandatory=mandatory(envelope))
            self.metrics.published.labels(service=self.name, type=envelope.type).inc()


def _bound(envelope: Envelope) -> AbstractContextManager[None]:
    """The bus adapters bind the message's ids already; binding again would clear them for the bus's own
    log lines after the handler returns."""
    if structlog.contextvars.get_contextvars().get("envelope_id") == envelope.id:
        return nullcontext()
    return bind_message(envelope.correlation_id or envelope.id, envelope.id)
