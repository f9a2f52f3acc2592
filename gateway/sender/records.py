"""The sender's own store, in its own words: the sent log (one claim per outbound id) and opt-outs.

The sent log is what makes "never send the same outbound id twice" hold across redeliveries, restarts
and competing copies: a copy must insert the claim (unique ``_id`` = envelope id) before it works on the
message, and only a transient failure that will be retried gives the claim back.

A claim is ``claimed`` while the copy uploads a document and waits for its turn (rate limits, backoff),
and becomes ``sending`` — by a conditional update — just before the Cloud API is called. A copy that dies
while its claim is still ``claimed`` has sent nothing, so the redelivery takes the claim over and sends;
the dead copy, were it only slow, finds its ``sending`` update refused and sends nothing. Only a copy that
dies between ``sending`` and Meta's answer leaves the message unsent for good (the Cloud API has no
idempotency key to ask with): a window of one HTTP call instead of the whole wait.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from shared.envelope import utcnow
from shared.store import Conflict, Doc, DuplicateKey, Store

SENT = "sent"
CLAIMED, SENDING = "claimed", "sending"
OPTOUT = "optout"


class SentLog:
    def __init__(self, store: Store):
        self._docs = store.collection(SENT)

    async def claim(self, outbound_id: str, to: str, kind: str) -> Doc | None:
        """The new claim, or None when another delivery of this id already holds or finished it."""
        try:
            return await self._docs.insert({"_id": outbound_id, "state": CLAIMED, "to": to, "kind": kind,
                                            "claimed_at": utcnow().isoformat()})
        except DuplicateKey:
            return None

    async def take_over(self, outbound_id: str) -> Doc | None:
        """The claim of a delivery that never reached the Cloud API, now ours; None when it was sent,
        is being sent, or another redelivery took it first."""
        doc = await self._docs.get(outbound_id)
        if doc is None or doc.get("state") != CLAIMED:
            return None
        try:
            return await self._docs.update(outbound_id, {"taken_over_at": utcnow().isoformat()},
                                           expected_version=doc["_v"])
        except Conflict:
            return None

    async def sending(self, claim: Doc) -> Doc:
        """Mark the claim as being sent; raises ``Conflict`` when another delivery took it over."""
        return await self._docs.update(claim["_id"], {"state": SENDING}, expected_version=claim["_v"])

    async def get(self, outbound_id: str) -> Doc | None:
        return await self._docs.get(outbound_id)

    async def record(self, claim: Doc, state: str, **fields: Any) -> None:
        """Close a claim as sent / failed / suppressed; a lost race means another copy already did."""
        try:
            await self._docs.update(claim["_id"], {"state": state, "done_at": utcnow().isoformat(), **fields},
                                    expected_version=claim["_v"])
        except Conflict:
            pass

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
