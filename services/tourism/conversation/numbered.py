"""A row's number typed at a list instead of tapping it ("1", "২", "2.", "no 3"), as a person on an ordinary
phone picks: the row it names, counted as that page of the list shows its rows, is taken as if tapped.

Only at the lists where a number is no answer of its own (district, guest house, room type, the dates offered
when the stay is not free, the bookings); the dates asked, nights, guests and rooms read a number as a date or a
count. The list keeps its rows in the draft (``SHOWN``) as it is said; a number past them says the range.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

from services.tourism.conversation.cloud import Row
from services.tourism.conversation.turn import Turn
from shared.back import row_number

SHOWN = "shown"  # the list on screen: what it is (``kind``) and its rows' ids, top to bottom
MOST = 99  # a number past a list's rows is still meant as one of them: its range is said


def shown(turn: Turn, rows: Sequence[Row], kind: str | None = None) -> None:
    """The rows a list just said, a number typed next picks from; ``kind`` names the list where the step has
    others (the bookings to cancel), by default the step it is shown at."""
    turn.go(turn.chat.step, **{SHOWN: [kind or turn.chat.step, *(row.id for row in rows)]})


def unshown(turn: Turn) -> None:
    """A list at the step whose rows are no rows to number (the dates asked: "5" is a date)."""
    turn.go(turn.chat.step, **{SHOWN: None})


def on_screen(turn: Turn, text: str) -> tuple[str, list[str], int] | None:
    """A lone number typed at a numbered list still at its step: the list's kind, its rows' ids and the number."""
    number = row_number(text, MOST)
    kind, *ids = turn.draft.get(SHOWN) or [""]
    if number is None or not ids or kind.split(":")[0] != turn.chat.step:
        return None
    return kind, ids, number


async def picked(turn: Turn, text: str, tap: Callable[[Turn, str, list[str]], Awaitable[None]],
                 again: Callable[[Turn, str, str], Awaitable[None]]) -> bool:
    """True when ``text`` was a row's number at the list on screen: that row tapped (``tap``), or the list again
    (``again``, given its kind and a hint) with the range to type in, for a number past its rows."""
    found = on_screen(turn, text)
    if found is None:
        return False
    kind, ids, number = found
    if number > len(ids):
        await again(turn, kind, turn.t("row_range" if len(ids) > 1 else "row_one", first=1, last=len(ids)))
        return True
    _, action, *args = ids[number - 1].split(":")
    await tap(turn, action, args)
    return True
