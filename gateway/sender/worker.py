"""The sender's handlers: ``wa.outbound`` into the Cloud API, and the opt-out list kept beside it.

Reading order for one outbound: take the recipient's next place in line (``InTurn``: one person's
messages leave in the order they came), send it where its person went if their number moved after it was
made (``moves``: the number may be someone else's now; checked again before each call to Meta), claim the
envelope id in the sent log (a second delivery stops here), drop a notification to someone who said STOP, wait
for the person's earlier messages to be done, deliver (``sending``, through ``delivery.Delivery``), then record
what happened. A permanent failure becomes ``wa.delivery.failed`` for the service that spoke; a transient one
gives the claim back and raises, so the bus retries the envelope later. A read receipt is sent without a claim
(``reads``): a second one changes nothing at Meta. An answer that carries the wamid it answers
(``Outbound.read``) marks that message read alongside its own call, and again on any redelivery (the first
may have been cut off); a refused read receipt is only logged.

The sender runs on ``ServiceRuntime`` like any service (queue ``sender``, probes, metrics), with the sent
log in place of the runtime's inbox: a call to Meta cannot be rolled back, so the claim, taken before the
call, is the guarantee. It also hears Meta's ``sent`` / ``failed`` statuses, which carry the outbound id
back and settle a send whose answer was lost with a crashed sender (``records``); what a ``failed`` status of a
message Meta had accepted does to it (the template instead, the dead-letter queue, a re-send after a back-off, a
report to the service) is ``after_send``'s.
"""
from __future__ import annotations

import asyncio
import math

from gateway.outbound import ReadReceipt
from gateway.sender import metrics
from gateway.sender.after_send import OUTBOUND, LateFailures
from gateway.sender.delivery import Delivery
from gateway.sender.doubt import Claims
from gateway.sender.moves import Moves
from gateway.sender.optouts import OptOuts
from gateway.sender.reads import ReadReceipts
from gateway.sender.records import SentLog
from gateway.sender.replay import replayable
from gateway.sender.sending import Sending
from shared.chat import OPTED_IN, OPTED_OUT, Outbound
from shared.envelope import Envelope
from shared.logging import get_logger
from shared.retention import MOVED as MOVED_KEPT
from shared.retention import SENT as SENT_KEPT
from shared.retention import STARTS as STARTS_KEPT
from shared.runtime import Context, ServiceSpec
from shared.runtime.turns import InTurn, Ticket
from shared.store import Store

log = get_logger(__name__)

NAME = "sender"
STATUSES = ("wa.status.sent", "wa.status.failed")  # Meta's first word on a message: it has it
MIN_PREFETCH = 2  # a slot to wait for Meta's status of a send in doubt, and one for that status to come through
META_ANSWER_S = 0.5  # how long one Cloud API call may take in the ordinary run of things (mostly 0.1-0.3 s)


def prefetch_for(prefetch: int, rate: float) -> int:
    """How many outbounds the sender holds at once: each is held until Meta answers its call, so to keep
    ``PANCHAYAT_SEND_RATE`` with Meta taking ``META_ANSWER_S`` a call it needs rate × that many, whatever
    ``PANCHAYAT_PREFETCH`` (set for services, whose messages take milliseconds) says. With 32 slots and Meta
    at 0.2 s, one sender copy could send no more than 160 messages a second."""
    return max(MIN_PREFETCH, prefetch, math.ceil(rate * META_ANSWER_S))


class Sender(Sending, ReadReceipts):
    def __init__(self, delivery: Delivery, store: Store, *, doubt_wait: float, prefetch: int,
                 late_resends: tuple[float, ...]):
        """``doubt_wait``: ``PANCHAYAT_SEND_DOUBT_WAIT`` seconds (``doubt.Claims``); ``prefetch``: the messages
        the sender's queue hands it at once (``prefetch_for``), of which at most half may be redeliveries waiting
        for Meta's status (``doubt.Claims``): the other half stays free for the statuses they wait for;
        ``late_resends``: seconds before each re-send of a message Meta failed after accepting it, for throughput
        or the pair limit (``PANCHAYAT_SEND_LATE_RESENDS``; after the last, the dead-letter queue)."""
        self.delivery = delivery
        self.late_resends = late_resends
        self.prefetch = prefetch
        self.sent = SentLog(store)
        self.optouts = OptOuts(store)
        self.moves = Moves(store)
        self.claims = Claims(self.sent, doubt_wait=doubt_wait, waiters=max(1, self.prefetch // 2))
        self._in_turn = InTurn()  # each person's messages in the order they came
        self.after_send = LateFailures(self.sent, self.moves, delivery, late_resends)

    def spec(self) -> ServiceSpec:
        return ServiceSpec(name=NAME, bindings=(OUTBOUND, *STATUSES, OPTED_OUT, OPTED_IN),
                           handlers={OUTBOUND: self.on_outbound, **{s: self.on_status for s in STATUSES},
                                     OPTED_OUT: self.on_opt, OPTED_IN: self.on_opt},
                           retention=(SENT_KEPT, STARTS_KEPT, MOVED_KEPT),
                           on_number_changed=self.on_number_changed,
                           # the sent log is the sender's inbox: one claim per outbound, failure reports kept
                           self_deduplicating=(OUTBOUND, *STATUSES),
                           min_prefetch=self.prefetch)

    async def on_opt(self, envelope: Envelope, ctx: Context) -> None:
        wa_id = envelope.payload.get("wa_id")
        if not wa_id:
            log.warning("sender.opt_without_wa_id", type=envelope.type)
            return
        await self.optouts.set(str(wa_id), envelope.type == OPTED_OUT, envelope.occurred_at)

    async def on_number_changed(self, old: str, new: str, ctx: Context) -> None:
        """The person's STOP goes with them, and what was made for them at the number they left follows them
        (``Moves``): the number may be someone else's now."""
        await self.optouts.moved(old, new)
        await self.moves.heard(old, new, ctx.envelope.occurred_at, by=ctx.envelope.correlation_id)

    async def on_outbound(self, envelope: Envelope, ctx: Context) -> None:
        out = Outbound.model_validate(envelope.payload)
        read_id = ReadReceipt.marked_by(out.message)
        if read_id:
            await self._mark_read(read_id, typing="typing_indicator" in out.message)
            return
        ticket = self._in_turn.take(out.to)  # before any wait: tickets are taken in arrival order
        try:
            to = await self.moves.follow(out.to, envelope.occurred_at, answering=envelope.correlation_id)
            if to != out.to:
                ticket = await self._readdressed(ticket, out.to, to)
                out = out.model_copy(update={"to": to})
            reading = await self._in_turn_send(envelope, out, ctx, ticket)
        finally:
            ticket.release()
        if reading is not None:
            await reading  # only once the answer's outcome is recorded: blue ticks never hold a claim open

    async def _readdressed(self, ticket: Ticket, made_for: str, to: str) -> Ticket:
        """The message's person moved after it was made: it goes to ``to``, in that address's line (its claim, the
        STOP that moved there, its failure report are all of ``to`` now). It joins that line once the messages made
        for the number before it have found theirs, so that those made before a move keep their order after it;
        messages made for ``to`` are not waited for, nor wait for it, beyond that line's ordinary turns."""
        await ticket.ready()
        moved = self._in_turn.take(to)
        ticket.release()
        log.info("sender.readdressed", wa_id=made_for, to=to)  # both masked, as every number in the log
        return moved

    async def _in_turn_send(self, envelope: Envelope, out: Outbound, ctx: Context,
                            ticket: Ticket) -> asyncio.Future[None] | None:
        """Claim, send and record one outbound once the person's earlier messages are done; the read
        receipt going with it is left running."""
        claim = await self.claims.claim(envelope.id, out.to, ticket, service=out.service, template=out.template,
                                  envelope=replayable(envelope))
        if claim is None:
            await self._already_claimed(envelope, ctx)
            if out.read:  # the first delivery may have been cut off before its read receipt went out
                await self._read_along(out.read)
            return None
        if out.notification and await self.optouts.opted_out(out.to):
            await self._close(claim, "suppressed")
            return None
        await ticket.ready()  # cut off here, the claim is still "claimed": a redelivery takes it over
        reading = asyncio.ensure_future(self._read_along(out.read)) if out.read else None
        try:
            await self._deliver(envelope, out, claim, ctx)
        except BaseException:
            if reading is not None:
                reading.cancel()  # the envelope comes back, and its read receipt with it
            raise
        return reading

    async def on_status(self, envelope: Envelope, ctx: Context) -> None:
        """A status webhook of a message this sender sent: Meta has it, which settles a claim in doubt."""
        outbound_id, wamid = envelope.payload.get("callback_data"), envelope.payload.get("message_id")
        if not outbound_id or not wamid:
            return
        status = str(envelope.payload.get("status") or envelope.type.rsplit(".", 1)[-1])
        if await self.sent.confirm(str(outbound_id), str(wamid), status):
            metrics.OUTCOMES.labels(outcome="confirmed_by_status").inc()
            log.info("sender.confirmed_by_status", status=status, wamid=wamid)
        errors = envelope.payload.get("errors")
        if status == "failed" and isinstance(errors, list) and errors and isinstance(errors[0], dict):
            await self.after_send.failed(str(outbound_id), str(wamid), errors[0], envelope.id, ctx)
