"""Each delivery of a service's queue through its inbox: idempotent consumption.

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
(``Inbox.published``): a replay needs them only until then. The runtime does the publishing itself
(``ServiceRuntime._publish``, in order), handed to ``Delivery.handle``.
"""
from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Sequence
from functools import partial

from shared.chat import NUMBER_CHANGED, Inbound
from shared.envelope import Envelope
from shared.logging import get_logger
from shared.metrics import Metrics
from shared.runtime.chats import Chats
from shared.runtime.context import Context, ServiceContext
from shared.runtime.inbox import Inbox
from shared.runtime.persons import number_changed
from shared.runtime.spec import ServiceSpec
from shared.runtime.unanswered import INBOUND_PREFIX, Unanswered, from_person

log = get_logger(__name__)

Publish = Callable[[Sequence[Envelope]], Awaitable[None]]


class Unhandled(LookupError):
    """An envelope reached a service that has no handler for its type (a binding without a handler)."""


class Delivery:
    """One service's handlers run through its inbox; what they produced is published by ``publish``."""

    def __init__(self, spec: ServiceSpec, context: ServiceContext, *, metrics: Metrics, unanswered: Unanswered):
        self.spec, self.context, self.store, self.metrics = spec, context, context.store, metrics
        self._inbox = Inbox(context.store)
        self._unanswered = unanswered

    @property
    def name(self) -> str:
        return self.spec.name

    async def handle(self, envelope: Envelope, publish: Publish) -> None:
        own = self.spec.deduplicates_itself(envelope.type)
        replay = None if own else await self._inbox.recorded(envelope.id)
        if replay is not None:
            await publish(replay)
            await self._slim(envelope, replay)
            self._count(envelope, "duplicate")
            return
        handler = (partial(number_changed, self.spec, self.store) if envelope.type == NUMBER_CHANGED
                   else self.spec.handler_for(envelope.type))
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
        await publish(outputs)
        if not own:
            await self._slim(envelope, outputs)
        self._count(envelope, "ok")

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
