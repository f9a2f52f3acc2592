"""The sender's own store, in its own words: the sent log, one claim per outbound id (opt-outs: ``optouts``).

The sent log is what makes "never send the same outbound id twice" hold across redeliveries, restarts
and competing copies: a copy must insert the claim (unique ``_id`` = envelope id) before it works on the
message, and only a transient failure that will be retried gives the claim back.

A claim is ``claimed`` while the copy uploads a document and waits for its turn (rate limits, backoff),
and becomes ``sending`` — by a conditional update, stamped ``sending_at`` — just before each call to the
Cloud API. A copy that dies while its claim is still ``claimed`` has sent nothing, so the redelivery takes
the claim over and sends; the dead copy, were it only slow, finds its next ``sending`` update refused and
sends nothing.

A copy that dies between ``sending`` and Meta's answer leaves the outcome in doubt: the Cloud API has no
idempotency key to ask with. Its status webhooks settle it: every message carries its outbound id as
``biz_opaque_callback_data``, Meta echoes it in the ``sent`` (or ``failed``) status, and ``confirm`` closes
a ``sending`` claim from that. A redelivery that finds a claim ``sending`` waits for that word; when none
comes within the doubt wait (longer than one call can take) while Meta's word of later calls does come
(``heard_up_to``), Meta never had the message, and ``retake`` hands the claim to the redelivery to send.

A message Meta accepted and then reported ``failed`` for the account or a template (a payment problem, a spam
restriction, a paused template) becomes ``dead``: the worker has put it in the dead-letter queue, rebuilt from
what its claim kept (``replay``: the outbound without a document's bytes, which are Meta's by media id),
and the replay, once someone has put the account or template right, finds it ``dead`` and ``revive`` gives it
the claim to send it again, once. Statuses of the failed send that come later are recognised by its wamid
(``dead_wamids``) and change nothing.

A message Meta accepted and then reported ``failed`` for throughput (130429, 80007) or the pair limit (131056) is
nobody's fault and is sent again by itself: it becomes ``throttled`` (``resends`` counts how often), the worker
puts what the claim kept back in the sender's queue for after a back-off (``resend_scheduled`` once it did), and
the re-send finds it ``throttled`` and ``revive`` gives it the claim, as a replay. Past the last re-send it
becomes ``dead`` instead; a replay of it starts the count again.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from gateway.sender.replay import dead_letter_of
from shared.envelope import utcnow
from shared.store import Conflict, Doc, DuplicateKey, Store

SENT = "sent"
CLAIMED, SENDING = "claimed", "sending"
DEAD = "dead"  # Meta failed it after accepting it, for the account or a template: waits in the dead-letter queue
THROTTLED = "throttled"  # Meta failed it after accepting it, for throughput: a re-send waits in the bus


class SentLog:
    def __init__(self, store: Store):
        self._docs = store.collection(SENT)
        # the latest call to Meta (``sending_at``, this side's clock) whose status this copy has heard: how far
        # Meta's word has come through, which a claim in doubt is measured against (``Sender._claim``)
        self.heard_up_to: datetime | None = None

    async def claim(self, outbound_id: str, to: str, kind: str, **kept: Any) -> Doc | None:
        """The new claim, or None when another delivery of this id already holds or finished it. ``kept``:
        what a failure Meta reports later needs (the service to tell, the template to fall back on)."""
        try:
            return await self._docs.insert({"_id": outbound_id, "state": CLAIMED, "to": to, "kind": kind,
                                            "claimed_at": utcnow().isoformat(), **kept})
        except DuplicateKey:
            return None

    async def take_over(self, doc: Doc) -> Doc | None:
        """The ``claimed`` claim of a delivery that never reached the Cloud API, now ours; None when
        something changed it meanwhile (another redelivery took it first, or its holder is sending)."""
        try:
            return await self._docs.update(doc["_id"], {"taken_over_at": utcnow().isoformat()},
                                           expected_version=doc["_v"])
        except Conflict:
            return None

    async def sending(self, claim: Doc) -> Doc:
        """Mark the claim as being sent (again, before a retry); raises ``Conflict`` when another delivery
        took it over."""
        return await self._docs.update(claim["_id"], {"state": SENDING, "sending_at": utcnow().isoformat()},
                                       expected_version=claim["_v"])

    async def confirm(self, outbound_id: str, wamid: str, status: str) -> bool:
        """Meta reported a status for this outbound: it has the message. Closes a claim still ``sending``
        (its sender died or is still waiting for the answer); True when this closed it. A late status of a
        send that failed before this one (a replay's) says nothing of this one."""
        doc = await self._docs.get(outbound_id)
        if doc is not None and (called := doc.get("sending_at")):
            called_at = datetime.fromisoformat(called)
            self.heard_up_to = called_at if self.heard_up_to is None else max(self.heard_up_to, called_at)
        if doc is None or doc.get("state") != SENDING or wamid in doc.get("dead_wamids", ()):
            return False
        try:
            await self._docs.update(outbound_id, {"state": "sent", "outcome": "sent", "wamid": wamid,
                                                  "confirmed_by": f"status {status}",
                                                  "done_at": utcnow().isoformat()}, expected_version=doc["_v"])
        except Conflict:
            return False
        return True

    async def failed_after(self, outbound_id: str, wamid: str, *, replay: bool, resends: int | None = None,
                           **fields: Any) -> tuple[Doc, bool] | None:
        """Meta accepted the message, then reported it failed: the record says so, if the claim kept what a second
        send needs, ``throttled`` when ``resends`` (a failure for throughput) allows one more re-send, ``dead``
        when ``replay`` asks for the dead-letter queue or the re-sends are spent, else ``failed``. Returns the
        record as it is now and whether this call failed it, also when a delivery of the same status did before
        (what it published may not have reached the bus; publishing it again gives the same ids, which every
        consumer drops), or None when there is none, or the status is of a send that failed before a replay or
        a re-send."""
        for _ in range(3):
            doc = await self._docs.get(outbound_id)
            if doc is None or wamid in doc.get("dead_wamids", ()):
                return None
            if doc.get("failed_after"):
                return doc, False
            if doc.get("state") != "sent":
                return None
            changes: Doc = {"state": "failed"}
            if dead_letter_of(doc) is not None and (replay or resends is not None):
                tries = int(doc.get("resends") or 0)
                again = resends is not None and tries < resends
                changes = {"state": THROTTLED, "resends": tries + 1} if again else {"state": DEAD}
            try:
                return await self._docs.update(outbound_id, {**changes, "failed_after": utcnow().isoformat(),
                                                             **fields}, expected_version=doc["_v"]), True
            except Conflict:
                continue
        return None

    async def handed_on(self, outbound_id: str, state: str, status_id: str) -> None:
        """The ``dead`` message is in the dead-letter queue (``dead_lettered_at``), the ``throttled`` one's re-send
        waits in the bus (``resend_scheduled_at``): a redelivery of the status that failed it does not put it
        there twice. Lost to a replay or the re-send that took the claim meanwhile, it is not needed."""
        doc = await self._docs.get(outbound_id)
        if doc is None or doc.get("state") != state or doc.get("failed_by") != status_id:
            return
        mark = "dead_lettered_at" if state == DEAD else "resend_scheduled_at"
        try:
            await self._docs.update(outbound_id, {mark: utcnow().isoformat()}, expected_version=doc["_v"])
        except Conflict:
            pass

    async def revive(self, doc: Doc) -> Doc | None:
        """A ``dead`` message replayed from the dead-letter queue (which starts its re-sends for throughput
        again), or the re-send of a ``throttled`` one, ``claimed`` for this delivery to send again (and kept as
        long again as a new claim); None when another delivery took it first."""
        now = utcnow().isoformat()
        counted = {"resends": 0} if doc.get("state") == DEAD else {}
        try:
            return await self._docs.update(doc["_id"], {
                "state": CLAIMED, "claimed_at": now, "replayed_at": now, "sending_at": None, "wamid": None,
                "dead_wamids": [*doc.get("dead_wamids", ()), *([doc["wamid"]] if doc.get("wamid") else [])],
                "failed_after": None, "failed_by": None, "dead_lettered_at": None, "resend_scheduled_at": None,
                "confirmed_by": None, **counted}, expected_version=doc["_v"])
        except Conflict:
            return None

    async def retake(self, doc: Doc) -> Doc | None:
        """A ``sending`` claim whose sender fell silent and of which Meta never reported anything, back to
        ``claimed`` for this delivery; None when something changed it meanwhile."""
        try:
            return await self._docs.update(doc["_id"], {"state": CLAIMED, "retaken_at": utcnow().isoformat()},
                                           expected_version=doc["_v"])
        except Conflict:
            return None

    async def get(self, outbound_id: str) -> Doc | None:
        return await self._docs.get(outbound_id)

    async def record(self, claim: Doc, state: str, **fields: Any) -> None:
        """Close a claim as sent / failed / suppressed. When a status webhook closed it first, its record
        is completed with what the Cloud API answered; any other lost race means another copy closed it."""
        changes = {"state": state, "done_at": utcnow().isoformat(), **fields}
        try:
            await self._docs.update(claim["_id"], changes, expected_version=claim["_v"])
        except Conflict:
            doc = await self._docs.get(claim["_id"])
            if doc is not None and doc.get("confirmed_by") and state == "sent" and not doc.get("failed_after"):
                try:
                    await self._docs.update(claim["_id"], changes, expected_version=doc["_v"])
                except Conflict:
                    pass

    @staticmethod
    def silent_for(doc: Doc, now: datetime) -> timedelta:
        """How long since the claim's holder last said it was calling the Cloud API."""
        stamp = doc.get("sending_at") or doc.get("claimed_at")
        return now - datetime.fromisoformat(stamp) if stamp else timedelta.max

    async def release(self, claim: Doc) -> None:
        """Give the claim back so the bus's retry of this envelope may send it."""
        await self._docs.delete(claim["_id"])
