"""WhatsApp message ids already handled, in the gateway's store (collection ``seen``, ``_id`` = wamid).

The Cloud API delivers at least once and retries for days, and any gateway copy may get the retry, so the
memory of what was handled lives in the shared store. An id is marked only after every publish for its
message was confirmed: a failed publish leaves it unmarked and the retry is handled in full. Two copies
racing on the same id both publish, with the same envelope ids, and the consuming inbox drops the repeat.
"""
from __future__ import annotations

from contextlib import suppress
from datetime import datetime

from shared.store import DuplicateKey, Store

COLLECTION = "seen"


class Seen:
    def __init__(self, store: Store):
        self._col = store.collection(COLLECTION)

    async def __call__(self, wamid: str) -> bool:
        return await self._col.get(wamid) is not None

    async def mark(self, wamid: str, at: datetime) -> None:
        with suppress(DuplicateKey):  # another copy marked it first: the same thing was published
            await self._col.insert({"_id": wamid, "at": at.isoformat()})
