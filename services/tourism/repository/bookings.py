"""Bookings in the store, found the ways the service asks for them: a guest's own, a property's arrivals,
tomorrow's check-ins due a reminder.

A booking is stored under its number; its quote's id (``draft_id``) is unique, so confirming the same
quote twice — a double tap, a redelivered message, two copies at once — finds the first booking instead
of making a second. Changes are conditional on the version read, so two staff members marking the same
booking cannot both win. ``for_guest`` and ``of_guest`` are the only ways the chat reads bookings, and
both filter by the person's WhatsApp id: nobody reaches another person's booking.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from services.tourism.domain import Booking
from shared import owed
from shared.runtime.periodic import STALE_AFTER, left_alone
from shared.store import Conflict, Doc, DuplicateKey, Index, Store

COLLECTION = "bookings"
OWED = "_owed"  # an office's cancellation not yet announced (``shared.owed``)
INDEXES = (
    Index(COLLECTION, ("draft_id",), unique=True),
    Index(COLLECTION, ("wa_id",)),
    Index(COLLECTION, ("property_id", "check_in")),
    Index(COLLECTION, ("check_in",)),
    owed.index(COLLECTION, OWED),
)
ATTEMPTS = 20


def _doc(booking: Booking) -> Doc:
    return {"_id": booking.number, **booking.model_dump(mode="json")}


class Bookings:
    def __init__(self, store: Store):
        self._bookings = store.collection(COLLECTION)

    async def add(self, booking: Booking) -> Booking:
        """The stored booking: this one, or the one already made from the same quote."""
        try:
            await self._bookings.insert(_doc(booking))
            return booking
        except DuplicateKey:
            existing = await self.by_draft(booking.draft_id)
            if existing is None:
                raise
            return existing

    async def get(self, number: str) -> Booking | None:
        doc = await self._bookings.get(number)
        return None if doc is None else Booking.model_validate(doc)

    async def by_draft(self, draft_id: str) -> Booking | None:
        docs = await self._bookings.find({"draft_id": draft_id}, limit=1)
        return Booking.model_validate(docs[0]) if docs else None

    async def of_guest(self, wa_id: str, number: str) -> Booking | None:
        """The booking if it is this person's; another person's booking is as good as absent."""
        booking = await self.get(number)
        return booking if booking is not None and booking.wa_id == wa_id else None

    async def for_guest(self, wa_id: str, *, limit: int = 50) -> list[Booking]:
        """The person's bookings, the latest check-in first."""
        docs = await self._bookings.find({"wa_id": wa_id}, sort=[("check_in", -1)], limit=limit)
        return [Booking.model_validate(d) for d in docs]

    async def moved(self, old: str, new: str) -> int:
        """The guest changed their number: every booking of ``old`` is ``new``'s (listed, cancelled, reminded
        there) and ``old`` keeps none. Repeatable: a second run finds none left. Returns how many moved."""
        docs = await self._bookings.find({"wa_id": old})
        for doc in docs:
            await self.change(doc["_id"], lambda booking: {"wa_id": new} if booking.wa_id == old else {})
        return len(docs)

    async def arrivals(self, property_id: str, first: date, last: date) -> list[Booking]:
        docs = await self._bookings.find(
            {"property_id": property_id, "check_in": {"$gte": first.isoformat(), "$lte": last.isoformat()}},
            sort=[("check_in", 1), ("_id", 1)])
        return [Booking.model_validate(d) for d in docs]

    async def arriving_on(self, day: date) -> list[Booking]:
        docs = await self._bookings.find({"check_in": day.isoformat()}, sort=[("_id", 1)])
        return [Booking.model_validate(d) for d in docs]

    async def change(self, number: str, rule: Callable[[Booking], dict[str, Any]]) -> Booking | None:
        """Apply ``rule`` (fields to set; it raises ``Refused`` to refuse) to the latest version."""
        for _ in range(ATTEMPTS):
            doc = await self._bookings.get(number)
            if doc is None:
                return None
            changes = rule(Booking.model_validate(doc))
            stored = {k: v.isoformat() if isinstance(v, date | datetime) else v for k, v in changes.items()}
            try:
                return Booking.model_validate(await self._bookings.update(number, stored, expected_version=doc["_v"]))
            except Conflict:
                continue
        raise Conflict(f"booking {number}: still contended after {ATTEMPTS} attempts")

    async def claim_reminder(self, number: str, now: datetime, *, stale_after: timedelta = STALE_AFTER
                             ) -> Booking | None:
        """Take the job of reminding this guest; None when it is done or another copy is doing it.
        A claim that never finished (its copy died) may be taken again once ``stale_after`` has passed."""
        doc = await self._bookings.get(number)
        if doc is None or doc.get("status") != "confirmed":
            return None
        reminder = doc.get("reminder") or {}
        if reminder.get("state") == "sent":
            return None
        if reminder.get("state") == "sending" and not left_alone(reminder["at"], now, stale_after):
            return None
        try:
            await self._bookings.update(number, {"reminder": {"state": "sending", "at": now.isoformat()}},
                                        expected_version=doc["_v"])
        except Conflict:
            return None
        return Booking.model_validate(doc)

    async def reminder_sent(self, number: str, now: datetime) -> None:
        for _ in range(ATTEMPTS):
            doc = await self._bookings.get(number)
            if doc is None:
                return
            try:
                await self._bookings.update(number, {"reminder": {"state": "sent", "at": now.isoformat()}},
                                            expected_version=doc["_v"])
                return
            except Conflict:
                continue
