"""The sender's own store, in its own words: the sent log (one claim per outbound id) and opt-outs.

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
comes within the doubt wait (longer than one call can take), Meta never had the message, and ``retake``
hands the claim to the redelivery to send.
"""
from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from shared.envelope import utcnow
from shared.store import Conflict, Doc, DuplicateKey, Store

SENT = "sent"
CLAIMED, SENDING = "claimed", "sending"
OPTOUT = "optout"


class SentLog:
    def __init__(self, store: Store):
        self._docs = store.collection(SENT)

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
        (its sender died or is still waiting for the answer); True when this closed it."""
        doc = await self._docs.get(outbound_id)
        if doc is None or doc.get("state") != SENDING:
            return False
        try:
            await self._docs.update(outbound_id, {"state": "sent", "outcome": "sent", "wamid": wamid,
                                                  "confirmed_by": f"status {status}",
                                                  "done_at": utcnow().isoformat()}, expected_version=doc["_v"])
        except Conflict:
            return False
        return True

    async def failed_after(self, outbound_id: str, **fields: Any) -> Doc | None:
        """Meta accepted the message, then reported it failed: the record says so. Returns the record, also
        when a delivery of the same status said so before (what it published may not have reached the bus;
        publishing it again gives the same ids, which every consumer drops), or None when there is none."""
        for _ in range(3):
            doc = await self._docs.get(outbound_id)
            if doc is not None and doc.get("failed_after"):
                return doc
            if doc is None or doc.get("state") != "sent":
                return None
            try:
                await self._docs.update(outbound_id, {"state": "failed", "failed_after": utcnow().isoformat(),
                                                      **fields}, expected_version=doc["_v"])
            except Conflict:
                continue
            return doc
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


class OptOuts:
    """Who said STOP. Events may arrive out of order, so only a newer event changes a person's state."""

    def __init__(self, store: Store):
        self._docs = store.collection(OPTOUT)

    async def set(self, wa_id: str, opted_out: bool, at: datetime) -> None:
        stamp = at.isoformat()
        for _ in range(3):
            doc = await self._docs.get(wa_id)
            try:
                if doc is None:
                    await self._docs.insert({"_id": wa_id, "opted_out": opted_out, "at": stamp})
                elif doc.get("at", "") < stamp:
                    await self._docs.update(wa_id, {"opted_out": opted_out, "at": stamp}, expected_version=doc["_v"])
                return
            except (DuplicateKey, Conflict):
                continue
        raise Conflict(f"opt-out state of {wa_id} kept changing under us")

    async def opted_out(self, wa_id: str) -> bool:
        doc = await self._docs.get(wa_id)
        return bool(doc and doc.get("opted_out"))
