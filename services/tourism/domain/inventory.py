"""Availability of one room type on one night, as the claims on its rooms.

Every taker of rooms leaves a named claim: a quote's hold (with an expiry), a confirmed booking, or a
manager's block. Free rooms are the room type's count less every live claim; a hold past its expiry is
simply not live any more, so an abandoned quote frees its rooms at the minute it lapses without anyone
having to sweep it (a sweep only tidies). Claims are named so that taking or releasing twice (a
redelivered message, a retried conflict) changes nothing the second time, and so a hold becomes its
booking by replacing the claim under the same name.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal

ClaimKind = Literal["hold", "booking", "block"]


@dataclass(frozen=True)
class Claim:
    rooms: int
    kind: ClaimKind
    until: datetime | None = None  # a hold's expiry; bookings and blocks do not lapse

    def live(self, now: datetime) -> bool:
        return self.kind != "hold" or (self.until is not None and now < self.until)

    def to_doc(self) -> dict[str, Any]:
        return {"rooms": self.rooms, "kind": self.kind, "until": self.until.isoformat() if self.until else None}

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Claim:
        until = doc.get("until")
        return cls(rooms=int(doc["rooms"]), kind=doc["kind"], until=datetime.fromisoformat(until) if until else None)


@dataclass(frozen=True)
class Night:
    """The claims on one room type for one night, against the rooms it has."""

    capacity: int
    claims: dict[str, Claim] = field(default_factory=dict)

    def taken(self, now: datetime, *, excluding: str | None = None) -> int:
        return sum(c.rooms for name, c in self.claims.items() if name != excluding and c.live(now))

    def free(self, now: datetime, *, excluding: str | None = None) -> int:
        return max(self.capacity - self.taken(now, excluding=excluding), 0)

    def claim(self, name: str, claim: Claim, now: datetime) -> Night | None:
        """The night with ``name`` holding ``claim`` (replacing its earlier claim), or None when the rooms
        are not free. Lapsed holds are dropped on the way, so stored nights do not grow without end."""
        current = self.claims.get(name)
        if current is not None and current.kind == "booking" and claim.kind == "hold":
            return self  # a booking is never turned back into a hold, whatever order two messages run in
        if claim.rooms > self.free(now, excluding=name):
            return None
        kept = {n: c for n, c in self.tidy(now).claims.items() if n != name}
        return replace(self, claims={**kept, name: claim})

    def release(self, name: str, now: datetime, *, only: ClaimKind | None = None) -> Night:
        """Without ``name``'s claim; with ``only``, just when it is of that kind (giving back a quote
        must not give back the booking it has just become)."""
        current = self.claims.get(name)
        if current is not None and only is not None and current.kind != only:
            return self.tidy(now)
        return replace(self, claims={n: c for n, c in self.tidy(now).claims.items() if n != name})

    def tidy(self, now: datetime) -> Night:
        return replace(self, claims={n: c for n, c in self.claims.items() if c.live(now)})

    def holds(self, name: str, now: datetime, *kinds: ClaimKind) -> bool:
        claim = self.claims.get(name)
        return claim is not None and claim.kind in kinds and claim.live(now)
