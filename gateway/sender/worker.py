"""The sender's handlers: ``wa.outbound`` into the Cloud API, and the opt-out list kept beside it.

Reading order for one outbound: claim the envelope id in the sent log (a second delivery stops
here), drop a notification to someone who said STOP, deliver (``delivery.Delivery``), then record
what happened. A permanent failure becomes ``wa.delivery.failed`` for the service that spoke; a
transient one gives the claim back and raises, so the bus retries the envelope later.

The sender runs on ``ServiceRuntime`` like any service (queue ``sender``, inbox, probes, metrics);
the sent-log claim is its own guarantee on top, because a call to Meta cannot be rolled back.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from gateway.sender import metrics
from gateway.sender.client import ApiError
from gateway.sender.delivery import Deferred, Delivery, Undeliverable
from gateway.sender.records import SENDING, OptOuts, SentLog
from shared.chat import OPTED_IN, OPTED_OUT, Outbound
from shared.envelope import Envelope
from shared.logging import get_logger
from shared.retention import SENT as SENT_KEPT
from shared.runtime import Context, ServiceSpec
from shared.store import Conflict, Doc, Store

log = get_logger(__name__)

NAME = "sender"
OUTBOUND = "wa.outbound"
DELIVERY_FAILED = "wa.delivery.failed"


class Sender:
    def __init__(self, delivery: Delivery, store: Store):
        self.delivery = delivery
        self.sent = SentLog(store)
        self.optouts = OptOuts(store)

    def spec(self) -> ServiceSpec:
        return ServiceSpec(name=NAME, bindings=(OUTBOUND, OPTED_OUT, OPTED_IN),
                           handlers={OUTBOUND: self.on_outbound, OPTED_OUT: self.on_opt, OPTED_IN: self.on_opt},
                           retention=(SENT_KEPT,))

    async def on_opt(self, envelope: Envelope, ctx: Context) -> None:
        wa_id = envelope.payload.get("wa_id")
        if not wa_id:
            log.warning("sender.opt_without_wa_id", type=envelope.type)
            return
        await self.optouts.set(str(wa_id), envelope.type == OPTED_OUT, envelope.occurred_at)

    async def on_outbound(self, envelope: Envelope, ctx: Context) -> None:
        out = Outbound.model_validate(envelope.payload)
        read_id = read_receipt_id(out.message)
        claim = (await self.sent.claim(envelope.id, out.to, "read" if read_id else "message")
                 or await self.sent.take_over(envelope.id))
        if claim is None:
            await self._already_claimed(envelope, ctx)
            return
        if out.notification and await self.optouts.opted_out(out.to):
            await self._close(claim, "suppressed")
            return
        held = {"claim": claim}

        async def sending() -> None:  # just before the Cloud API call: from here on, never again
            try:
                held["claim"] = await self.sent.sending(held["claim"])
            except Conflict:
                raise TakenOver from None

        try:
            fields = await self._deliver(out, read_id, sending)
        except TakenOver:
            metrics.OUTCOMES.labels(outcome="duplicate").inc()
            log.info("sender.taken_over", to=out.to)
            return
        except Undeliverable as exc:
            await self._fail(envelope, out, exc.error, held["claim"], ctx)
            return
        except BaseException as exc:
            if held["claim"].get("state") == SENDING and not isinstance(exc, Deferred | ApiError):
                # Cut off mid-call (shutdown, broker gone): Meta may have the message. Keep the claim, so
                # the redelivery does not send it a second time.
                log.warning("sender.outcome_unknown", to=out.to, error=type(exc).__name__)
                raise
            await self.sent.release(held["claim"])
            metrics.OUTCOMES.labels(outcome="deferred").inc()
            raise
        await self._close(held["claim"], fields.pop("outcome"), **fields)

    async def _deliver(self, out: Outbound, read_id: str | None,
                       sending: Callable[[], Awaitable[None]]) -> dict[str, Any]:
        if read_id:
            await sending()
            await self.delivery.mark_read(read_id, typing=bool(out.message.get("typing_indicator", True)))
            return {"outcome": "read"}
        sent = await self.delivery.send(out, before_send=sending)
        return {"outcome": "template" if sent.template else "sent", "wamid": sent.wamid, "media_id": sent.media_id}

    async def _fail(self, envelope: Envelope, out: Outbound, error: ApiError, claim: Doc, ctx: Context) -> None:
        """Keep the failure report in the claim, so a redelivery after a crash can still publish it."""
        report = None
        if claim["kind"] != "read":
            report = {"outbound_id": envelope.id, "to": out.to, "service": out.service, "code": error.code,
                      "http_status": error.http_status, "title": error.message, "message": error.message,
                      "details": error.details}
        await self._close(claim, "failed", code=error.code, error=error.message, report=report)
        if report is not None:
            ctx.publish(DELIVERY_FAILED, report)

    async def _already_claimed(self, envelope: Envelope, ctx: Context) -> None:
        """Another delivery of this id holds or finished it: never send again, but finish its report."""
        record = await self.sent.get(envelope.id) or {}
        metrics.OUTCOMES.labels(outcome="duplicate").inc()
        log.info("sender.already_claimed", state=record.get("state"))
        if record.get("state") == "failed" and record.get("report"):
            ctx.publish(DELIVERY_FAILED, record["report"])

    async def _close(self, claim: Doc, outcome: str, **fields: Any) -> None:
        state = "sent" if outcome in ("sent", "template", "read") else outcome
        await self.sent.record(claim, state, outcome=outcome, **fields)
        metrics.OUTCOMES.labels(outcome=outcome).inc()
        log.info("sender.outbound", outcome=outcome, to=claim.get("to"), wamid=fields.get("wamid"))


class TakenOver(Exception):
    """Another delivery of this outbound took the claim while this one waited: it sends, this one not."""


def read_receipt_id(message: dict[str, Any]) -> str | None:
    """``{"status": "read", "message_id": wamid}`` asks for blue ticks rather than a new message."""
    if message.get("status") == "read" and message.get("message_id"):
        return str(message["message_id"])
    return None
