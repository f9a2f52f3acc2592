"""Who sends an outbound: the sender's claim on its id in the sent log, and the wait over a claim in doubt.

A claim left ``sending`` by a delivery that was cut off mid-call is in doubt: Meta may have the message. The
redelivery waits until Meta's status of it closes the claim (``Sender.on_status``) or its holder speaks again,
and when neither happens within ``doubt_wait`` of the holder's last call, and Meta has since spoken of a later
call (or the wait has run ``DOUBT_PATIENCE`` times over), Meta never had it: the redelivery takes it and sends.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from gateway.sender import metrics
from gateway.sender.records import CLAIMED, DEAD, SENDING, THROTTLED, SentLog
from shared.bus import Later
from shared.envelope import utcnow
from shared.logging import get_logger
from shared.runtime.turns import Ticket
from shared.store import Doc

log = get_logger(__name__)

DOUBT_POLL_S = 0.5
DOUBT_PATIENCE = 3  # past the doubt wait with no word from Meta of any later call, it runs this many times over
ORDER_SLACK_S = 2.0  # a status heard of a call made this much later than the one in doubt: Meta's word has come past it


class Claims:
    def __init__(self, sent: SentLog, *, doubt_wait: float, waiters: int):
        """``doubt_wait``: ``PANCHAYAT_SEND_DOUBT_WAIT`` seconds (zero: a message in doubt is never sent again, at
        most once); ``waiters``: how many deliveries may wait over a doubt at once (half the prefetch)."""
        self.sent = sent
        self.doubt_wait = timedelta(seconds=doubt_wait)
        self.order_slack = timedelta(seconds=ORDER_SLACK_S)
        self.waiters = waiters
        self.now: Callable[[], datetime] = utcnow
        self._waiting = 0

    async def claim(self, outbound_id: str, to: str, ticket: Ticket | None = None, **kept: Any) -> Doc | None:
        """This delivery's claim on ``outbound_id``, or None when another delivery sent it or is sending it.

        The wait over a claim in doubt runs from when this delivery arrived too, never less: after a sender or
        broker outage longer than the wait, Meta's status may be in the queue right behind the message, and must
        be heard before the message is sent again. While it waits, ``ticket`` (the person's place in line) is
        given up: those behind it must not wait out the doubt in their slots.

        A waiting delivery holds one of the queue's prefetch slots, and the statuses it waits for come through
        the same queue: were every slot held by a wait, no status could arrive before the waits ran out, and
        every message Meta did have would be sent twice. So at most ``waiters`` deliveries wait at once; one
        more raises ``WaitInQueue`` (``Later``): the bus holds it for a second, counting no attempt, and it
        leaves its slot to the statuses and looks again when it comes back.

        A ``claimed`` claim (its holder died before calling Meta) is taken over. A ``dead`` claim (Meta failed the
        message after accepting it, for the account or a template) is a replay from the dead-letter queue, a
        ``throttled`` one (for throughput) its re-send after the back-off: this delivery takes it and sends,
        once."""
        arrived, waiting = self.now(), False
        try:
            while True:
                claim = await self.sent.claim(outbound_id, to, "message", **kept)
                if claim is not None:
                    return claim
                doc = await self.sent.get(outbound_id)
                if doc is None:
                    continue  # given back between the two calls
                if doc.get("state") == CLAIMED:
                    taken = await self.sent.take_over(doc)
                elif doc.get("state") in (DEAD, THROTTLED):
                    taken = await self._revived(doc, to)
                elif doc.get("state") == SENDING and self.doubt_wait:
                    now = self.now()
                    silent = min(SentLog.silent_for(doc, now), now - arrived)
                    if silent < self.doubt_wait or not self._past_it(doc, silent):
                        if not waiting:
                            if ticket is not None:
                                ticket.release()
                            self._start_waiting()
                            waiting = True
                        await asyncio.sleep(min(DOUBT_POLL_S, (self.doubt_wait - silent).total_seconds()))
                        continue
                    taken = await self.sent.retake(doc)
                    if taken is not None:
                        metrics.OUTCOMES.labels(outcome="resent_after_doubt").inc()
                        log.warning("sender.resent_after_doubt", to=to, silent_s=round(silent.total_seconds(), 1))
                else:
                    return None  # sent, failed, or in doubt with resending turned off: never sent again
                if taken is not None:
                    return taken
        finally:
            if waiting:
                self._waiting -= 1

    async def _revived(self, doc: Doc, to: str) -> Doc | None:
        taken = await self.sent.revive(doc)
        if taken is not None:
            again = doc.get("state") == THROTTLED
            metrics.OUTCOMES.labels(outcome="resent_after_throttle" if again else "replayed").inc()
            log.info("sender.resent" if again else "sender.replayed", to=to, code=doc.get("code"))
        return taken

    def _past_it(self, doc: Doc, silent: timedelta) -> bool:
        """Whether the silence of Meta about a claim in doubt says it never had the message: this copy has heard
        Meta's status of a call made after this one's (statuses come through the queue in about the order of the
        calls, so this one's would have come first), or the wait has run ``DOUBT_PATIENCE`` times over (a quiet
        number, whose other messages bring no word). Without it, a broker outage while the redelivery waits, which
        holds up every status, would pass for Meta's silence."""
        heard, called = self.sent.heard_up_to, doc.get("sending_at")
        if heard is not None and called and heard > datetime.fromisoformat(called) + self.order_slack:
            return True
        return silent >= self.doubt_wait * DOUBT_PATIENCE

    def _start_waiting(self) -> None:
        if self._waiting >= self.waiters:
            metrics.OUTCOMES.labels(outcome="deferred").inc()
            raise WaitInQueue(f"{self._waiting} deliveries already wait for Meta's status; this one comes back "
                              "later")
        self._waiting += 1


class WaitInQueue(Later):
    """A redelivery in doubt that may not hold a prefetch slot while it waits: the bus brings it back later."""
