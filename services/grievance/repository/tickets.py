"""Tickets in the store, found the ways the service asks: a person's own, an office's queue, the overdue.

A ticket is stored under its number; ``origin`` (the chat draft or the event that made it) is unique, so
submitting the same draft twice, or a redelivered stay complaint, finds the first ticket instead of making
a second. Every change is conditional on the version read (``change``): of two officials, or two copies
of the escalation sweep, acting on one ticket at once, one wins and the other re-reads and re-decides.
``of_person`` is the only way the chat reads a ticket: another person's number is as good as absent.
A file the person sent that a ticket holds for the first time is expected in ``media`` before the ticket is
written (``MediaFiles.expect``), so none is stored on a ticket without being fetched.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from pydantic import TypeAdapter

from services.grievance.domain import OPEN, Ticket, Utc
from services.grievance.repository.media import MediaFiles
from shared import owed
from shared.india import today_in_india
from shared.runtime.periodic import left_alone
from shared.store import Conflict, Doc, DuplicateKey, Index, Store

COLLECTION = "tickets"
ESCALATION = "_escalation"  # the store's own: an escalation stored, not yet announced (``escalated``, ``shared.owed``)
INDEXES = (
    Index(COLLECTION, ("origin",), unique=True),
    Index(COLLECTION, ("wa_id",)),
    Index(COLLECTION, ("district", "block", "gp")),
    Index(COLLECTION, ("status", "level_due")),
    owed.index(COLLECTION, ESCALATION),
)
ATTEMPTS = 20
APPLIED_KEPT = 20  # the envelopes that last changed a ticket, to recognise a retried message
PREFIX = "GRV"


def _doc(ticket: Ticket) -> Doc:
    return {"_id": ticket.number, **ticket.model_dump(mode="json")}


class Tickets:
    def __init__(self, store: Store):
        self._store = store
        self._tickets = store.collection(COLLECTION)
        self._media = MediaFiles(store)

    async def next_number(self, now: datetime) -> str:
        """``GRV-2026-000123``: numbered per year in India (31 December 19:00 UTC is already the new year
        there), atomically across copies of the service."""
        year = today_in_india(now).year
        return f"{PREFIX}-{year}-{await self._store.seq.next(f'{COLLECTION}-{year}'):06d}"

    async def add(self, ticket: Ticket) -> Ticket:
        """The stored ticket: this one, or the one made earlier from the same origin."""
        await self._media.expect(ticket.number, ticket.attachments)
        try:
            await self._tickets.insert(_doc(ticket))
            return ticket
        except DuplicateKey:
            existing = await self.by_origin(ticket.origin)
            if existing is None:
                raise
            return existing

    async def by_origin(self, origin: str) -> Ticket | None:
        docs = await self._tickets.find({"origin": origin}, limit=1)
        return Ticket.model_validate(docs[0]) if docs else None

    async def get(self, number: str) -> Ticket | None:
        doc = await self._tickets.get(number.upper())
        return None if doc is None else Ticket.model_validate(doc)

    async def of_person(self, wa_id: str, number: str) -> Ticket | None:
        """The person's ticket; a number without its year (``GRV-000007``) is their latest with that serial."""
        if number.count("-") == 1:
            serial = number.rsplit("-", 1)[1]
            return next((t for t in await self.for_person(wa_id, limit=None) if t.number.endswith(f"-{serial}")), None)
        ticket = await self.get(number)
        return ticket if ticket is not None and ticket.wa_id == wa_id else None

    async def for_person(self, wa_id: str, *, limit: int | None = 50) -> list[Ticket]:
        """The person's complaints, the latest first."""
        docs = await self._tickets.find({"wa_id": wa_id}, sort=[("lodged_at", -1)], limit=limit)
        return [Ticket.model_validate(d) for d in docs]

    async def moved(self, old: str, new: str) -> int:
        """The complainant changed their number: every ticket of ``old`` is ``new``'s (shown there, its notices
        sent there, an escalation not yet announced too) and ``old`` keeps none. Repeatable: a second run
        finds none left. Returns how many moved."""
        docs = await self._tickets.find({"wa_id": old})
        for doc in docs:
            await self._move(doc["_id"], old, new)
        return len(docs)

    async def _move(self, number: str, old: str, new: str) -> None:
        for _ in range(ATTEMPTS):
            doc = await self._tickets.get(number)
            if doc is None or doc.get("wa_id") != old:
                return
            changes: Doc = {"wa_id": new}
            pending = doc.get(ESCALATION)
            if pending and pending["ticket"].get("wa_id") == old:
                changes[ESCALATION] = {**pending, "ticket": {**pending["ticket"], "wa_id": new}}
            try:
                await self._tickets.update(number, changes, expected_version=doc["_v"])
                return
            except Conflict:
                continue
        raise Conflict(f"ticket {number}: still contended after {ATTEMPTS} attempts")

    async def find(self, where: dict[str, Any], *, limit: int | None = None) -> list[Ticket]:
        """Tickets matching equality filters on their fields (the back office's queue filters), oldest first."""
        docs = await self._tickets.find(where, sort=[("lodged_at", 1)], limit=limit)
        return [Ticket.model_validate(d) for d in docs]

    async def overdue(self, now: datetime) -> list[Ticket]:
        docs = await self._tickets.find({"status": {"$in": list(OPEN)}, "level_due": {"$lt": _iso(now)}},
                                        sort=[("level_due", 1)])
        return [Ticket.model_validate(d) for d in docs]

    async def change(self, number: str, rule: Callable[[Ticket], Ticket | None], *, key: str | None = None,
                     owes: Callable[[Ticket, Ticket], Doc] | None = None) -> tuple[Ticket, Ticket] | None:
        """Apply ``rule`` (a new ticket, None for "nothing to do"; it raises ``Refused`` to refuse) to the
        latest version. Returns (before, after) when the change is made, None when nothing changed.
        ``key`` (the envelope being handled) makes a repeat a no-op: a message retried after its change
        was saved finds it applied and gets the stored ticket back as both before and after. ``owes``: the
        store's own fields written with the change, from the ticket before and after (what it owes)."""
        for _ in range(ATTEMPTS):
            doc = await self._tickets.get(number.upper())
            if doc is None:
                return None
            before = Ticket.model_validate(doc)
            if key is not None and key in before.applied:
                return before, before
            after = rule(before)
            if after is None:
                return None
            if key is not None:
                after = after.model_copy(update={"applied": [*before.applied, key][-APPLIED_KEPT:]})
            held = {a.id for a in before.attachments}
            await self._media.expect(after.number, [a for a in after.attachments if a.id not in held])
            try:
                owing = owes(before, after) if owes is not None else {}
                await self._tickets.update(before.number, {**_doc(after), **owing}, expected_version=doc["_v"])
                return before, after
            except Conflict:
                continue
        raise Conflict(f"ticket {number}: still contended after {ATTEMPTS} attempts")

    async def escalated(self, ticket: Ticket, version: int, higher: Ticket, now: datetime) -> bool:
        """Store ``higher`` only if the ticket is still at ``version``: False when someone else got there. The
        move is kept as not yet announced (the office it came from, the ticket as it went up, when) until
        ``announced``; a copy that stops or loses the broker in between leaves it for ``unannounced``."""
        pending = owed.owing(now, **{"from": ticket.level, "ticket": higher.model_dump(mode="json")})
        try:
            await self._tickets.update(ticket.number, {**_doc(higher), ESCALATION: pending}, expected_version=version)
            return True
        except Conflict:
            return False

    async def unannounced(self, before: datetime) -> list[str]:
        """Numbers of tickets whose escalation was stored by ``before`` and not announced since."""
        return [d["_id"] for d in await owed.due(self._tickets, ESCALATION, before, grace=timedelta(0))]

    async def take_announcement(self, number: str, now: datetime) -> tuple[str, Ticket] | None:
        """The office an unannounced escalation came from and the ticket as it went up, now this copy's to
        announce; None when it was announced meanwhile, or another copy took it on less than ``STALE_AFTER`` ago."""
        doc = await self._tickets.get(number)
        pending = (doc or {}).get(ESCALATION)
        if doc is None or not pending or not left_alone(pending["at"], now):
            return None
        try:
            taken = {**pending, "at": owed.at(now)}
            await self._tickets.update(number, {ESCALATION: taken}, expected_version=doc["_v"])
        except Conflict:
            return None
        return pending["from"], Ticket.model_validate(pending["ticket"])

    async def announced(self, higher: Ticket) -> None:
        """The escalation to ``higher.level`` was published and its person told: no copy says it again."""
        await owed.settle(self._tickets, higher.number, ESCALATION,
                          only=lambda pending: pending["ticket"]["level"] == higher.level)

    async def versioned(self, number: str) -> tuple[Ticket, int] | None:
        doc = await self._tickets.get(number.upper())
        return None if doc is None else (Ticket.model_validate(doc), doc["_v"])


def _iso(moment: datetime) -> str:
    """As the ticket stores its times (UTC, ``...Z``), so the strings compare in time order."""
    return TypeAdapter(Utc).dump_python(moment, mode="json")
