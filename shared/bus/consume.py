"""What both adapters do around one delivery: bind the message's ids to the logs, run the handler, and
turn a failure into error text instead of an exception, so that a failing handler never stops a consumer.
"""
from __future__ import annotations

from shared.bus import DEAD_EVENT, Handler, Later
from shared.envelope import Envelope
from shared.logging import bind_message, get_logger, mask_text

log = get_logger(__name__)


async def handle_delivery(queue: str, handler: Handler, envelope: Envelope, attempt: int, *,
                          returns: int = 0, later_limit: int = 0) -> str | Later | None:
    """Run ``handler``; None when it succeeded, else the error text (already logged with its traceback).

    A handler that raised ``Later`` gets it back when the envelope has come back fewer than ``later_limit``
    times (``returns``) for that reason: the bus then holds it without counting an attempt. Past the limit
    its reason is an error like any other."""
    with bind_message(envelope.correlation_id or envelope.id, envelope.id):
        try:
            await handler(envelope)
        except Later as exc:
            if returns < later_limit:
                log.info("bus.later", queue=queue, type=envelope.type, returns=returns + 1, reason=str(exc))
                return exc
            log.warning("bus.later_limit", queue=queue, type=envelope.type, attempt=attempt, returns=returns)
            return f"Later, after {returns} returns already: {exc}"
        except Exception as exc:
            log.warning("bus.handler_failed", queue=queue, type=envelope.type, attempt=attempt, exc_info=True)
            return f"{type(exc).__name__}: {exc}"
    return None


def dead_event(queue: str, envelope: Envelope, error: str, attempts: int) -> Envelope:
    """The ``ops.message.dead`` event for an envelope that exhausted its retries, caused by it.

    It names the message but does not copy its payload: an ops event is read more widely than the
    service's dead-letter queue, and a payload can hold a person's number. For the same reason the error is
    masked as a log line is: a validation error quotes the input, which can be a name or a complaint's words.
    ``panchayat dlq show`` reads the message itself from ``<queue>.dead``."""
    head = envelope.model_dump(mode="json",
                               include={"id", "type", "version", "source", "correlation_id", "occurred_at"})
    payload = {"queue": queue, "envelope": head, "error": mask_text(error), "attempts": attempts}
    return envelope.caused(DEAD_EVENT, payload, source="bus")
