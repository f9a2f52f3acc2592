"""How long the records that only guard against repeats are kept, and the sweep that removes the rest.

The inbox (``_inbox``: what each handled envelope produced), the gateway's ``seen`` WhatsApp ids and the
sender's ``sent`` claims exist so a repeat is recognised. A repeat comes within the broker's retries
(minutes), a replay from the dead-letter queue (days, by a person), or the Cloud API's webhook retries
(up to 7 days). Kept longer than the longest of these, they can go; kept forever, the stores grow with
every message ever handled. Each process sweeps its own store hourly, a batch at a time, on an index.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from shared.logging import get_logger
from shared.store import Index, Store

log = get_logger(__name__)
SWEEP_EVERY = 3600.0
BATCH = 500


@dataclass(frozen=True)
class Keep:
    """Documents of ``collection`` whose ISO-8601 UTC ``field`` is older than ``days`` may be removed."""

    collection: str
    field: str
    days: float

    @property
    def index(self) -> Index:
        return Index(self.collection, (self.field,))


INBOX = Keep("_inbox", "at", 30)  # every service: a dead letter replayed within a month is still recognised
SEEN = Keep("seen", "at", 8)  # gateway: the Cloud API retries a webhook for up to 7 days
SENT = Keep("sent", "claimed_at", 30)  # sender: as long as the inbox, so a replayed outbound is never resent


async def purge(store: Store, keep: Keep, now: datetime, *, batch: int = BATCH) -> int:
    """Remove what ``keep`` no longer needs; returns how many documents went."""
    cutoff = (now - timedelta(days=keep.days)).isoformat()
    docs = store.collection(keep.collection)
    removed = 0
    while True:
        old = await docs.find({keep.field: {"$lt": cutoff}}, limit=batch)
        for doc in old:
            removed += await docs.delete(doc["_id"])
        if len(old) < batch:
            return removed


async def sweep_forever(store: Store, rules: Sequence[Keep], clock: Callable[[], datetime], *,
                        every: float = SWEEP_EVERY) -> None:
    """Sweep every ``every`` seconds (the first after one interval, so a start stays quick); a failed
    sweep is logged and tried again next time."""
    while True:
        await asyncio.sleep(every)
        for keep in rules:
            try:
                removed = await purge(store, keep, clock())
            except Exception:  # noqa: BLE001 - one failed sweep must not stop the next
                log.exception("retention.sweep_failed", collection=keep.collection)
                continue
            if removed:
                log.info("retention.purged", collection=keep.collection, removed=removed)
