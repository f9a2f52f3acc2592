"""Complaints past their office's deadline move up — gram panchayat → block → district — by a sweep that
runs in every copy of the service.

Copies sweep at the same time, so each move is a conditional update on the version read: of two copies
deciding to escalate the same complaint, one stores it and the other finds the version changed and skips
it (when it reads it again the new office's deadline is in the future). Only the winner publishes
``grievance.ticket.escalated`` and tells the person, with ids derived from the ticket and the new level.
The move is stored as not yet announced until then; one a copy could not announce (it stopped, or the
broker was out of its reach) is taken on by a later sweep once ``STALE_AFTER`` has passed, and said
with the same ids, so it is said once: never lost, and a repeat is dropped by the sender and subscribers.
"""
from __future__ import annotations

from functools import partial

from services.grievance import events, notify
from services.grievance.domain import Directory, Ticket
from services.grievance.repository import Repositories
from shared.envelope import derive_id
from shared.runtime import ServiceContext
from shared.runtime.periodic import STALE_AFTER, repeat


async def escalate_due(service: ServiceContext, directory: Directory) -> int:
    """Escalate every complaint whose office's time has run out, and announce escalations another copy left
    unannounced; returns how many escalations this copy announced."""
    now = service.now()
    repos = Repositories.of(service.store)
    moved = 0
    for number in await repos.tickets.unannounced(now - STALE_AFTER):
        taken = await repos.tickets.take_announcement(number, now)
        if taken is not None:
            await _announce(service, directory, *taken)
            moved += 1
    for candidate in await repos.tickets.overdue(now):
        stored = await repos.tickets.versioned(candidate.number)
        if stored is None:
            continue
        ticket, version = stored
        higher = ticket.escalate(now)
        if higher is None or not await repos.tickets.escalated(ticket, version, higher, now):
            continue
        await _announce(service, directory, ticket.level, higher)
        moved += 1
    return moved


async def _announce(service: ServiceContext, directory: Directory, from_level: str, higher: Ticket) -> None:
    before = higher.model_copy(update={"level": from_level})
    await service.publish(events.ESCALATED, events.escalated(before, higher),
                          id=derive_id(higher.number, events.ESCALATED, higher.level))
    await notify.escalated(service, higher, directory)
    await Repositories.of(service.store).tickets.announced(higher)


async def sweep_forever(service: ServiceContext, directory: Directory, every: float) -> None:
    """Sweep, then wait ``every`` seconds, for as long as the service runs."""
    await repeat(partial(escalate_due, service, directory), every=every, done="grievance.escalated",
                 failed="grievance.escalation_sweep_failed")
