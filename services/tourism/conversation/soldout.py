"""When the rooms are gone: an apology that says how many are left, and the nearest alternatives —
other room types of the same property for the same nights, then the same room on nearby dates.

Each alternative is a tap that keeps the rest of the draft and goes straight to a fresh quote, so
nobody has to start over; the person may also type another check-in date.
"""
from __future__ import annotations

from services.tourism import stays
from services.tourism.alternatives import Alternative
from services.tourism.conversation import cloud, prompts
from services.tourism.conversation.cloud import Row
from services.tourism.conversation.turn import Turn


async def unavailable(turn: Turn, result: stays.Unavailable) -> None:
    turn.go("date")
    if not result.alternatives:
        return await prompts.dates(turn, hint=turn.t("sold_out_none", free=result.free))
    rows = [_row(turn, alt) for alt in result.alternatives]
    rows.append(Row("tourism:dates", turn.t("other_dates")))
    body = turn.with_nav(turn.t("sold_out", free=result.free))
    turn.say(cloud.rows_list(body, turn.t("choose"), turn.t("alternatives"), rows))


def _row(turn: Turn, alt: Alternative) -> Row:
    line = turn.t("alt_line", rooms=alt.rooms, tariff_paise=alt.room.tariff * 100)
    if alt.kind == "room":
        return Row(f"tourism:altroom:{alt.room.id}", alt.room.name(turn.lang), line)
    return Row(f"tourism:altdate:{alt.check_in.isoformat()}", turn.short_date(alt.check_in), line)
