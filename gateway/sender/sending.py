"""One claimed outbound to the end: its calls to Meta (``delivery.Delivery``) and what became of it, in its claim.

The ``Sender``'s part once an outbound holds its claim and its turn has come (``worker``): it is delivered to the end
even when its handler is cancelled meanwhile; just before each Cloud API call it goes no further if its person moved
(``MovedMeanwhile``: the bus brings it back, to go where they went) or another delivery took the claim over
(``TakenOver``); then the claim is closed as sent, template, failed (the report for the service kept in it) or
suppressed. A transient failure gives the claim back; one cut off mid-call keeps it, in doubt (``doubt.Claims``).
"""
from __future__ import annotations

import asyncio
from typing import Any

from gateway.sender import metrics
from gateway.sender.after_send import DELIVERY_FAILED, failure_report
from gateway.sender.client import ApiError
from gateway.sender.delivery import Deferred, Delivery, Undeliverable
from gateway.sender.moves import Moves
from gateway.sender.records import SENDING, SentLog
from shared.bus import Later
from shared.chat import Outbound
from shared.envelope import Envelope
from shared.logging import get_logger
from shared.runtime import Context
from shared.store import Conflict, Doc

log = get_logger(__name__)


class Sending:
    """How the ``Sender`` delivers a claimed outbound and closes its claim; the ``Sender`` holds what it uses."""

    delivery: Delivery
    sent: SentLog
    moves: Moves

    async def _deliver(self, envelope: Envelope, out: Outbound, claim: Doc, ctx: Context) -> None:
        """Deliver and record, to the end even if this delivery is cancelled meanwhile. A broker connection that
        drops cancels the handlers of its channels; cut off mid-call, the message would be in doubt, and the
        redelivery after the reconnect would wait for Meta's status of it, which the same outage holds up (the
        gateway refuses webhooks while the broker is away): past the doubt wait it would be sent again. Finished
        alone, the call's answer closes the claim, and the redelivery finds it sent. Only a process that dies
        (kill -9, the end of its loop) leaves a send in doubt."""
        alone = asyncio.ensure_future(self._deliver_now(envelope, out, claim, ctx))
        try:
            await asyncio.shield(alone)
        except asyncio.CancelledError:
            if not alone.done():
                log.warning("sender.finishing_alone", to=out.to)
                alone.add_done_callback(_finished_alone)
            raise

    async def _deliver_now(self, envelope: Envelope, out: Outbound, claim: Doc, ctx: Context) -> None:
        held = {"claim": claim}

        async def sending() -> None:  # just before each Cloud API call: from here on, only Meta's word settles it
            if await self._moved_since(envelope, out):
                raise MovedMeanwhile(out.to)
            try:
                held["claim"] = await self.sent.sending(held["claim"])
            except Conflict:
                raise TakenOver from None

        try:
            sent = await self.delivery.send(out, before_send=sending, callback_data=envelope.id)
        except TakenOver:
            metrics.OUTCOMES.labels(outcome="duplicate").inc()
            log.info("sender.taken_over", to=out.to)
            return
        except MovedMeanwhile:
            await self.sent.release(held["claim"])  # nothing went: every earlier try was refused
            log.info("sender.moved_while_held", wa_id=out.to)
            raise
        except Undeliverable as exc:
            await self._fail(envelope, out, exc.error, held["claim"], ctx)
            return
        except BaseException as exc:
            if held["claim"].get("state") == SENDING and not isinstance(exc, Deferred | ApiError):
                # Cut off mid-call (shutdown, broker gone): Meta may have the message. Keep the claim; the
                # redelivery waits for Meta's status of it (``doubt.Claims``) instead of sending blindly.
                log.warning("sender.outcome_unknown", to=out.to, error=type(exc).__name__)
                raise
            await self.sent.release(held["claim"])
            metrics.OUTCOMES.labels(outcome="deferred").inc()
            raise
        uploaded = {"media_id": sent.media_id} if sent.media_id else {}  # a replay keeps the first upload's
        await self._close(held["claim"], "template" if sent.template else "sent", wamid=sent.wamid, **uploaded)

    async def _moved_since(self, envelope: Envelope, out: Outbound) -> bool:
        """Whether the person the message was made for has moved on from ``out.to`` since it was addressed."""
        made_for = str(envelope.payload.get("to") or out.to)
        return await self.moves.follow(made_for, envelope.occurred_at, answering=envelope.correlation_id) != out.to

    async def _fail(self, envelope: Envelope, out: Outbound, error: ApiError, claim: Doc, ctx: Context) -> None:
        """Keep the failure report in the claim, so a redelivery after a crash can still publish it."""
        report = failure_report(envelope.id, out.to, out.service, error)
        await self._close(claim, "failed", code=error.code, error=error.message, report=report)
        ctx.publish(DELIVERY_FAILED, report)

    async def _already_claimed(self, envelope: Envelope, ctx: Context) -> None:
        """Another delivery of this id holds or finished it: never send again, but finish its report."""
        record = await self.sent.get(envelope.id) or {}
        metrics.OUTCOMES.labels(outcome="duplicate").inc()
        log.info("sender.already_claimed", state=record.get("state"))
        if record.get("state") == "failed" and record.get("report"):
            ctx.publish(DELIVERY_FAILED, record["report"])

    async def _close(self, claim: Doc, outcome: str, **fields: Any) -> None:
        state = "sent" if outcome in ("sent", "template") else outcome
        await self.sent.record(claim, state, outcome=outcome, **fields)
        metrics.OUTCOMES.labels(outcome=outcome).inc()
        log.info("sender.outbound", outcome=outcome, to=claim.get("to"), wamid=fields.get("wamid"))


def _finished_alone(task: asyncio.Future[None]) -> None:
    """The end of a delivery whose handler was cancelled: its claim says what became of it (a transient failure
    gave the claim back, and the redelivery sends); the error is logged here, since no one awaits it."""
    if task.cancelled():
        return
    if (exc := task.exception()) is not None:
        log.warning("sender.finished_alone_failed", error=type(exc).__name__)


class MovedMeanwhile(Later):
    """The person the message was made for moved while the sender held it (its turn, the limits, a retry's
    back-off): the claim is given back and the bus brings it back in a moment, to go where they went."""


class TakenOver(Exception):
    """Another delivery of this outbound took the claim while this one waited: it sends, this one not."""

