"""Where a number's messages go after it changed hands: the sender's record of each move it heard.

An outbound is addressed when a service makes it. One made for a number before WhatsApp said the number moved
(its holder changed it, or the telephone company gave it to someone else and its holder went to their id) may
still be in the sender's hands afterwards: in the queue behind a slow Cloud API, waiting for the bus's retry or a
late re-send, in the dead-letter queue. Sent to the number then, it reaches whoever has the number now, a stranger,
with the last holder's booking, complaint or pay slip in it. So the sender keeps each move it hears (from whom, to
whom, when: ``wa.person.number_changed`` and its ``occurred_at``), and a message made before a move goes where its
person went; one made after it is for the number's new holder and goes to the number.

A move is kept as long as the sent log (``shared.retention.MOVED``): as long as the sender recognises a message it
may still hold, a replay from the dead-letter queue included.
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from shared.retention import MOVED
from shared.store import Conflict, DuplicateKey, Store


def stamp(at: datetime) -> str:
    """One form for every time kept here, so that times compare as text, in the store's sweep too."""
    return at.astimezone(UTC).isoformat(timespec="microseconds")


class Moves:
    def __init__(self, store: Store):
        self._docs = store.collection(MOVED.collection)

    async def heard(self, old: str, new: str, at: datetime, *, by: str | None = None) -> None:
        """``old`` moved to ``new`` at ``at``, noticed on the WhatsApp message ``by`` (the new holder's first, when
        the number changed hands). Kept by the number left, with its other moves (a number changes hands more than
        once, a person may come back to it); the same move heard again changes nothing."""
        move = {"to": new, "at": stamp(at), **({"by": by} if by else {})}
        keep_from = stamp(at - timedelta(days=MOVED.days))
        for _ in range(3):
            doc = await self._docs.get(old)
            moves: list[dict[str, Any]] = list(doc.get("moves", ())) if doc else []
            if move in moves:
                return
            moves = sorted((m for m in [*moves, move] if m["at"] >= keep_from), key=lambda m: m["at"])
            try:
                if doc is None:
                    await self._docs.insert({"_id": old, "moves": moves, MOVED.field: moves[-1]["at"]})
                else:
                    await self._docs.update(old, {"moves": moves, MOVED.field: moves[-1]["at"]},
                                            expected_version=doc["_v"])
                return
            except (DuplicateKey, Conflict):
                continue
        raise Conflict(f"the moves of {old} kept changing under us")

    async def follow(self, to: str, made: datetime, *, answering: str | None = None) -> str:
        """Where a message made at ``made`` for ``to`` goes now: through each move of its address after it was
        made, in the order they happened, to the end (someone who moved twice, or back to where they were). A
        move at the very time the message was made is not followed: the gateway's answer to the number's new
        holder is made in the same instant as the move it noticed. Nor is the move noticed on the message the
        outbound answers (``answering``, its correlation id): that answer is for the new holder, whatever the
        clocks of the gateway and the service that made it say."""
        since = stamp(made)
        while True:
            doc = await self._docs.get(to)
            later = [m for m in (doc or {}).get("moves", ())
                     if m["at"] > since and not (answering and m.get("by") == answering)]
            if not later:
                return to
            first = min(later, key=lambda m: m["at"])
            to, since = str(first["to"]), first["at"]
