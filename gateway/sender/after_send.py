"""Meta's later word on a message it accepted: a ``failed`` status, which carries the error.

Many errors come only this way, a closed 24-hour window among them. ``LateFailures.failed`` decides, once per
status, what becomes of the message: the template instead of it (window closed, a template to fall back on),
the dead-letter queue (an error of the account or a template, to be replayed once that is put right), a re-send
after a back-off (throughput or the pair limit: nothing wrong with the person or the message), or a
``wa.delivery.failed`` for the service that spoke, as for a send refused at once. The sender's ``on_status``
hands it each such status; the sent log (``records``) keeps what was decided, so a repeated status changes nothing.
"""
from __future__ import annotations

import random
from datetime import datetime
from typing import Any

from gateway.sender import metrics
from gateway.sender.client import ApiError
from gateway.sender.delivery import Delivery, template_body
from gateway.sender.moves import Moves
from gateway.sender.policy import Action, classify
from gateway.sender.records import DEAD, THROTTLED, SentLog
from gateway.sender.replay import dead_letter_of
from shared.chat import Outbound
from shared.envelope import Envelope
from shared.logging import get_logger
from shared.runtime import Context
from shared.store import Doc

log = get_logger(__name__)

OUTBOUND = "wa.outbound"
DELIVERY_FAILED = "wa.delivery.failed"


def late_delay(seconds: float, rng: random.Random) -> float:
    """The back-off before a late re-send, spread over its first half again: Meta fails a burst's messages for
    throughput together, and re-sent all at the same second they would make the same burst again."""
    return rng.uniform(seconds, seconds * 1.5)


def failure_report(outbound_id: str, to: str, service: str, error: ApiError) -> dict[str, Any]:
    """The payload of ``wa.delivery.failed``, for a send refused at once or failed after Meta took it."""
    return {"outbound_id": outbound_id, "to": to, "service": service, "code": error.code,
            "http_status": error.http_status, "title": error.message, "message": error.message,
            "details": error.details}


class LateFailures:
    def __init__(self, sent: SentLog, moves: Moves, delivery: Delivery, late_resends: tuple[float, ...]):
        """``late_resends``: seconds before each re-send of a message Meta failed for throughput or the pair
        limit (``PANCHAYAT_SEND_LATE_RESENDS``; after the last, the dead-letter queue)."""
        self.sent = sent
        self.moves = moves
        self.delivery = delivery
        self.late_resends = late_resends
        self.rng = random.Random()

    async def failed(self, outbound_id: str, wamid: str, first: dict[str, Any], status_id: str,
                     ctx: Context) -> None:
        """Meta took the message, then said it failed (its status webhook carries the error: many errors come
        only this way). Closed window and a template to fall back on: the template goes out as a new outbound,
        its id derived from the status, so a repeated status sends it once. An error of the account or a
        template (``Action.ESCALATE``): the message goes to the dead-letter queue (``_dead_after``). Throughput
        or the pair limit: Meta did not deliver it, and it is sent again after a back-off (``_resend_after``).
        Anything else: the service is told (``wa.delivery.failed``), as for a send refused at once. Other errors
        the sender would retry are not retried here: the message is Meta's now, and sending it again could
        deliver it twice."""
        code = first.get("code") if isinstance(first.get("code"), int) else None
        details = first.get("error_data", {}).get("details", "") if isinstance(first.get("error_data"), dict) else ""
        error = ApiError(code, None, None, str(first.get("title") or first.get("message") or "failed"), str(details))
        action = classify(error)
        throttled = action in (Action.SLOW_DOWN, Action.PAIR)
        failed = await self.sent.failed_after(outbound_id, wamid, replay=action is Action.ESCALATE,
                                              resends=len(self.late_resends) if throttled else None, code=code,
                                              error=error.message, failed_by=status_id)
        if failed is None:
            return  # no such send
        record, first_time = failed
        if (record.get("failed_by") or status_id) != status_id:
            return  # another status failed it already and published what it should
        letter = dead_letter_of(record) if record.get("state") in (DEAD, THROTTLED) else None
        template, service = record.get("template"), str(record.get("service") or "")
        to_template = bool(action is Action.WINDOW and template and record.get("outcome") != "template")
        if first_time:  # the same status again publishes the same ids again
            dead = record["state"] == DEAD
            metrics.OUTCOMES.labels(outcome="failed_after_send" if letter is None else (
                "dead_after_send" if dead else "throttled_after_send")).inc()
            metrics.API_ERRORS.labels(code=str(code if code is not None else "none"),
                                      action=Action.WINDOW.value if to_template else "after_send").inc()
            if throttled:  # so that the re-sends, and what else goes meanwhile, do not make it worse
                self.delivery.throttled(action, str(record.get("to")))
        if letter is not None and record["state"] == THROTTLED:
            await self._resend_after(letter, record, error, status_id, ctx)
            return
        if letter is not None:
            await self._dead_after(letter, record, error, status_id, ctx, throttled=throttled)
            return
        if to_template:
            to = await self._still_for(record)
            log.info("sender.window_closed.template_after", to=to, service=service)
            ctx.publish(OUTBOUND, Outbound(to=to, service=service, message=template_body(template),
                                           notification=True, session=False).model_dump(mode="json"))
            return
        log.warning("sender.failed_after_send", code=code, to=record.get("to"), service=service)
        ctx.publish(DELIVERY_FAILED, failure_report(outbound_id, str(record.get("to")), service, error))

    async def _still_for(self, record: Doc) -> str:
        """Where a message the sent log kept is to go now: to the person it was made for, wherever they moved since
        (the template made in its place is new, and would otherwise go to the number's next holder)."""
        kept = record.get("envelope")
        if not isinstance(kept, dict) or not kept.get("occurred_at") or not (kept.get("payload") or {}).get("to"):
            return str(record["to"])  # a claim made before claims kept their outbound
        return await self.moves.follow(str(kept["payload"]["to"]), datetime.fromisoformat(str(kept["occurred_at"])),
                                       answering=kept.get("correlation_id"))

    async def _resend_after(self, letter: Envelope, record: Doc, error: ApiError, status_id: str, ctx: Context) -> None:
        """Meta did not deliver it for throughput or the pair limit, and nothing is wrong with the person or the
        message: the outbound (same id) goes back to the sender's queue for after the back-off of this re-send,
        which finds its claim ``throttled`` and sends it once (``_claim``). Marked done after, so a redelivered
        status does not put it there twice."""
        if record.get("resend_scheduled_at"):
            return
        tries = int(record.get("resends") or 1)
        delay = late_delay(self.late_resends[min(tries, len(self.late_resends)) - 1], self.rng)
        log.warning("sender.resend_after_send", code=error.code, to=record.get("to"), resend=tries, after_s=delay)
        await ctx.defer(letter, delay)
        await self.sent.handed_on(letter.id, THROTTLED, status_id)

    async def _dead_after(self, letter: Envelope, record: Doc, error: ApiError, status_id: str, ctx: Context, *,
                          throttled: bool) -> None:
        """Every message fails alike until someone puts the account or the template right, and the person is not
        to blame: the outbound (same id) goes to ``sender.dead`` with ``ops.message.dead``, and ``panchayat dlq
        replay sender`` sends it once (``_claim``). So does one Meta failed for throughput again after its last
        re-send. Marked done after, so a redelivered status does not put it there twice."""
        if record.get("dead_lettered_at"):
            return
        log.error("sender.dead_after_send", code=error.code, to=record.get("to"), service=record.get("service"))
        if throttled:
            why = (f"for throughput, after {len(self.late_resends)} re-sends (replay once the number is less busy)"
                   if self.late_resends else "for throughput (replay once the number is less busy)")
        else:
            why = "for the account or a template (replay once that is put right)"
        await ctx.dead_letter(letter, f"Meta reported it failed after accepting it, {why}: {error}")
        await self.sent.handed_on(letter.id, DEAD, status_id)
