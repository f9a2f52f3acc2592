"""Cases in the store, found the ways the chat and the office ask for them.

A case is stored under its number. The chat reads cases only by number or by the asker's own mobile;
whether the asker may see details is decided by ``owner`` against the registered mobile, never by what
the asker says. Changes are conditional on the version read: two officials approving the same case at
once cannot both win, and the loser sees the case as the winner left it.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, Generic

from shared.casework.case import Case
from shared.casework.kind import C
from shared.casework.mobile import mobile_key
from shared.store import Conflict, Doc, Index, Store

ATTEMPTS = 20
SHOWN = 10


def indexes(collection: str) -> tuple[Index, ...]:
    return (Index(collection, ("mobile",)), Index(collection, ("gp.code", "status")),
            Index(collection, ("status", "issue.valid_until")))


def scope_filter(scope: dict[str, str]) -> dict[str, Any]:
    """The store filter of a token's area: ``gp`` by code, ``block`` and ``district`` by name."""
    keys = {"gp": "gp.code", "block": "gp.block", "district": "gp.district"}
    return {keys[k]: v for k, v in scope.items() if k in keys}


class Cases(Generic[C]):
    def __init__(self, store: Store, collection: str, model: type[C]):
        self._docs = store.collection(collection)
        self._model = model

    def _case(self, doc: Doc) -> C:
        return self._model.model_validate({k: v for k, v in doc.items() if not k.startswith("_")})

    async def get(self, number: str) -> C | None:
        doc = await self._docs.get(number)
        return None if doc is None else self._case(doc)

    async def add(self, case: C) -> C:
        """Raises ``DuplicateKey`` when the number is taken."""
        await self._docs.insert({"_id": case.number, **case.model_dump(mode="json")})
        return case

    async def of_mobile(self, wa_id: str, *, limit: int = SHOWN) -> list[C]:
        """The asker's own cases, newest number first."""
        key = mobile_key(wa_id)
        if key is None:
            return []
        return [self._case(d) for d in await self._docs.find({"mobile": key}, sort=[("_id", -1)], limit=limit)]

    async def page(self, area: dict[str, Any], *, status: str | None = None, limit: int = 100,
                   after: str | None = None) -> tuple[list[C], str | None]:
        """Up to ``limit`` cases in number order after the number ``after``, and the number to ask the next
        page after (None on the last page). Keyset paging: a page is found by index, however deep."""
        wanted: dict[str, Any] = {**area, **({"status": status} if status else {})}
        if after:
            wanted["_id"] = {"$gt": after}
        docs = await self._docs.find(wanted, sort=[("_id", 1)], limit=limit + 1)
        cases = [self._case(d) for d in docs[:limit]]
        return cases, cases[-1].number if len(docs) > limit else None

    async def issued_until(self, last: date) -> list[C]:
        """Approved cases whose document's last valid day is on or before ``last``."""
        docs = await self._docs.find({"status": "approved", "issue.valid_until": {"$lte": last.isoformat()}},
                                     sort=[("_id", 1)])
        return [self._case(d) for d in docs]

    async def change(self, number: str, rule: Callable[[C], Case], **extra: Any) -> C | None:
        """The case after ``rule`` (which may raise ``Refused``) was applied to its latest version."""
        for _ in range(ATTEMPTS):
            doc = await self._docs.get(number)
            if doc is None:
                return None
            changed = rule(self._case(doc))
            fields = {**changed.model_dump(mode="json", exclude={"number"}), **extra}
            try:
                return self._case(await self._docs.update(number, fields, expected_version=doc["_v"]))
            except Conflict:
                continue
        raise Conflict(f"{number}: still contended after {ATTEMPTS} attempts")

    async def mark(self, number: str, field: str, value: Any, *, unless: Callable[[Doc], bool]) -> bool:
        """Set one bookkeeping field (a reminder sent) unless ``unless(doc)``; False when it already was,
        or another copy set it first — so of several copies exactly one gets True."""
        doc = await self._docs.get(number)
        if doc is None or unless(doc):
            return False
        try:
            await self._docs.update(number, {field: value}, expected_version=doc["_v"])
        except Conflict:
            return False
        return True
