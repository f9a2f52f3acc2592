"""Pay slips and the import batches they came in.

An import is written so that a crash cannot leave half a month behind. The whole batch — every row's
figures and verification code — is first stored as one ``batches`` document (status ``open``); then each
slip is inserted under ``<employee>:<month>`` (so writing it again is a no-op); then the batch is marked
``published``; once every employee has been told, ``announced``. The chat shows a slip only once its batch
is published, so a half-written batch is invisible, and ``unfinished`` lets a copy finish a batch that was
interrupted at any step: the next start, or another copy's periodic round (``take_batch``: one copy takes
it on, and only once it has been left alone for a while).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from services.payroll.domain import Slip, slip_id
from shared.runtime.periodic import left_alone
from shared.store import Conflict, Doc, DuplicateKey, Index, Store

SLIPS, BATCHES = "slips", "batches"
ATTEMPTS = 20
INDEXES = (Index(SLIPS, ("employee_id", "month")), Index(SLIPS, ("month",)), Index(BATCHES, ("status",)),
           Index(BATCHES, ("month",)))


def _slip(doc: Doc) -> Slip:
    return Slip.model_validate({k: v for k, v in doc.items() if not k.startswith("_")})


class Slips:
    def __init__(self, store: Store):
        self._slips = store.collection(SLIPS)
        self._batches = store.collection(BATCHES)
        self._seq = store.seq

    async def new_batch_id(self, month: str) -> str:
        return f"B-{month}-{await self._seq.next(f'batch-{month}'):03d}"

    async def open_batch(self, batch: dict[str, Any]) -> None:
        await self._batches.insert({**batch, "status": "open"})

    async def batch(self, batch_id: str) -> Doc | None:
        return await self._batches.get(batch_id)

    async def unfinished(self) -> list[Doc]:
        return await self._batches.find({"status": {"$in": ["open", "published"]}}, sort=[("_id", 1)])

    async def batches_of(self, month: str) -> list[Doc]:
        return await self._batches.find({"month": month}, sort=[("_id", 1)])

    async def write(self, slip: Slip) -> Slip:
        """The slip as stored: this one, or the one a previous run of the same batch already wrote.
        Raises ``DuplicateKey`` when another batch holds this employee's month."""
        try:
            await self._slips.insert({"_id": slip.id, **slip.model_dump(mode="json")})
            return slip
        except DuplicateKey:
            existing = await self.get(slip.employee_id, slip.month, published_only=False)
            if existing is None or existing.batch != slip.batch:
                raise
            return existing

    async def move_batch(self, batch_id: str, was: str, status: str, at: datetime) -> bool:
        """Move a batch from ``was`` to ``status``; False when it was no longer at ``was``."""
        for _ in range(ATTEMPTS):
            doc = await self._batches.get(batch_id)
            if doc is None or doc["status"] != was:
                return False
            try:
                await self._batches.update(batch_id, {"status": status, f"{status}_at": at.isoformat()},
                                           expected_version=doc["_v"])
                return True
            except Conflict:
                continue  # another copy finishing it, or taking it on: look again
        return False

    async def take_batch(self, batch: Doc, now: datetime, *, stale_after: timedelta | None) -> Doc | None:
        """The unfinished ``batch``, now this copy's to finish; None when another copy took it on first, or
        (with ``stale_after``) when it was made or taken on less than that long ago: its copy may still be at it."""
        if stale_after is not None and not left_alone(batch.get("finishing_at") or batch["at"], now, stale_after):
            return None
        try:
            return await self._batches.update(batch["_id"], {"finishing_at": now.isoformat()},
                                              expected_version=batch["_v"])
        except Conflict:
            return None

    async def remove(self, slip: Slip) -> None:
        await self._slips.delete(slip.id)

    async def months_taken(self, month: str) -> set[str]:
        """Employees who already have a slip for ``month`` (from any batch not failed)."""
        return {d["employee_id"] for d in await self._slips.find({"month": month})}

    async def get(self, employee_id: str, month: str, *, published_only: bool = True) -> Slip | None:
        doc = await self._slips.get(slip_id(employee_id, month))
        if doc is None:
            return None
        slip = _slip(doc)
        return slip if not published_only or await self._published(slip.batch) else None

    async def of_employee(self, employee_id: str) -> list[Slip]:
        """The employee's published slips, newest month first."""
        docs = await self._slips.find({"employee_id": employee_id}, sort=[("month", -1)])
        published: dict[str, bool] = {}
        slips = []
        for doc in docs:
            if doc["batch"] not in published:
                published[doc["batch"]] = await self._published(doc["batch"])
            if published[doc["batch"]]:
                slips.append(_slip(doc))
        return slips

    async def reissue(self, employee_id: str, month: str, change: Callable[[Slip], Slip], *,
                      owes: Callable[[Slip], Doc] | None = None) -> tuple[Slip, Slip] | None:
        """(old, new) after applying ``change``, conditional on the version read; a change that changes nothing
        writes nothing. ``owes``: the store's own fields written with a change, from the new slip (what it owes,
        ``shared.owed``)."""
        doc = await self._slips.get(slip_id(employee_id, month))
        if doc is None or not await self._published(doc["batch"]):
            return None
        old = _slip(doc)
        new = change(old)
        if new != old:
            await self._slips.update(old.id, {**new.model_dump(mode="json"), **(owes(new) if owes else {})},
                                     expected_version=doc["_v"])
        return old, new

    async def _published(self, batch_id: str) -> bool:
        doc = await self._batches.get(batch_id)
        return doc is not None and doc["status"] in ("published", "announced")
