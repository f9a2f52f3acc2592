"""The inbox: what each handled envelope produced, so a redelivery replays it instead of redoing it.

One record per envelope id in the service's ``_inbox`` collection: ``{_id, type, outputs, at}``.
``record`` is an insert on the envelope id, so of two copies handling the same envelope at once only
one record wins; the loser must publish the winner's outputs (the ones downstream may already have).

A document's bytes (a PDF certificate, voucher or pay slip, base64 in ``payload.document.data_b64``) are
kept only until the output carrying them is confirmed on the bus: ``published`` then drops them and lists
the output's id under ``sent_on``. A replay leaves those outputs out: each is already in a durable queue,
and its copy without the file would be worse than none. The inbox is kept for a month; without this, every
document a service ever issued would sit in it for that month too, a second copy of each person's papers.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from shared.envelope import Envelope
from shared.store import Conflict, DuplicateKey, Store

COLLECTION = "_inbox"
SENT_ON = "sent_on"  # ids of outputs confirmed on the bus whose document bytes the record no longer holds


class Inbox:
    def __init__(self, store: Store):
        self._records = store.collection(COLLECTION)

    async def recorded(self, envelope_id: str) -> list[Envelope] | None:
        """The outputs recorded for this envelope, or None if it was never handled to the end. Outputs whose
        document bytes were dropped are left out: they were confirmed on the bus before the drop."""
        doc = await self._records.get(envelope_id)
        if doc is None:
            return None
        gone = set(doc.get(SENT_ON, ()))
        return [Envelope.model_validate(o) for o in doc["outputs"] if o["id"] not in gone]

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

    async def published(self, envelope_id: str, outputs: Sequence[Envelope]) -> int:
        """``outputs`` of ``envelope_id`` are confirmed on the bus: drop the document bytes the record holds
        for them. Returns how many outputs lost their bytes; no store call when none carries a document."""
        if not any(carries_file(o.payload) for o in outputs):
            return 0
        doc = await self._records.get(envelope_id)
        if doc is None:
            return 0
        confirmed = {o.id for o in outputs}
        before = list(doc.get(SENT_ON, ()))
        slimmed, sent_on = [], list(before)
        for output in doc["outputs"]:
            if output["id"] in confirmed and carries_file(output.get("payload")):
                output = {**output, "payload": without_file(output["payload"])}
                sent_on.append(output["id"])
            slimmed.append(output)
        if sent_on == before:
            return 0
        try:
            await self._records.update(envelope_id, {"outputs": slimmed, SENT_ON: sent_on},
                                       expected_version=doc["_v"])
        except Conflict:
            return 0  # another copy slimmed it (or the sweep removed it) first
        return len(sent_on) - len(before)


def carries_file(payload: Any) -> bool:
    document = payload.get("document") if isinstance(payload, dict) else None
    return isinstance(document, dict) and bool(document.get("data_b64"))


def without_file(payload: dict[str, Any]) -> dict[str, Any]:
    """The payload as kept after the send: the document's name, type and caption stay, its bytes go."""
    document = {k: v for k, v in payload["document"].items() if k != "data_b64"}
    return {**payload, "document": document}
