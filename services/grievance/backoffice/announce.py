"""What an office's change to a complaint announces, and what it owes until it has (``shared.owed``).

A status change (a report corrected on a resolved complaint is one: a step of the history) is published and told
to the person; an official's answer to a person who asked for one, the same; the complaint's first holder is told
as its being taken up (``notify.taken_up``). Each change writes what it owes in its own conditional update
(``owes``), under a field of its own kind, and the announcement settles it. What a request left owed (the broker
refused it, the copy stopped, the official did not send the change again) is announced by the service's sweep
(``announce_due``) with the ids the request used. One overtaken meanwhile is not: a status step after which the
history moved on (the person was told of the later move, or made it), an answer the person has replied to.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from services.grievance import events, notify
from services.grievance.domain import Directory, Ticket
from services.grievance.domain.ticket import ATR_CORRECTED
from services.grievance.repository import Repositories
from services.grievance.repository.tickets import COLLECTION
from shared import owed
from shared.envelope import derive_id
from shared.runtime import ServiceContext
from shared.store import Doc

STATUS, ANSWER, TAKEN_UP = "_owed_status", "_owed_answer", "_owed_taken_up"
INDEXES = tuple(owed.index(COLLECTION, field) for field in (STATUS, ANSWER, TAKEN_UP))
Owes = Callable[[Ticket, Ticket], Doc]


def status_owed(by: str, now: datetime) -> Owes:
    """A step of the history a change adds (a move, a report corrected): owed until announced."""
    return lambda before, after: ({STATUS: owed.owing(now, step=len(after.history), by=by)}
                                  if len(after.history) > len(before.history) else {})


def answer_owed(by: str, text: str, now: datetime) -> Owes:
    return lambda _, after: {ANSWER: owed.owing(now, step=len(after.conversation), by=by, text=text)}


def taken_up_owed(now: datetime) -> Owes:
    """The first holder of the complaint: the person is owed the word that it is taken up."""
    return lambda before, after: {TAKEN_UP: owed.owing(now)} if not before.taken_up and after.taken_up else {}


async def status(service: ServiceContext, before: Ticket, after: Ticket, by: str, directory: Directory) -> None:
    """The complaint's last step: a report corrected (``ATR_CORRECTED``) or a move, published and told."""
    step = len(after.history)
    if after.history and after.history[-1].note.startswith(ATR_CORRECTED):
        await service.publish(events.REPORT_CORRECTED, events.report_corrected(after, by),
                              id=derive_id(after.number, events.REPORT_CORRECTED, step))
        await notify.atr_corrected(service, after, directory)
    else:
        await service.publish(events.STATUS_CHANGED, events.status_changed(before, after, by),
                              id=derive_id(after.number, events.STATUS_CHANGED, step))
        await notify.status_changed(service, after, directory)
    await _settled(service, after, STATUS, step)


async def answer(service: ServiceContext, ticket: Ticket, by: str, text: str, directory: Directory) -> None:
    await service.publish(events.HANDOFF_ANSWERED, events.answered(ticket, by),
                          id=derive_id(ticket.number, events.HANDOFF_ANSWERED, len(ticket.conversation)))
    await notify.answered(service, ticket, directory, text)
    await _settled(service, ticket, ANSWER, len(ticket.conversation))


async def taken_up(service: ServiceContext, ticket: Ticket, directory: Directory) -> None:
    await notify.taken_up(service, ticket, directory)
    await _settled(service, ticket, TAKEN_UP)


async def _settled(service: ServiceContext, ticket: Ticket, field: str, step: int | None = None) -> None:
    """Nothing owed under ``field`` any more, unless it is a later ``step``'s (another official's change since)."""
    await owed.settle(service.store.collection(COLLECTION), ticket.number, field,
                      only=None if step is None else lambda pending: pending.get("step") == step)


async def announce_due(service: ServiceContext, directory: Directory) -> int:
    """Announce what each complaint has owed since ``owed.GRACE``; how many announcements were made."""
    docs, tickets = service.store.collection(COLLECTION), Repositories.of(service.store).tickets
    done = 0
    for field in (STATUS, ANSWER, TAKEN_UP):
        for doc in await owed.due(docs, field, service.now()):
            pending, ticket = doc[field], await tickets.get(doc["_id"])
            if ticket is None:
                continue
            if field == STATUS and pending["step"] == len(ticket.history):
                await status(service, ticket, ticket, pending["by"], directory)
            elif field == ANSWER and pending["step"] == len(ticket.conversation):
                await answer(service, ticket, pending["by"], pending["text"], directory)
            elif field == TAKEN_UP and ticket.is_open:
                await taken_up(service, ticket, directory)
            else:  # overtaken: see the module's docstring
                await owed.settle(docs, ticket.number, field, only=lambda now_owed: now_owed["at"] == pending["at"])
                continue
            service.log.warning("grievance.owed_announced", number=ticket.number, owed=field.removeprefix("_owed_"))
            done += 1
    return done
