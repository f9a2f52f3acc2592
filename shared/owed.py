"""What an office's change still owes: its announcements, kept in the record it changed until they are made.

An office's change is stored, then announced: events for other departments, a WhatsApp notice for the person.
The store has no transaction over a record and the broker, so the change writes, in the same conditional
update, what it owes under a field of its own (``owing``: when, and what the announcement needs that the record
does not keep). The request settles it once it has announced it (``settle``). What stays owed, because the
broker refused, the copy stopped, or the official closed the page instead of sending the change again, is found
by any copy's sweep once ``GRACE`` old (``due``) and announced with the ids the request used, so that nothing
is said twice (the bus and the sender drop a repeat). Casework keeps the steps of a case's history instead
(``shared.casework.office.owed``).
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from shared.runtime.periodic import repeat
from shared.store import Collection, Conflict, Doc, Index

GRACE = timedelta(minutes=2)  # a request still announcing its change is done long before
EVERY = 60.0
ATTEMPTS = 20


def at(moment: datetime) -> str:
    """A moment as ``owing`` keeps it: UTC, one width, so the strings compare in time order."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def owing(now: datetime, **needs: Any) -> Doc:
    """What a change made at ``now`` owes, with what its announcement needs (an office's words to the person)."""
    return {"at": at(now), **needs}


def index(collection: str, field: str) -> Index:
    return Index(collection, (f"{field}.at",))


async def due(docs: Collection, field: str, now: datetime, grace: timedelta = GRACE) -> list[Doc]:
    """The records whose ``field`` has been owed since ``grace`` before ``now``, the oldest first."""
    return await docs.find({f"{field}.at": {"$lte": at(now - grace)}}, sort=[(f"{field}.at", 1)])


async def settle(docs: Collection, id: str, field: str, *, only: Callable[[Any], bool] | None = None,
                 then: Callable[[Doc], Any] | None = None) -> None:
    """What record ``id`` owed under ``field`` was announced: nothing is owed there any more, unless what is owed
    now is another change's (``only`` says of what is owed whether it is what was announced), or what the record
    owes after it (``then``, from the record as read: casework's next unannounced step)."""
    for _ in range(ATTEMPTS):
        doc = await docs.get(id)
        pending = (doc or {}).get(field)
        if doc is None or not pending or only is not None and not only(pending):
            return
        try:
            await docs.update(id, {field: None if then is None else then(doc)}, expected_version=doc["_v"])
            return
        except Conflict:
            continue


def sweep(announce_due: Callable[[Any], Awaitable[int]], name: str, every: float = EVERY
          ) -> Callable[[Any], Awaitable[None]]:
    """A service task: ``announce_due(service)`` now and every ``every`` seconds, for as long as it runs."""
    async def task(service: Any) -> None:
        await repeat(lambda: announce_due(service), every=every, done=f"{name}.owed_announced",
                     failed=f"{name}.owed_sweep_failed", first_after=every)
    task.__qualname__ = f"sweep.{name}"
    return task
