"""The booking steps before the quote: district → property → room type → (check-in → nights: ``dates``) →
guests → rooms. Each choice arrives as a tap (its id carries the value) or as typed text already parsed by the
flow; an answer the rules refuse re-asks the same step with the reason first.

A tap may come from an older list than the current step (people scroll up). Taps carry what they chose,
so an old district, property or room tap simply restarts from there; a tap that needs earlier choices
the draft no longer has (``needs``) is answered with the current step instead.
"""
from __future__ import annotations

from services.tourism.conversation import naming, prompts, roomier, soldout
from services.tourism.conversation.turn import ADULTS_ASKED, Turn
from services.tourism.domain import (
    Refused,
    guests_count,
    holds,
    rooms_count,
    rooms_needed,
)

KEPT = "kept_guests"  # the group at a quote whose dates are being changed: taken again once the new stay is chosen
ROOMS_AHEAD = "rooms_ahead"  # rooms typed with a whole request ("2 rooms in darjeeling"): taken at their question
KEPT_CHILDREN = "kept_children"  # children typed with no adults before the group is asked: the adults asked then
CHILDREN = "children"  # of the group's guests, when it was typed as adults and children: kept as the group is
CHILDREN_ONLY = ADULTS_ASKED  # children typed with no adults: the adults are asked for, to count with them
MEANT = "meant"  # next year's day of a check-in typed without its year that has passed, offered: a "yes" takes it
MEANT_DAYS = "meant_days"  # the days typed with that check-in ("1 dec for 3 days"): their nights asked once taken
AHEAD = "ahead"  # the stay and group typed with a whole request: read once the room type is chosen (``whole``)
NIGHTS_AHEAD = "nights_ahead"  # its nights, typed without a check-in: taken once the check-in is chosen
DAYS_AHEAD = "days_ahead"  # its days ("2 din"), typed without a check-in: their nights asked once it is chosen
ASKED_CHANGE = "asked_change"  # "start again" or "never mind" asked about: its buttons' token (``changed``)
LATER_FIELDS = (AHEAD, "district", "property", "room", KEPT, ROOMS_AHEAD, KEPT_CHILDREN, NIGHTS_AHEAD, CHILDREN,
                "check_in", MEANT, MEANT_DAYS, DAYS_AHEAD, "nights", "free", "guests", CHILDREN_ONLY, "rooms", "page",
                "room_page", roomier.PARTY, soldout.OFFERED, ASKED_CHANGE)


def needs(turn: Turn, *fields: str) -> bool:
    return all(field in turn.draft for field in fields)


def after(field: str) -> dict[str, None]:
    """Draft fields chosen after ``field``: choosing it again clears them."""
    return dict.fromkeys(LATER_FIELDS[LATER_FIELDS.index(field) + 1:])


async def start(turn: Turn, *, hint: str | None = None) -> None:
    turn.go("district", **dict.fromkeys(LATER_FIELDS))
    await prompts.districts(turn, hint=hint)


async def district(turn: Turn, key: str, page: int = 0, *, hint: str | None = None) -> None:
    turn.go("property", district=key, **{**after("district"), "page": page})
    await prompts.properties(turn, hint=hint)


async def property_(turn: Turn, property_id: str, page: int = 0, *, hint: str | None = None) -> None:
    prop = await turn.repos.catalog.property(property_id)
    if prop is None or not prop.active:
        turn.go("property")
        return await prompts.properties(turn, hint=turn.t("property_gone"))
    turn.go("room", district=prop.district, property=prop.id, **{**after("property"), "room_page": page})
    await prompts.rooms(turn, hint=hint)


async def room(turn: Turn, room_id: str) -> None:
    found = await turn.repos.catalog.on_sale(room_id)
    if found is None:
        turn.go("room")
        return await prompts.rooms(turn, hint=turn.t("room_gone"))
    party = turn.draft.get(roomier.PARTY)
    if party and found.property_id == turn.draft.get("property") and needs(turn, "check_in", "nights"):
        return await other_room(turn, found.id, int(party))  # a room type changed for the group: dates kept
    prop = await turn.repos.catalog.property(found.property_id)
    turn.go("date", district=prop.district if prop else None, property=found.property_id, room=found.id,
            **after("room"))
    if not turn.draft.get(AHEAD):  # else the stay typed ahead is read as if typed here (``whole.dated``)
        await prompts.dates(turn)


async def guests(turn: Turn, count: int | None, *, hint: str | None = None) -> None:
    """``hint``: said before the rooms question or the name, when the group goes on to either."""
    turn.go("guests")
    room = await prompts.current_room(turn)
    if room is None:
        turn.go("room")
        return await prompts.rooms(turn, hint=turn.t("room_gone"))
    if count is None:
        return await prompts.guests(turn, hint=turn.t("guests_unclear"))
    try:
        guests_count(count)
    except Refused as refused:
        contact = await roomier.contact(turn, room)
        return await prompts.guests(turn, hint=turn.t(refused.key, **refused.values, contact=contact))
    if not holds(room, count, turn.policy):
        most = min(turn.policy.max_rooms, room.rooms) * room.max_guests
        return await roomier.refuse(turn, room, count, turn.t("party_too_big", guests=count, most=most))
    free = turn.draft.get("free")
    if free is not None and int(free) < rooms_needed(count, room):
        return await soldout.too_few(turn, room, count, int(free))
    turn.go("rooms", guests=count, **after("guests"))
    if (said := turn.draft.get(ROOMS_AHEAD)) is not None:  # typed with the request: taken, or refused with its reason
        turn.go("rooms", **{ROOMS_AHEAD: None})
        if await rooms(turn, int(said), hint=hint):
            naming.ask(turn, hint=hint)
        return
    if (only := await prompts.only_rooms(turn)) is not None:  # one answer possible: taken, not asked
        turn.go("name", rooms=only)
        return naming.ask(turn, hint=hint)
    await prompts.room_count(turn, hint=hint)


def keep_group(turn: Turn) -> None:
    """Change dates at the quote: the group is kept for the stay chosen next, so only the dates are asked again."""
    turn.go(turn.chat.step, **{KEPT: turn.draft.get("guests")})


async def other_room(turn: Turn, room_id: str, count: int) -> None:
    """Another room type for the group, keeping the stay's dates: the rooms asked next, or the refusal again."""
    found = await turn.repos.catalog.on_sale(room_id)
    if found is None:
        turn.go("room")
        return await prompts.rooms(turn, hint=turn.t("room_gone"))
    turn.go("guests", property=found.property_id, room=found.id, **after("nights"))
    await for_group(turn, count)


async def for_group(turn: Turn, count: int, *, hint: str | None = None) -> None:
    """The group known and the stay changed: the stay said full, or the group's count read again for it (``hint``
    said before the rooms question)."""
    if not await full(turn):
        await guests(turn, count, hint=hint)


async def full(turn: Turn) -> bool:
    """Whether the stay has no room of the type chosen free, said so; else the rooms free are kept for the rooms
    question's 'up to'. Read as soon as the room type and the stay are both known, however they were reached."""
    free = await soldout.free(turn)
    if free == 0:
        await soldout.full(turn)
        return True
    turn.go(turn.chat.step, free=free)
    return False


async def rooms(turn: Turn, count: int | None, *, hint: str | None = None) -> bool:
    """True when the rooms are chosen and the name to book in can be asked (``hint``: said before the question asked
    again)."""
    turn.go("rooms")
    room = await prompts.current_room(turn)
    if room is None:
        turn.go("room")
        await prompts.rooms(turn, hint=turn.t("room_gone"))
        return False
    if count is None:
        await prompts.room_count(turn, hint=turn.t("count_unclear"))
        return False
    try:
        rooms_count(count, int(turn.draft["guests"]), room, turn.policy)
    except Refused as refused:
        await prompts.room_count(turn, hint=soldout.hinted(hint, turn.t(refused.key, **refused.values)))
        return False
    turn.go("name", rooms=count)
    return True


async def rooms_yes(turn: Turn) -> bool:
    """"Yes" at the rooms question: one room, where one holds the group (True: the name can be asked); else how
    many rooms the group needs is said and the question asked again."""
    room = await prompts.current_room(turn)
    guests = int(turn.draft.get("guests") or 0)
    if room is None or not guests:
        return await rooms(turn, None)
    if (need := rooms_needed(guests, room)) == 1:
        return await rooms(turn, 1)
    turn.go("rooms")
    await prompts.room_count(turn, hint=turn.t("rooms_yes_more", guests=guests, needed=need, per_room=room.max_guests))
    return False
