"""Rooms per room type per night, taken and given back only by conditional updates.

One document per room type and night (``<room_type>:<YYYY-MM-DD>``) holds that night's claims. Every
change reads the document, applies a pure ``Night`` rule, and writes it back only if nobody wrote in
between (the store's version check); on a lost race it reads again. So however many copies of the
service take rooms at once, a night never has more claims than rooms. A stay of several nights is
claimed night by night in date order and given back if any night is full: all of it or none of it.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from services.tourism.domain import Claim, Night, RoomType
from services.tourism.domain.inventory import ClaimKind
from shared.logging import get_logger
from shared.store import Conflict, Doc, DuplicateKey, Index, Store

log = get_logger(__name__)

COLLECTION = "inventory"
INDEXES = (Index(COLLECTION, ("room_type_id", "night")),)
ATTEMPTS = 500  # each lost race means another copy won, so this bounds only a pathological stampede


def night_id(room_type_id: str, day: date) -> str:
    return f"{room_type_id}:{day.isoformat()}"


class Inventory:
    def __init__(self, store: Store):
        self._nights = store.collection(COLLECTION)

    async def night(self, room: RoomType, day: date) -> Night:
        return _night(room, await self._nights.get(night_id(room.id, day)))

    async def free(self, room: RoomType, days: Sequence[date], now: datetime, *, excluding: str | None = None) -> int:
        """Rooms free on every one of ``days`` (the most one stay could take)."""
        found = [(await self.night(room, day)).free(now, excluding=excluding) for day in days]
        return min(found, default=0)

    async def short(self, room: RoomType, days: Sequence[date], rooms: int, now: datetime) -> list[date]:
        """The nights among ``days`` with fewer than ``rooms`` free: what a refused claim names to the office."""
        return [day for day in days if (await self.night(room, day)).free(now) < rooms]

    async def claim(self, room: RoomType, days: Sequence[date], name: str, claim: Claim, now: datetime) -> bool:
        """Take ``claim`` on every night or on none; False when some night lacks the rooms."""
        taken: list[date] = []
        for day in sorted(days):
            if not await self._change(room, day, lambda night: night.claim(name, claim, now)):
                await self.release(room, taken, name, now, only=claim.kind)
                return False
            taken.append(day)
        return True

    async def release(self, room: RoomType, days: Sequence[date], name: str, now: datetime, *,
                      only: ClaimKind | None = None) -> None:
        for day in days:
            await self._change(room, day, lambda night: night.release(name, now, only=only))

    async def held(self, room: RoomType, days: Sequence[date], name: str, now: datetime, *kinds: ClaimKind) -> bool:
        """Whether ``name`` has a live claim of one of ``kinds`` on every night."""
        return all([(await self.night(room, day)).holds(name, now, *kinds) for day in days])

    async def crowded(self, room: RoomType, since: date, now: datetime) -> list[date]:
        """Nights from ``since`` on which more rooms are claimed than ``room`` has (after a manager lowered
        its count): the back office refuses such a change, or reports the nights if a race let one in."""
        docs = await self._nights.find({"room_type_id": room.id, "night": {"$gte": since.isoformat()}})
        return sorted(date.fromisoformat(d["night"]) for d in docs
                      if _night(room, d).taken(now) > room.rooms)

    async def _change(self, room: RoomType, day: date, rule: Callable[[Night], Night | None]) -> bool:
        key = night_id(room.id, day)
        for _ in range(ATTEMPTS):
            doc = await self._nights.get(key)
            changed = rule(_night(room, doc))
            if changed is None:
                return False
            claims = {name: c.to_doc() for name, c in changed.claims.items()}
            try:
                if doc is None:
                    await self._nights.insert({"_id": key, "room_type_id": room.id, "property_id": room.property_id,
                                               "night": day.isoformat(), "claims": claims})
                else:
                    await self._nights.update(key, {"claims": claims}, expected_version=doc["_v"])
                return True
            except (Conflict, DuplicateKey):
                continue
        log.warning("tourism.inventory_contended", night=key, attempts=ATTEMPTS)
        raise Conflict(f"{key}: still contended after {ATTEMPTS} attempts")


def _night(room: RoomType, doc: Doc | None) -> Night:
    claims = {name: Claim.from_doc(c) for name, c in (doc or {}).get("claims", {}).items()}
    return Night(capacity=room.rooms, claims=claims)
