"""One service consuming its queue: dispatch, idempotent consumption (the inbox), announcements.

Per delivery: if the inbox already holds the envelope id, publish the recorded outputs again (same ids)
and return; otherwise run the handler, record its buffered outputs in the inbox, publish them, return —
and only then does the bus ack. A handler that raises records nothing; the bus retries or dead-letters.

The window that remains: a handler's own writes land before the inbox record, so a crash between them
means the redelivery runs the handler again over state it already changed. Handlers close it by making
their writes repeatable: inserts use ids derived from the envelope (``shared.envelope.derive_id(
envelope.id, ...)``) so the second insert is a ``DuplicateKey`` to treat as done, and updates are
conditional (``expected_version``, or a state check such as "still open") so they apply once.
Outputs are buffered, so the repeat publishes nothing twice: it derives the same ids again.

A spec may name types whose handlers keep such a record themselves (``self_deduplicating``: the sender's
sent log holds each outbound's outcome and failure report); for those the inbox is skipped, a read and a
write less per message.

Once a delivery's outputs are confirmed, the inbox drops the document bytes (PDFs) they carry
(``Inbox.published``): a replay needs them only until then.
"""
from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from contextlib import AbstractContextManager, nullcontext

import structlog
from aiohttp import web

from shared.bus import DEAD_EVENT, Bus, RetryPolicy, Subscription
from shared.chat import LANG_CHOSEN, NUMBER_CHANGED, Inbound
from shared.envelope import Envelope, utcnow
from shared.logging import bind_message, get_logger
from shared.metrics import Metrics
from shared.retention import INBOX, sweep_forever
from shared.runtime.backoffice import build_backoffice
from shared.runtime.chats import Chats
from shared.runtime.context import SESSION_LEFT, Clock, Context, ServiceContext, mandatory
from shared.runtime.inbox import Inbox
from shared.runtime.probes import unreachable
from shared.runtime.spec import ServiceSpec
from shared.runtime.turns import InTurn
from shared.runtime.unanswered import INBOUND_PREFIX, Unanswered, from_person
from shared.runtime.unanswered import KEPT as UNANSWERED
from shared.settings import Settings
from shared.store import Store
from shared.texts import LANGS

log = get_logger(__name__)

ANNOUNCED = "ops.service.announced"
MENU_REQUESTED = "ops.menu.requested"


class Unhandled(LookupError):
    """An envelope reached a service that has no handler for its type (a binding without a handler)."""


class ServiceRuntime:
    def __init__(self, spec: ServiceSpec, *, bus: Bus, store: Store, settings: Settings,
                 clock: Clock = utcnow, metrics: Metrics | None = None):
        self.spec, self.bus, self.store, self.settings = spec, bus, store, settings
        self.metrics = metrics or Metrics.for_registry()
        self.context = ServiceContext(spec.name, store=store, bus=bus, texts=spec.texts, clock=clock,
                                      metrics=self.metrics, settings=settings)
        self._inbox = Inbox(store)
        self._unanswered = Unanswered(store)
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
                    await self._dead(envelope)
                elif envelope.type in (LANG_CHOSEN, NUMBER_CHANGED) or from_person(envelope) or _left(envelope):
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
            await (self._lang_chosen(envelope) if envelope.type == LANG_CHOSEN else self._handle(envelope))
        finally:
            ticket.release()

    async def _lang_chosen(self, envelope: Envelope) -> None:
        """Kept beside the person's chat (``ServiceContext.lang_for``); setting it twice changes nothing, so
        it needs no inbox. An older choice arriving late is not told apart: choices are rare and minutes
        apart, and the person's next message to the service sets the chat's language anyway."""
        wa_id, lang = envelope.payload.get("wa_id"), envelope.payload.get("lang")
        if not isinstance(wa_id, str) or not wa_id or lang not in LANGS:
            log.warning("runtime.bad_lang_choice")
            return
        await Chats(self.store).set_lang(wa_id, str(lang), self.context.now())

    async def _number_changed(self, envelope: Envelope, ctx: Context) -> None:
        """The person changed their number (``NUMBER_CHANGED``, after everything they sent from the old one):
        their chat here, then what the service keeps under their number, go to the new one. Through the inbox
        like a message, so what the service's own move announces goes once."""
        old, new = envelope.payload.get("wa_id"), envelope.payload.get("new_wa_id")
        if not isinstance(old, str) or not isinstance(new, str) or not old or not new or old == new:
            log.warning("runtime.bad_number_change")
            return
        await Chats(self.store).moved(old, new)
        if self.spec.on_number_changed is not None:
            await self.spec.on_number_changed(old, new, ctx)
        log.info("runtime.number_changed", service=self.name)

    async def _handle(self, envelope: Envelope) -> None:
        own = self.spec.deduplicates_itself(envelope.type)
        replay = None if own else await self._inbox.recorded(envelope.id)
        if replay is not None:
            await self._publish(replay)
            await self._slim(envelope, replay)
            self._count(envelope, "duplicate")
            return
        handler = self._number_changed if envelope.type == NUMBER_CHANGED else self.spec.handler_for(envelope.type)
        if handler is None:
            raise Unhandled(f"{self.name} has no handler for {envelope.type}")
        ctx = Context(envelope, self.context)
        began = time.perf_counter()
        try:
            await handler(envelope, ctx)
        except Exception:
            self._count(envelope, "error")  # the bus logs the failure with its traceback
            self.metrics.retries.labels(service=self.name).inc()
            if from_person(envelope):
                await self._unanswered.note(envelope, self.context.now().isoformat())
            raise
        finally:
            self.metrics.handler_seconds.labels(service=self.name, type=envelope.type).observe(
                time.perf_counter() - began)
        if envelope.type.startswith(INBOUND_PREFIX):
            ctx.mark_read(Inbound.model_construct(**envelope.payload))  # the handler validated it already
        outputs = ctx.outputs if own else await self._inbox.record(envelope, ctx.outputs, self.context.now())
        await self._publish(outputs)
        if not own:
            await self._slim(envelope, outputs)
        self._count(envelope, "ok")

    async def _publish(self, outputs: Sequence[Envelope]) -> None:
        """In order, each confirmed before the next: a reply never overtakes the one before it."""
        for envelope in outputs:
            await self.bus.publish(envelope, mandatory=mandatory(envelope))
            self.metrics.published.labels(service=self.name, type=envelope.type).inc()

    async def _slim(self, envelope: Envelope, outputs: Sequence[Envelope]) -> None:
        """Outputs confirmed: the inbox lets go of the documents they carry, and so does the person's chat,
        which kept them to publish them again until the inbox recorded them. A store that fails here costs
        only space (the month's sweep removes the record, the person's next message the chat's copy), so the
        message is not retried for it."""
        try:
            if await self._inbox.published(envelope.id, outputs) and isinstance(
                    wa_id := envelope.payload.get("wa_id"), str):
                await Chats(self.store).published(wa_id, envelope.id)
        except Exception:  # noqa: BLE001 - the outputs are out; the bytes wait for the sweep
            log.warning("inbox.slim_failed", exc_info=True)

    def _count(self, envelope: Envelope, outcome: str) -> None:
        self.metrics.handled.labels(service=self.name, type=envelope.type, outcome=outcome).inc()

    async def _dead(self, event: Envelope) -> None:
        """Every service queue hears every ``ops.message.dead`` (rare); each counts only its own, and
        copies of a service compete for the event, so each dead letter is counted once, and the person whose
        message it was is told once (``unanswered``)."""
        if event.payload.get("queue") != self.name:
            return
        self.metrics.dead_letters.labels(service=self.name).inc()
        apology = await self._unanswered.apology(event, self.name)
        if apology is not None:
            await self.bus.publish(apology, mandatory=False)
            log.info("runtime.unanswered_told", service=self.name)


def _left(envelope: Envelope) -> bool:
    """The main menu ended the person's session with this service (``SESSION_LEFT``)."""
    return envelope.type.startswith(f"{SESSION_LEFT}.") and isinstance(envelope.payload.get("wa_id"), str)


def _bound(envelope: Envelope) -> AbstractContextManager[None]:
    """The bus adapters bind the message's ids already; binding again would clear them for the bus's own
    log lines after the handler returns."""
    if structlog.contextvars.get_contextvars().get("envelope_id") == envelope.id:
        return nullcontext()
    return bind_message(envelope.correlation_id or envelope.id, envelope.id)
