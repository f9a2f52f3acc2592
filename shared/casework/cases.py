"""Cases in the store, found the ways the chat and the office ask for them.

A case is stored under its number. The chat reads cases only by number or by the asker's own number;
whether the asker may see details is decided by ``Case.held_by`` against the registered mobile (or the number
abroad its holder moved to), never by what the asker says. Changes are conditional on the version read: two
officials approving the same case at once cannot both win, and the loser sees the case as the winner left it.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from typing import Any, Generic

from shared.casework.areas import AREA, FOLDED, fold_stored, folded, outside, stored
from shared.casework.case import Case, GramPanchayat
from shared.casework.kind import C
from shared.casework.mobile import wa_key
from shared.logging import get_logger
from shared.store import Conflict, Doc, DuplicateKey, Filter, Index, Sort, Store

log = get_logger(__name__)

ATTEMPTS = 20
OWED = "_owed"  # the first step of a case's history not yet announced (``office.owed``), absent when none
_EARLIEST = datetime.min.replace(tzinfo=UTC)


def indexes(collection: str) -> tuple[Index, ...]:
    """The chat's and the reminders' lookups, and for the office's list (``Cases.page``) each way of naming
    an area with and without a status, ending in the number (``_id``) it pages by."""
    areas = ("gp.code", *FOLDED.values())
    return (Index(collection, ("mobile",)), Index(collection, ("moved_to",)),
            Index(collection, ("status", "issue.valid_until")),
            Index(collection, ("status", "_id")), Index(collection, (OWED,)),
            *(Index(collection, (place, *status, "_id")) for place in areas for status in ((), ("status",))))


def submitted_first(case: Case) -> tuple[datetime, str]:
    """A sort key putting the newest case last: the moment it was submitted, then its number."""
    return (case.history[0].at if case.history else _EARLIEST), case.number


def _showing(status: str | None, today: date | None) -> Filter:
    """The store filter of the cases that show ``status`` on ``today`` (``Case.shown_status``)."""
    if status != "expired":
        return {"status": status} if status else {}
    if today is None:
        raise ValueError("which cases show as expired depends on the day: give today")
    return {"status": "approved", "issue.valid_until": {"$lt": today.isoformat()}}


class Cases(Generic[C]):
    def __init__(self, store: Store, collection: str, model: type[C]):
        self._docs = store.collection(collection)
        self._model = model

    def _case(self, doc: Doc) -> C:
        """The model of a stored case, without the store's own fields (``_id``, ``_v``, ``AREA``)."""
        return self._model.model_validate({k: v for k, v in doc.items() if not k.startswith("_")})

    @staticmethod
    def _stored(case: Case) -> Doc:
        """The case as the store keeps it: its fields and the folded copy of its place (``areas.AREA``),
        which every write of a case carries, so the copy changes with the place."""
        fields = case.model_dump(mode="json")
        return {**fields, AREA: folded(fields)}

    async def get(self, number: str) -> C | None:
        doc = await self._docs.get(number)
        return None if doc is None else self._case(doc)

    async def panchayat(self, code: str, *, besides: str = "") -> GramPanchayat | None:
        """The gram panchayat ``code`` as its cases record it (the first by number, other than the case
        ``besides``), or None when it has no case (``office.places``)."""
        for doc in await self._docs.find({"gp.code": code}, sort=[("_id", 1)], limit=2):
            if doc["_id"] != besides:
                return GramPanchayat.model_validate(doc["gp"])
        return None

    async def naming(self, field: str, value: str) -> list[C]:
        """The cases whose ``field`` is ``value``, found by the index the kind declares on it."""
        return [self._case(doc) for doc in await self._docs.find({field: value})]

    async def add(self, case: C, *, owing: bool = False) -> C:
        """Raises ``DuplicateKey`` when the number is taken. ``owing``: the case is announced after it is stored,
        and owes that until it is (``office.owed``)."""
        owed = {OWED: len(case.history)} if owing and case.history else {}
        await self._docs.insert({"_id": case.number, **self._stored(case), **owed})
        return case

    async def add_all(self, cases: Sequence[C], *, owing: bool = False) -> None:
        """Store every case or none. When one cannot go in — ``DuplicateKey`` naming its number when it was
        taken meanwhile, or a store error — the ones this call stored are deleted again before it raises. The
        store has no transaction over several documents: a process stopped halfway leaves the first ones in."""
        added: list[str] = []
        try:
            for case in cases:
                try:
                    await self.add(case, owing=owing)
                except DuplicateKey:
                    raise DuplicateKey(case.number) from None
                added.append(case.number)
        except BaseException:
            for number in added:
                await self._docs.delete(number)
            raise

    async def remove(self, number: str) -> None:
        """Take out again a case just stored that may not stay (``Kind.claim``), before anyone was told of it."""
        await self._docs.delete(number)

    async def put_back(self, before: C, after: C) -> bool:
        """``before`` again in place of ``after``, the change of it just stored that may not stay (``Kind.claim``);
        False, and nothing done, when the case is no longer ``after`` (someone changed it since)."""
        for _ in range(ATTEMPTS):
            doc = await self._docs.get(before.number)
            if doc is None or self._case(doc) != after:
                return False
            fields = {k: v for k, v in self._stored(before).items() if k != "number"}
            try:
                await self._docs.update(before.number, fields, expected_version=doc["_v"])
            except Conflict:
                continue
            return True
        return False

    async def of_mobile(self, wa_id: str) -> list[C]:
        """All of the asker's own cases (``Case.held_by``), newest first (the chat pages them). A number's
        ``_id`` leads with its district code, so it cannot order them; one person's cases are few, and are
        sorted here."""
        return sorted((self._case(d) for d in await self._held_by(wa_id)), key=submitted_first, reverse=True)

    async def _held_by(self, wa_id: str, wanted: Filter | None = None, sort: Sort = ()) -> list[Doc]:
        """The stored cases ``wanted`` of the holder at ``wa_id`` (``Case.held_by``): an Indian mobile holds
        those registered to it that their holder did not take abroad; any other number those taken to it."""
        if (key := wa_key(wa_id)) is not None:
            return [d for d in await self._docs.find({**(wanted or {}), "mobile": key}, sort=sort)
                    if not d.get("moved_to")]
        return await self._docs.find({**(wanted or {}), "moved_to": wa_id}, sort=sort) if wa_id else []

    async def page(self, area: dict[str, str], *, status: str | None = None, limit: int = 100,
                   after: str | None = None, today: date | None = None) -> tuple[list[C], str | None]:
        """Up to ``limit`` cases of the ``area`` (``scope_filter``'s) in number order after the number
        ``after``, and the number to ask the next page after (None on the last page). ``status`` is one a
        case shows: ``expired`` is an approval whose document ended before ``today`` (in India), which is
        stored as approved (``Case.shown_status``); ``approved`` lists every approval. Keyset paging: one
        query of at most ``limit + 1`` cases, found by index however deep (``indexes``), block and district
        names on their folded copies. Each case is checked against its own place too, so a folded copy that
        is out of date shows nothing outside the area; such a case is left off its page."""
        wanted: dict[str, Any] = {**stored(area), **_showing(status, today)}
        if after:
            wanted["_id"] = {"$gt": after}
        docs = await self._docs.find(wanted, sort=[("_id", 1)], limit=limit + 1)
        cases = [self._case(d) for d in docs[:limit]]
        kept = [case for case in cases if outside(area, case) is None]
        if len(kept) < len(cases):
            log.warning("casework.place_out_of_date", collection=self._docs.name,
                        numbers=sorted({c.number for c in cases} - {c.number for c in kept}))
        return kept, cases[-1].number if len(docs) > limit else None

    async def fold_places(self) -> int:
        """Give the cases stored before their folded place existed one (``areas.fold_stored``); run at start."""
        return await fold_stored(self._docs)

    async def issued_until(self, last: date, *, wa_id: str | None = None) -> list[C]:
        """Approved cases whose document's last valid day is on or before ``last``, the soonest first;
        with ``wa_id``, only that asker's own."""
        wanted: dict[str, Any] = {"status": "approved", "issue.valid_until": {"$lte": last.isoformat()}}
        soonest = [("issue.valid_until", 1), ("_id", 1)]
        docs = await (self._docs.find(wanted, sort=soonest) if wa_id is None else self._held_by(wa_id, wanted, soonest))
        return [self._case(d) for d in docs]

    async def owing(self) -> list[tuple[int, C]]:
        """The cases with a step not yet announced (``OWED``), each with that step, the lowest step first."""
        return [(d[OWED], self._case(d)) for d in await self._docs.find({OWED: {"$gt": 0}}, sort=[(OWED, 1)])]

    async def change(self, number: str, rule: Callable[[C], Case], *, owing: bool = False, **extra: Any) -> C | None:
        """The case after ``rule`` (which may raise ``Refused``) was applied to its latest version. ``owing``: a
        move it makes is announced after it is stored, and owes that, in the same write, until it is
        (``office.owed``)."""
        for _ in range(ATTEMPTS):
            doc = await self._docs.get(number)
            if doc is None:
                return None
            case = self._case(doc)
            changed = rule(case)
            fields = {**{k: v for k, v in self._stored(changed).items() if k != "number"}, **extra}
            if owing and len(changed.history) > len(case.history):
                fields[OWED] = doc.get(OWED) or len(changed.history)
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
