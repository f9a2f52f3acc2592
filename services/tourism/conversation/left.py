"""What a person left in progress here when they went to the main menu, in a few words, for the offer to carry
on (``shared.runtime.resume``): a booking with a place chosen at least, a cancellation asked and not yet answered,
or a complaint about a stay. Nothing for a step where nothing was given yet (the districts' list just opened) or that
only shows something (a booking); after those, the main menu is told nothing is kept here."""
from __future__ import annotations

from datetime import date

from services.tourism.conversation.turn import Turn
from services.tourism.domain import district_name
from shared.runtime import resume

BOOKING = ("property", "room", "date", "nights", "guests", "rooms", "name", "quote")
COMPLAINT = ("complaint", "complaint_check")
CANCEL = "cancel"  # asked to confirm a cancellation, not yet answered


def kept(turn: Turn) -> bool:
    """Whether something is in progress here by the rule ``in_progress`` says it by, read from the chat alone."""
    step, draft = turn.chat.step, turn.draft
    if step in COMPLAINT or step == CANCEL:
        return "number" in draft
    return step in BOOKING and bool(draft.get("district") or draft.get("hold"))


async def in_progress(turn: Turn) -> str | None:
    step, draft = turn.chat.step, turn.draft
    if not kept(turn):
        return None
    if step in COMPLAINT:
        return turn.t("left_complaint", number=str(draft["number"]))
    if step == CANCEL:  # carried on, the question is asked again with today's refund
        return turn.t("left_cancel", number=str(draft["number"]))
    return turn.t("left_booking", details=await booking(turn))


async def resumable(turn: Turn) -> str | None:
    """What was left in progress here (``in_progress``) while it may still be carried on (``resume.RESUMABLE``):
    what a main-menu answer offers to carry on with; None otherwise."""
    at = turn.chat.at
    if at is None or turn.now - at >= resume.RESUMABLE:
        return None
    return await in_progress(turn)


async def booking(turn: Turn) -> str:
    """The booking being made, in a few words: its guest house (or district), room type and check-in."""
    draft = turn.draft
    hold = draft.get("hold") or {}
    prop_id, room_id = draft.get("property"), hold.get("room") or draft.get("room")
    prop = await turn.repos.catalog.property(str(prop_id)) if prop_id else None
    room = await turn.repos.catalog.room_type(str(room_id)) if room_id else None
    where = prop.name(turn.lang) if prop else district_name(str(draft.get("district")), turn.lang)
    parts = [where, *([room.name(turn.lang)] if room else [])]
    check_in = hold.get("check_in") or draft.get("check_in")
    if check_in:
        parts.append(turn.t("left_from", day=date.fromisoformat(str(check_in))))
    return ", ".join(parts)
