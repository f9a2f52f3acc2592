"""A row's number typed at the subject (category), district, block or gram panchayat list instead of tapping it ("3",
"৩", "no 3"), as a person on an ordinary phone picks: the row it names, counted as that page of the list shows its
rows (the "More…" row, and the district list's "Change subject" row, too), is taken as if tapped; a number past them
says how many rows there are, with the same page again. The list keeps its rows in the draft (``SHOWN``) as it is
said."""
from __future__ import annotations

from collections.abc import Sequence

from services.grievance.conversation.cloud import Row
from services.grievance.conversation.turn import Turn
from shared.back import row_number

SHOWN = "shown"  # the list on screen: the step it is at, and its rows' ids top to bottom
LISTS = ("category", "district", "block", "gp")
MOST = 9999  # "১২৩" is still meant as a row: the rows are counted for it


def shown(turn: Turn, rows: Sequence[Row], page: int) -> list[Row]:
    """``rows``, the list's ``page`` about to be said at the step, noted for a number typed next."""
    turn.go(turn.chat.step, **{SHOWN: [f"{turn.chat.step}:{page}", *(row.id for row in rows)]})
    return list(rows)


async def picked(turn: Turn, text: str) -> bool:
    """True when ``text`` was a row's number at the list on screen: that row tapped, or the list again with its
    count."""
    from services.grievance.conversation import places  # the lists note their rows here
    from services.grievance.conversation.taps import tap

    at, *ids = turn.draft.get(SHOWN) or [""]
    step, _, page = str(at).partition(":")
    number, draft = row_number(text, MOST), turn.draft
    if number is None or not ids or step != turn.chat.step or step not in LISTS:
        return False
    if number > len(ids):  # the same page again, with its count
        hint, over = turn.t("rows_count", count=len(ids)), int(page or 0)
        if step == "category":
            return places.categories(turn, hint=hint, page=over) or True
        if step == "district":
            return places.districts(turn, hint=hint, page=over) or True
        if step == "block" and (district := turn.directory.district(draft.get("district"))) is not None:
            return places.blocks(turn, district, hint=hint, page=over) or True
        if step == "gp" and (block := turn.directory.block(draft.get("block"))) is not None:
            return places.gps(turn, block, hint=hint, page=over) or True
        return False
    _, action, *args = ids[number - 1].split(":")
    await tap(turn, action, args)
    return True
