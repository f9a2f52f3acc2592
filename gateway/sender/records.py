"""The sender's own store, in its own words: the sent log (one claim per outbound id) and opt-outs.

The sent log is what makes "never send the same outbound id twice" hold across redeliveries, restarts
and competing copies: a copy must insert the claim (unique ``_id`` = envelope id) before it calls
Meta, and only a transient failure that will be retried gives the claim back.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from shared.envelope import utcnow
from shared.store import Conflict, Doc, DuplicateKey, Store

SENT = "sent"
OPTOUT = "optout"


class SentLog:
    def __init__(self, store: Store):
        self._docs = store.collection(SENT)

    async def claim(self, outbound_id: str, to: str, kind: str) -> Doc | None:
        """The new claim, or None when another delivery of this id already holds or finished it."""
        try:
            return await self._docs.insert({"_id": outbound_id, "state": "sending", "to": to, "kind": kind,
                                            "claimed_at": utcnow().isoformat()})
        except DuplicateKey:
            return None

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
