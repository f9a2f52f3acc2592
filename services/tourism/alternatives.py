"""What to offer when the rooms asked for are gone: other room types of the same property for the same
nights first (the person keeps their dates), then the same room on the nearest dates that are free and
within the booking window (a check-in past it would only be refused when tapped)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Literal

from services.tourism.domain import (
    Policy,
    RoomType,
    nights_of,
    rooms_needed,
    today_in_india,
)
from services.tourism.repository import Repositories

SHIFTS = (1, -1, 2, -2, 3, 7, 14)  # days around the wanted check-in, nearest first
MOST = 6  # rows offered, leaving room in a list for "other dates"


@dataclass(frozen=True)
class Alternative:
    kind: Literal["room", "date"]
    room: RoomType
    check_in: date
    rooms: int


async def alternatives(repos: Repositories, room: RoomType, check_in: date, *, nights: int, guests: int,
                       rooms: int, now: datetime, policy: Policy) -> list[Alternative]:
    found: list[Alternative] = []
    days = nights_of(check_in, nights)
    for other in await repos.catalog.room_types_of(room.property_id):
        need = max(rooms_needed(guests, other), 1)
        fits = other.id != room.id and need <= min(other.rooms, policy.max_rooms)
        if fits and await repos.inventory.free(other, days, now) >= need:
            found.append(Alternative("room", other, check_in, need))
    today = today_in_india(now)
    last = today + timedelta(days=policy.horizon_days)  # the booking window: no check-in later is taken
    for shift in SHIFTS:
        start = check_in + timedelta(days=shift)
        if len(found) >= MOST or not today <= start <= last:
            continue
        if await repos.inventory.free(room, nights_of(start, nights), now) >= rooms:
            found.append(Alternative("date", room, start, rooms))
    return found[:MOST]
