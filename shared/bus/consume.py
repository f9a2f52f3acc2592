"""What both adapters do around one delivery: bind the message's ids to the logs, run the handler, and
turn a failure into error text instead of an exception, so that a failing handler never stops a consumer.
"""
from __future__ import annotations

from shared.bus import DEAD_EVENT, Handler
from shared.envelope import Envelope
from shared.logging import bind_message, get_logger, mask_phone_text

log = get_logger(__name__)


async def handle_delivery(queue: str, handler: Handler, envelope: Envelope, attempt: int) -> str | None:
    """Run ``handler``; None when it succeeded, else the error text (already logged with its traceback)."""
    with bind_message(envelope.correlation_id or envelope.id, envelope.id):
        try:
            await handler(envelope)
        except Exception as exc:
            log.warning("bus.handler_failed", queue=queue, type=envelope.type, attempt=attempt, exc_info=True)
            return f"{type(exc).__name__}: {exc}"
    return None


def dead_event(queue: str, envelope: Envelope, error: str, attempts: int) -> Envelope:
    """The ``ops.message.dead`` event for an envelope that exhausted its retries, caused by it.

    It names the message but does not copy its payload: an ops event is read more widely than the
    service's dead-letter queue, and a payload can hold a person's number. ``panchayat dlq show`` reads
    the message itself from ``<queue>.dead``."""
    head = envelope.model_dump(mode="json", include={"id", "type", "version", "source", "correlation_id", "occurred_at"})
    payload = {"queue": queue, "envelope": head, "error": mask_phone_text(error), "attempts": attempts}
    return envelope.caused(DEAD_EVENT, payload, source="bus")
