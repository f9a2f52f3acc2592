"""What to offer when the rooms asked for are gone: other room types of the same property for the same
nights first (the person keeps their dates), then the longest run of free nights within the stay when only
some of its nights are full (a shorter stay; two runs equally long are both offered, the earlier first, as it is
nearer the check-in asked and kept when only one fits), then the same room on the nearest dates that are free and
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
RUNS = 2  # shorter stays offered when runs of free nights are equally long
MOST = 6  # rows offered, leaving room in a list for "other dates"


@dataclass(frozen=True)
class Alternative:
    kind: Literal["room", "date", "short"]
    room: RoomType
    check_in: date
    rooms: int
    nights: int | None = None  # a shorter stay's nights ("short"); the others keep the stay's


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
    for run in await _free_runs(repos, room, days, rooms, now):
        if today <= run[0] <= last:
            found.append(Alternative("short", room, run[0], rooms, nights=len(run)))
    for shift in SHIFTS:
        start = check_in + timedelta(days=shift)
        if len(found) >= MOST or not today <= start <= last:
            continue
        if await repos.inventory.free(room, nights_of(start, nights), now) >= rooms:
            found.append(Alternative("date", room, start, rooms))
    return found[:MOST]


async def _free_runs(repos: Repositories, room: RoomType, days: list[date], rooms: int, now: datetime
                     ) -> list[list[date]]:
    """The longest runs of nights in a row within the stay with ``rooms`` free (the earliest ``RUNS`` of equal ones),
    when some of its nights are full and others free; none when every night is free or every night full."""
    runs: list[list[date]] = [[]]
    for day in days:
        if await repos.inventory.free(room, [day], now) >= rooms:
            runs[-1].append(day)
        elif runs[-1]:
            runs.append([])
    longest = max(len(r) for r in runs)
    if not longest or longest == len(days):
        return []
    return [r for r in runs if len(r) == longest][:RUNS]
