"""What a person left in progress here when they went to the main menu, in a few words, for the offer to carry
on (``shared.runtime.resume``): a booking with a place chosen at least, or a complaint about a stay. Nothing for a
step where nothing was given yet (the districts' list just opened) or that only shows something (a booking)."""
from __future__ import annotations

from datetime import date

from services.tourism.conversation.turn import Turn
from services.tourism.domain import district_name

BOOKING = ("property", "room", "date", "nights", "guests", "rooms", "name", "quote")
COMPLAINT = ("complaint", "complaint_check")


async def in_progress(turn: Turn) -> str | None:
    step, draft = turn.chat.step, turn.draft
    if step in COMPLAINT and "number" in draft:
        return turn.t("left_complaint", number=str(draft["number"]))
    if step not in BOOKING or not (draft.get("district") or draft.get("hold")):
        return None
    hold = draft.get("hold") or {}
    prop_id, room_id = draft.get("property"), hold.get("room") or draft.get("room")
    prop = await turn.repos.catalog.property(str(prop_id)) if prop_id else None
    room = await turn.repos.catalog.room_type(str(room_id)) if room_id else None
    where = prop.name(turn.lang) if prop else district_name(str(draft.get("district")), turn.lang)
    parts = [where, *([room.name(turn.lang)] if room else [])]
    check_in = hold.get("check_in") or draft.get("check_in")
    if check_in:
        parts.append(turn.t("left_from", day=date.fromisoformat(str(check_in))))
    return turn.t("left_booking", details=", ".join(parts))
