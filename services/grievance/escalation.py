"""Complaints past their office's deadline move up — gram panchayat → block → district — by a sweep that
runs in every copy of the service.

Copies sweep at the same time, so each move is a conditional update on the version read: of two copies
deciding to escalate the same complaint, one stores it and the other finds the version changed and skips
it (when it reads it again the new office's deadline is in the future). Only the winner publishes
``grievance.ticket.escalated`` and tells the person, with ids derived from the ticket and the new level, so
even a copy that died between storing and publishing and is followed by another cannot say it twice.
"""
from __future__ import annotations

from functools import partial

from services.grievance import events, notify
from services.grievance.domain import Directory
from services.grievance.repository import Repositories
from shared.envelope import derive_id
from shared.runtime import ServiceContext
from shared.runtime.periodic import repeat


async def escalate_due(service: ServiceContext, directory: Directory) -> int:
    """Escalate every complaint whose office's time has run out; returns how many this copy escalated."""
    now = service.now()
    repos = Repositories.of(service.store)
    moved = 0
    for candidate in await repos.tickets.overdue(now):
        stored = await repos.tickets.versioned(candidate.number)
        if stored is None:
            continue
        ticket, version = stored
        higher = ticket.escalate(now)
        if higher is None or not await repos.tickets.change_once(ticket, version, higher):
            continue
        await service.publish(events.ESCALATED, events.escalated(ticket, higher),
                              id=derive_id(ticket.number, events.ESCALATED, higher.level))
        await notify.escalated(service, higher, directory)
        moved += 1
    return moved


async def sweep_forever(service: ServiceContext, directory: Directory, every: float) -> None:
    """Sweep, then wait ``every`` seconds, for as long as the service runs."""
    await repeat(partial(escalate_due, service, directory), every=every, done="grievance.escalated",
                 failed="grievance.escalation_sweep_failed")
