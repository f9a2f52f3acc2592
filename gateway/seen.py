"""WhatsApp message ids already handled, in the gateway's store (collection ``seen``, ``_id`` = wamid).

The Cloud API delivers at least once and retries for days, and any gateway copy may get the retry, so the
memory of what was handled lives in the shared store. An id is marked only after every publish for its
message was confirmed. Two copies racing on the same id both publish, with the same envelope ids, and the
consuming inbox drops the repeat.

A message whose publishes the broker refused part of the way (``gateway.turn.Unsent``) is kept with what was
still to publish (``unsent``): its retry publishes that, the answer decided the first time, instead of being
handled again over a profile the first try already changed. Published, the record becomes an ordinary mark.
"""
from __future__ import annotations

from contextlib import suppress
from datetime import datetime

from shared.envelope import Envelope
from shared.store import Conflict, Doc, DuplicateKey, Store

COLLECTION = "seen"
UNSENT = "unsent"


class Seen:
    def __init__(self, store: Store):
        self._col = store.collection(COLLECTION)

    async def get(self, wamid: str) -> Doc | None:
        """The record of ``wamid``: None for a message not handled yet; with ``unsent_of`` not None, one whose
        publishes the broker refused part of the way; else one handled to the end (every publish confirmed)."""
        return await self._col.get(wamid)

    async def mark(self, wamid: str, at: datetime) -> None:
        try:
            await self._col.insert({"_id": wamid, "at": at.isoformat()})
        except DuplicateKey:  # another copy marked it first (the same thing was published), or it was kept unsent
            doc = await self._col.get(wamid)
            if doc is not None and doc.get(UNSENT) is not None:
                with suppress(Conflict):  # a copy that published it too got there first
                    await self._col.update(wamid, {UNSENT: None}, expected_version=doc["_v"])

    async def keep_unsent(self, wamid: str, unsent: list[tuple[Envelope, bool]], at: datetime) -> None:
        """What the broker refused of this message's publishes, in order, to publish at its retry. A record that is
        there already (a retry that failed again) keeps what it holds: that is what was decided."""
        with suppress(DuplicateKey):
            await self._col.insert({"_id": wamid, "at": at.isoformat(),
                                    UNSENT: [{"envelope": e.model_dump(mode="json"), "mandatory": m}
                                             for e, m in unsent]})


def unsent_of(doc: Doc) -> list[tuple[Envelope, bool]] | None:
    """The publishes a kept record holds, or None for a message handled to the end."""
    kept = doc.get(UNSENT)
    if kept is None:
        return None
    return [(Envelope.model_validate(k["envelope"]), bool(k["mandatory"])) for k in kept]
