"""What handler code is given: the store, the clock, the texts, and ways to speak.

Inside a message (``Context``) nothing is published directly: ``publish``/``reply``/``notify`` only
buffer envelopes whose ids derive from the envelope being handled, and the runtime publishes them after
recording them in the inbox. That is what makes a redelivered message produce the same replies with the
same ids. These calls are synchronous (no ``await``): they return the buffered envelope.

Outside a message (``ServiceContext``: back-office routes, ``on_start``) there is nothing to derive from,
so ``publish``/``notify`` send at once with fresh ids, or with an id the caller derives itself.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from pydantic import BaseModel

from gateway.outbound import ReadReceipt
from shared.bus import Bus
from shared.chat import Document, Inbound
from shared.envelope import Envelope, derive_id, new_id
from shared.logging import get_logger
from shared.metrics import Metrics
from shared.runtime.chats import Chats
from shared.runtime.speaking import (
    OUTBOUND,
    SESSION_CLAIMED,
    SESSION_HOME,
    SESSION_RELEASED,
    SESSION_SETTLED,
    Message,
    as_payload,
    claim,
    mandatory,
    marks_read,
    outbound_payload,
    to_be_read,
)
from shared.runtime.spec import SESSION_LEFT as SESSION_LEFT  # services import it from here
from shared.settings import Settings
from shared.store import Store
from shared.texts import LANGS, Catalog

__all__ = [  # gateway and services import ``speaking``'s names from here, where they were first
    "OUTBOUND", "SESSION_CLAIMED", "SESSION_HOME", "SESSION_LEFT", "SESSION_RELEASED", "SESSION_SETTLED", "Clock",
    "Context", "Message",
    "ServiceContext", "claim", "mandatory", "outbound_payload",
]

Clock = Callable[[], datetime]


class ServiceContext:
    def __init__(self, service: str, *, store: Store, bus: Bus, texts: Catalog | None, clock: Clock,
                 metrics: Metrics | None = None, settings: Settings | None = None):
        self.service = service
        self.store = store
        self.texts = texts
        self.settings = settings  # the process's (``panchayat run``'s points the Cloud API at its simulator)
        self.log = get_logger(service).bind(service=service)
        self._bus = bus
        self._clock = clock
        self._metrics = metrics

    def now(self) -> datetime:
        return self._clock()

    async def publish(self, type: str, payload: Mapping[str, Any] | BaseModel, *, version: int = 1,
                      id: str | None = None, correlation_id: str = "") -> Envelope:
        envelope = Envelope(id=id or new_id(), type=type, version=version, payload=as_payload(payload),
                            source=self.service, correlation_id=correlation_id, occurred_at=self.now())
        await self._bus.publish(envelope, mandatory=mandatory(envelope))
        if self._metrics is not None:
            self._metrics.published.labels(service=self.service, type=type).inc()
        return envelope

    async def dead_letter(self, envelope: Envelope, error: str) -> None:
        """Into this service's dead-letter queue, announced, for ``panchayat dlq replay`` (``Bus.dead_letter``)."""
        await self._bus.dead_letter(self.service, envelope, error)

    async def defer(self, envelope: Envelope, delay: float) -> None:
        """Back into this service's queue after ``delay`` seconds (``Bus.defer``)."""
        await self._bus.defer(self.service, envelope, delay)

    async def lang_for(self, wa_id: str, fallback: str) -> str:
        """The language to start a message to ``wa_id`` in: the one they last wrote to this service in or
        chose at the menu since, else ``fallback`` (the language a record was made in)."""
        lang = await Chats(self.store).lang_of(wa_id)
        return lang if lang in LANGS else fallback

    async def notify(self, to: str, message: Message, *, template: Message | None = None,
                     document: Document | None = None, id: str | None = None) -> Envelope:
        payload = outbound_payload(self.service, to, message, template=template, document=document,
                                   notification=True, session=True)
        envelope = await self.publish(OUTBOUND, payload, id=id)
        await self.publish(SESSION_CLAIMED, claim(self.service, to), id=derive_id(envelope.id, SESSION_CLAIMED))
        return envelope


class Context:
    def __init__(self, envelope: Envelope, service: ServiceContext):
        self.envelope = envelope
        self.store = service.store
        self.texts = service.texts
        self.log = service.log.bind(type=envelope.type)
        self.outputs: list[Envelope] = []
        self._service = service

    def now(self) -> datetime:
        return self._service.now()

    def publish(self, type: str, payload: Mapping[str, Any] | BaseModel, *, version: int = 1) -> Envelope:
        envelope = self.envelope.caused(type, as_payload(payload), source=self._service.service,
                                        n=len(self.outputs), version=version)
        self.outputs.append(envelope)
        return envelope

    async def dead_letter(self, envelope: Envelope, error: str) -> None:
        """Put a message this service had finished with in its dead-letter queue at once (not buffered: the
        handler records that it did, so a redelivery does not do it twice)."""
        await self._service.dead_letter(envelope, error)

    async def defer(self, envelope: Envelope, delay: float) -> None:
        """Handle a message this service had finished with again after ``delay`` seconds (not buffered, as
        ``dead_letter``)."""
        await self._service.defer(envelope, delay)

    def reply(self, inbound: Inbound, message: Message, *, template: Message | None = None,
              document: Document | None = None, session: bool = True) -> Envelope:
        """Answer the person who wrote; ``session=False`` keeps their free text going to whoever had it.
        The first answer to a message marks it read (``Outbound.read``)."""
        return self.publish(OUTBOUND, outbound_payload(
            self._service.service, inbound.wa_id, message, template=template, document=document,
            notification=False, session=session, read=self._first_answer(inbound)))

    def release(self, inbound: Inbound) -> Envelope:
        """This service has nothing for the person (payroll, to a number that is no employee's): the gateway
        ends their session with it, so what they type next reaches the main menu instead of this service's
        refusal again. A session the person has since begun with another service is left alone."""
        return self.publish(SESSION_RELEASED, claim(self._service.service, inbound.wa_id))

    def settled(self, inbound: Inbound, *, settled: bool = True) -> Envelope:
        """Whether anything the person was doing here is in progress after this message changed (``resume.tell``
        says it only when it changed): with nothing (a complaint looked at, no booking half made), the main menu
        they go to next does not say something of theirs is kept here to carry on; with something again, it
        does."""
        return self.publish(SESSION_SETTLED, {**claim(self._service.service, inbound.wa_id), "settled": settled})

    def at_home(self, inbound: Inbound) -> Envelope | None:
        """This answer to ``inbound`` is the service's own menu: the gateway takes "back" next as the main menu, one
        level up. Not said after a tap of that menu, which the gateway read as such already (``opens_menu``)."""
        if inbound.opens_menu or inbound.kind == "start":
            return None
        return self.publish(SESSION_HOME, claim(self._service.service, inbound.wa_id))

    def mark_read(self, inbound: Inbound) -> None:
        """Blue ticks for a message this handler answered with nothing (the runtime's last word on it)."""
        wamid = self._first_answer(inbound)
        if wamid is not None:
            self.publish(OUTBOUND, outbound_payload(self._service.service, inbound.wa_id, ReadReceipt(message_id=wamid),
                                                    template=None, document=None, notification=False,
                                                    session=False))

    def _first_answer(self, inbound: Inbound) -> str | None:
        """The wamid to mark read with the next answer, unless an answer already marks it (replayed
        outputs included, which were buffered without ``reply``)."""
        wamid = to_be_read(inbound)
        if wamid is None or any(marks_read(o, wamid) for o in self.outputs):
            return None
        return wamid

    def notify(self, to: str, message: Message, *, template: Message | None = None,
               document: Document | None = None) -> Envelope:
        """A business-initiated message (someone else's status changed): dropped for people who sent STOP.
        The person's free-text answer should reach this service, so the gateway is told it spoke last."""
        envelope = self.publish(OUTBOUND, outbound_payload(
            self._service.service, to, message, template=template, document=document,
            notification=True, session=True))
        self.publish(SESSION_CLAIMED, claim(self._service.service, to))
        return envelope
