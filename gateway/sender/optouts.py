"""Who said STOP: the sender's opt-out list, one record a number, that moves with its person to a new number.

``wa.person.opted_out`` and ``wa.person.opted_in`` set it (``Sender.on_opt``); a notification to someone who opted
out is dropped (``suppressed``), while an answer to what they wrote still goes.
"""
from __future__ import annotations

from datetime import datetime

from shared.store import Conflict, DuplicateKey, Store
from shared.store.moves import move_record

OPTOUT = "optout"


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

    async def moved(self, old: str, new: str) -> None:
        """The person changed their number: their STOP holds at the new one, and the old one has none."""
        await move_record(self._docs, old, new, ("opted_out", "at"))

    async def opted_out(self, wa_id: str) -> bool:
        doc = await self._docs.get(wa_id)
        return bool(doc and doc.get("opted_out"))
