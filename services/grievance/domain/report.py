"""How a panchayat is doing, in figures a citizen and an officer read the same way.

Per gram panchayat (or block): complaints still open, resolved (a resolved complaint the person then
accepted counts as resolved), rejected, the median days from lodging to resolution over the resolved ones,
and the share of those resolved on or before the promised date. A reopened complaint is open again until
it is resolved again, and then counts with its latest resolution.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from statistics import median

from services.grievance.domain.ticket import OPEN, Ticket

RESOLVED = ("resolved", "closed")


@dataclass(frozen=True)
class Figures:
    area: str
    open: int
    resolved: int
    rejected: int
    median_days: float | None  # None when nothing is resolved yet
    within_deadline: float | None  # share 0..1 of the resolved, None when nothing is resolved yet

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def figures(area: str, tickets: Iterable[Ticket]) -> Figures:
    found = list(tickets)
    done = [t for t in found if t.status in RESOLVED and t.resolved_at is not None]
    days = [(t.resolved_at - t.lodged_at).total_seconds() / 86400 for t in done if t.resolved_at]
    on_time = sum(1 for t in done if t.within_deadline())
    return Figures(area=area, open=sum(1 for t in found if t.status in OPEN), resolved=len(done),
                   rejected=sum(1 for t in found if t.status == "rejected"),
                   median_days=round(median(days), 1) if days else None,
                   within_deadline=round(on_time / len(done), 3) if done else None)


def by_area(tickets: Iterable[Ticket], key: Callable[[Ticket], str | None]) -> list[Figures]:
    """One row per area that has complaints, in code order; complaints without that area are left out."""
    groups: dict[str, list[Ticket]] = {}
    for ticket in tickets:
        area = key(ticket)
        if area:
            groups.setdefault(area, []).append(ticket)
    return [figures(area, groups[area]) for area in sorted(groups)]
