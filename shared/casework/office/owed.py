"""What an office's move still owes: its announcements, kept with the case until they are made.

A move is stored, then announced (``moves.after_move``): to other departments, to the verification page and to
the holder. The store has no transaction over a case and the broker, so the case keeps ``cases.OWED``, the first
step of its history not yet announced, written in the same conditional update as the move (``Cases.change`` and
``Cases.add`` with ``owing``). The request that made the move settles it once it has announced it. What stays
owed, because the broker refused the announcement, the copy stopped, or the official closed the page instead of
sending the move again, is announced by any copy's sweep once its last move is ``GRACE`` old: each owed step to
the departments, and the holder told where the case now stands (a notice of a move a later one replaced would
only mislead). Ids derive from the number and the step, so what the sweep says that was said already is
dropped by the bus and the sender.
"""
from __future__ import annotations

from functools import partial

from shared import owed
from shared.casework.case import Case
from shared.casework.cases import OWED, Cases
from shared.casework.kind import Kind
from shared.casework.office.moves import after_move, announce_step
from shared.runtime import ServiceContext

GRACE = owed.GRACE  # a request still announcing its move is done long before


async def settle(service: ServiceContext, kind: Kind[Case], number: str, first: int, last: int) -> None:
    """Steps ``first`` to ``last`` of case ``number`` were announced: when they hold what it owed first, it owes
    from the step after ``last`` (a move someone made meanwhile), or nothing."""
    await owed.settle(service.store.collection(kind.collection), number, OWED, only=lambda step: first <= step <= last,
                      then=lambda doc: last + 1 if len(doc.get("history", ())) > last else None)


async def announced(service: ServiceContext, kind: Kind[Case], case: Case, previous: str) -> None:
    """``moves.after_move`` for the move a request just made, then the case settled for it."""
    await after_move(service, kind, case, previous)
    step = len(case.history)
    await settle(service, kind, case.number, step, step)


async def announce_owed(service: ServiceContext, kind: Kind[Case]) -> int:
    """Announce what every case whose last move is ``GRACE`` old still owes; how many cases were announced."""
    due = service.now() - GRACE
    done = 0
    for first, case in await Cases(service.store, kind.collection, kind.model).owing():
        if not case.history or case.history[-1].at > due:
            continue
        last = len(case.history)
        statuses = ["", *(change.status for change in case.history)]
        for step in range(first, last):
            await announce_step(service, kind, case, step, statuses[step - 1])
        await after_move(service, kind, case, statuses[last - 1])
        await settle(service, kind, case.number, first, last)
        service.log.warning("casework.owed_announced", number=case.number, steps=f"{first}-{last}")
        done += 1
    return done


def announce_forever(kind: Kind[Case], every: float = owed.EVERY):
    """The service task: ``announce_owed`` now and every ``every`` seconds, for as long as the service runs."""
    return owed.sweep(partial(announce_owed, kind=kind), kind.service, every)
