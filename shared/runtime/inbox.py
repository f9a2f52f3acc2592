"""The inbox: what each handled envelope produced, so a redelivery replays it instead of redoing it.

One record per envelope id in the service's ``_inbox`` collection: ``{_id, type, outputs, at}``.
``record`` is an insert on the envelope id, so of two copies handling the same envelope at once only
one record wins; the loser must publish the winner's outputs (the ones downstream may already have).
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from shared.envelope import Envelope
from shared.store import DuplicateKey, Store

COLLECTION = "_inbox"


class Inbox:
    def __init__(self, store: Store):
        self._records = store.collection(COLLECTION)

    async def recorded(self, envelope_id: str) -> list[Envelope] | None:
        """The outputs recorded for this envelope, or None if it was never handled to the end."""
        doc = await self._records.get(envelope_id)
        return None if doc is None else [Envelope.model_validate(o) for o in doc["outputs"]]

    async def record(self, envelope: Envelope, outputs: Sequence[Envelope], at: datetime) -> list[Envelope]:
        """Record ``outputs`` for ``envelope``; returns the outputs to publish (the winner's on a race)."""
        try:
            await self._records.insert({
                "_id": envelope.id, "type": envelope.type, "at": at.isoformat(),
                "outputs": [o.model_dump(mode="json") for o in outputs],
            })
        except DuplicateKey:
            winner = await self.recorded(envelope.id)
            return winner if winner is not None else list(outputs)
        return list(outputs)

