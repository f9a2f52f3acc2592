"""Cases in the store, found the ways the chat and the office ask for them.

A case is stored under its number. The chat reads cases only by number or by the asker's own mobile;
whether the asker may see details is decided by ``owner`` against the registered mobile, never by what
the asker says. Changes are conditional on the version read: two officials approving the same case at
once cannot both win, and the loser sees the case as the winner left it.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any, Generic

from shared.casework.case import Case
from shared.casework.kind import C
from shared.casework.mobile import wa_key
from shared.store import Conflict, Doc, DuplicateKey, Index, Store

ATTEMPTS = 20
STORED_AS_SCOPED = ("gp.code",)  # lower case in every record (``GramPanchayat.code``): the store compares these
SCAN = 200  # records read at a time when a page is filtered by place names, which records spell as typed
_EARLIEST = datetime.min.replace(tzinfo=UTC)


def indexes(collection: str) -> tuple[Index, ...]:
    return (Index(collection, ("mobile",)), Index(collection, ("gp.code", "status")),
            Index(collection, ("status", "issue.valid_until")))


def fold(value: str) -> str:
    """A place as a scope and a record are compared: NFC, without outer spaces, case folded — so
    ``district=purulia`` is the record's ``Purulia``, as the grievance and payroll offices read a scope."""
    return unicodedata.normalize("NFC", value).strip().casefold()


def scope_filter(scope: dict[str, str]) -> dict[str, str]:
    """A token's area as record fields and folded values: ``gp`` by code, ``block`` and ``district`` by
    name, each regardless of case. The list (``Cases.page``) and the office's check on one record
    (``access.may_handle``) both match it with ``outside``: a token that lists nothing of a panchayat reads
    nothing of it either."""
    keys = {"gp": "gp.code", "block": "gp.block", "district": "gp.district"}
    return {keys[k]: fold(v) for k, v in scope.items() if k in keys}


def outside(wanted: dict[str, str], case: Any) -> tuple[str, str] | None:
    """The field and value of the area ``wanted`` (``scope_filter``'s) that ``case`` — a stored case or a
    new one's body — is not in, or None when it is inside. Only the whole name matches: ``Purulia`` is not
    in ``district=puru``."""
    for path, value in wanted.items():
        found: Any = case
        for part in path.split("."):
            found = getattr(found, part, None)
        if not isinstance(found, str) or fold(found) != value:
            return path, value
    return None


def submitted_first(case: Case) -> tuple[datetime, str]:
    """A sort key putting the newest case last: the moment it was submitted, then its number."""
    return (case.history[0].at if case.history else _EARLIEST), case.number


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

    async def add_all(self, cases: Sequence[C]) -> None:
        """Store every case or none. When one cannot go in — ``DuplicateKey`` naming its number when it was
        taken meanwhile, or a store error — the ones this call stored are deleted again before it raises. The
        store has no transaction over several documents: a process stopped halfway leaves the first ones in."""
        added: list[str] = []
        try:
            for case in cases:
                try:
                    await self.add(case)
                except DuplicateKey:
                    raise DuplicateKey(case.number) from None
                added.append(case.number)
        except BaseException:
            for number in added:
                await self._docs.delete(number)
            raise

    async def of_mobile(self, wa_id: str) -> list[C]:
        """All of the asker's own cases, newest first (the chat pages them). A number's ``_id`` leads with
        its district code, so it cannot order them; one person's cases are few, and are sorted here."""
        key = wa_key(wa_id)
        if key is None:
            return []
        return sorted((self._case(d) for d in await self._docs.find({"mobile": key})), key=submitted_first,
                      reverse=True)

    async def page(self, area: dict[str, str], *, status: str | None = None, limit: int = 100,
                   after: str | None = None) -> tuple[list[C], str | None]:
        """Up to ``limit`` cases of the ``area`` (``scope_filter``'s) in number order after the number
        ``after``, and the number to ask the next page after (None on the last page). Keyset paging: a page
        is found by index, however deep. A gp code is asked of the store; block and district names, which
        a record spells as the office typed them, are matched here regardless of case, reading on until the
        page is full."""
        wanted: dict[str, Any] = {k: v for k, v in area.items() if k in STORED_AS_SCOPED}
        named = {k: v for k, v in area.items() if k not in STORED_AS_SCOPED}
        if status:
            wanted["status"] = status
        batch = max(limit + 1, SCAN) if named else limit + 1
        found: list[C] = []
        while True:
            query = {**wanted, **({"_id": {"$gt": after}} if after else {})}
            docs = await self._docs.find(query, sort=[("_id", 1)], limit=batch)
            found += [case for case in map(self._case, docs) if outside(named, case) is None]
            if len(found) > limit or len(docs) < batch:
                break
            after = docs[-1]["_id"]
        cases = found[:limit]
        return cases, cases[-1].number if len(found) > limit else None

    async def issued_until(self, last: date, *, wa_id: str | None = None) -> list[C]:
        """Approved cases whose document's last valid day is on or before ``last``, the soonest first;
        with ``wa_id``, only that asker's own."""
        wanted: dict[str, Any] = {"status": "approved", "issue.valid_until": {"$lte": last.isoformat()}}
        if wa_id is not None:
            if (key := wa_key(wa_id)) is None:
                return []
            wanted["mobile"] = key
        docs = await self._docs.find(wanted, sort=[("issue.valid_until", 1), ("_id", 1)])
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
