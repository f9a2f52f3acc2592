"""The map of the conversation: which question each step asks, what it needs from the draft, and where
"back" leads from it. ``ask`` shows the current step's question (after a hint when the last answer did
not fit); when the draft lacks what a step needs, it falls back to the nearest earlier step that can be
asked, so a person is never left with a question about a choice they no longer have.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable

from services.tourism.conversation import complaint, mine, naming, prompts, quoting, soldout
from services.tourism.conversation.turn import Turn

BACK: dict[str, str] = {
    "home": "home", "district": "home", "property": "district", "room": "property", "date": "room",
    "nights": "date", "guests": "nights", "rooms": "guests", "name": "rooms", "quote": "name",
    "bookings": "home", "booking": "bookings", "cancel": "booking", "complaint": "booking",
    "complaint_check": "complaint",
}
NEEDS: dict[str, tuple[str, ...]] = {
    "property": ("district",), "room": ("property",), "date": ("room",), "nights": ("room", "check_in"),
    "guests": ("room", "check_in", "nights"), "rooms": ("room", "check_in", "nights", "guests"),
    "name": ("room", "check_in", "nights", "guests", "rooms"), "quote": ("hold",), "booking": ("number",),
    "cancel": ("number",), "complaint": ("number",),
    "complaint_check": ("number", "complaint", "complaint_id"),
}


async def _home(turn: Turn, hint: str | None) -> None:
    prompts.home(turn, hint=hint)


async def _nights(turn: Turn, hint: str | None) -> None:
    prompts.nights(turn, hint=hint)


async def _name(turn: Turn, hint: str | None) -> None:
    naming.ask(turn, hint=hint)


async def _complaint_check(turn: Turn, hint: str | None) -> None:
    complaint.show(turn, hint=hint)


def _number(turn: Turn) -> str:
    return str(turn.draft["number"])


PROMPTS: dict[str, Callable[[Turn, str | None], Awaitable[None]]] = {
    "home": _home,
    "district": lambda turn, hint: prompts.districts(turn, hint=hint),
    "property": lambda turn, hint: prompts.properties(turn, hint=hint),
    "room": lambda turn, hint: prompts.rooms(turn, hint=hint),
    "date": lambda turn, hint: prompts.dates(turn, hint=hint),
    "nights": _nights,
    "guests": lambda turn, hint: prompts.guests(turn, hint=hint),
    "rooms": lambda turn, hint: prompts.room_count(turn, hint=hint),
    "name": _name,
    "quote": lambda turn, hint: quoting.show_again(turn, hint=hint),
    "bookings": lambda turn, hint: mine.listing(turn, hint=hint),
    "booking": lambda turn, hint: mine.view(turn, _number(turn), hint=hint),
    "cancel": lambda turn, hint: mine.ask_cancel(turn, _number(turn), hint=hint),
    "complaint": lambda turn, hint: complaint.ask(turn, _number(turn), hint=hint),
    "complaint_check": _complaint_check,
}


def askable(turn: Turn, step: str) -> str:
    """``step`` if the draft has what it needs, else the nearest earlier step that does."""
    while step not in PROMPTS or not all(field in turn.draft for field in NEEDS.get(step, ())):
        step = BACK.get(step, "home")
    return step


async def ask(turn: Turn, *, hint: str | None = None, step: str | None = None) -> None:
    chosen = askable(turn, step or turn.chat.step)
    turn.go(chosen)
    await PROMPTS[chosen](turn, hint)


async def back(turn: Turn) -> None:
    """One step back; leaving the quote gives its rooms back. From a 'not free' list, the question answered just
    before it, with what was given kept (``_before_offered``)."""
    if turn.chat.step == "quote":
        await quoting.release_hold(turn)
    step = BACK.get(turn.chat.step, "home")
    if turn.chat.step == "date" and turn.draft.get(soldout.OFFERED):
        step = await _before_offered(turn)
        turn.go(turn.chat.step, **{soldout.OFFERED: None})
    if step == "rooms" and not await _rooms_askable(turn):
        step = "guests"  # the rooms were not asked, their one answer taken, or none holds the group
    await ask(turn, step=step)


async def _before_offered(turn: Turn) -> str:
    """Where the choice that led to the 'not free' list on screen can be made again: for rooms gone at the quote,
    the rooms (the question's 'up to' said for the rooms free now; the nights when none is left), as the name asked
    again would only lose them again; the guests for a group with too few free, the nights for a stay full before
    the group was asked."""
    if "rooms" not in turn.draft:
        return "guests" if "guests" in turn.draft else "nights"
    free = await soldout.free(turn) or 0
    turn.go(turn.chat.step, free=free)
    return "rooms" if free else "nights"


async def _rooms_askable(turn: Turn) -> bool:
    """Whether the rooms question has more than one answer for the group: with one, it is taken unasked; with none
    (fewer free than the group needs), the group is what can change."""
    room = await prompts.current_room(turn)
    if room is None or "guests" not in turn.draft:
        return True
    need, most = prompts.room_range(turn, room)
    return need < most
