"""The booking steps before the quote: district → property → room type → check-in → nights → guests →
rooms. Each choice arrives as a tap (its id carries the value) or as typed text already parsed by the
flow; an answer the rules refuse re-asks the same step with the reason first.

A tap may come from an older list than the current step (people scroll up). Taps carry what they chose,
so an old district, property or room tap simply restarts from there; a tap that needs earlier choices
the draft no longer has (``needs``) is answered with the current step instead.
"""
from __future__ import annotations

from datetime import date, timedelta

from services.tourism.conversation import naming, prompts, roomier, soldout
from services.tourism.conversation.turn import Turn
from services.tourism.domain import (
    Refused,
    check_in_date,
    guests_count,
    holds,
    nights_count,
    nights_until,
    rooms_count,
    rooms_needed,
    show_typed_date,
)

KEPT = "kept_guests"  # the group at a quote whose dates are being changed: taken again once the new stay is chosen
CHILDREN = "children"  # of the group's guests, when it was typed as adults and children: kept as the group is
CHILDREN_ONLY = "children_only"  # children typed with no adults: the adults are asked for, to count with them
LATER_FIELDS = ("district", "property", "room", KEPT, CHILDREN, "check_in", "nights", "free", "guests", CHILDREN_ONLY,
                "rooms", "page", "room_page", roomier.PARTY, soldout.OFFERED)


def needs(turn: Turn, *fields: str) -> bool:
    return all(field in turn.draft for field in fields)


def _from(field: str) -> dict[str, None]:
    """Draft fields chosen after ``field``: choosing it again clears them."""
    return dict.fromkeys(LATER_FIELDS[LATER_FIELDS.index(field) + 1:])


async def start(turn: Turn) -> None:
    turn.go("district", **dict.fromkeys(LATER_FIELDS))
    await prompts.districts(turn)


async def district(turn: Turn, key: str, page: int = 0, *, hint: str | None = None) -> None:
    turn.go("property", district=key, **{**_from("district"), "page": page})
    await prompts.properties(turn, hint=hint)


async def property_(turn: Turn, property_id: str, page: int = 0) -> None:
    prop = await turn.repos.catalog.property(property_id)
    if prop is None or not prop.active:
        turn.go("property")
        return await prompts.properties(turn, hint=turn.t("property_gone"))
    turn.go("room", district=prop.district, property=prop.id, **{**_from("property"), "room_page": page})
    await prompts.rooms(turn)


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
            **_from("room"))
    await prompts.dates(turn)


async def check_in(turn: Turn, day: date | None) -> bool:
    """True when the quote can be made: a check-in chosen after the stay was said not free (``soldout.OFFERED``)
    keeps the nights and the group given, as an alternative date tapped does; else the nights are asked."""
    if day is not None and turn.draft.get(soldout.OFFERED) and needs(turn, "room", "nights"):
        return await alternative_date(turn, day, told=True)
    if await _checked_in(turn, day):
        prompts.nights(turn)
    return False


async def stay(turn: Turn, day: date, check_out: date, *, was: date | None = None) -> bool:
    """A stay typed in one go ("5 to 8 Dec"): its check-in read as one typed alone, its check-out as one typed
    for the nights, each refused as it would be there. ``was``: the check-in chosen before, where the nights
    were asked; a stay from another day replaces it, and the reply says so. True when the quote can be made: typed
    after the stay was said not free (``soldout.OFFERED``), it keeps the group given, as a check-in typed there does;
    refused there, the reason comes with the same apology and choices, the nights and the group kept."""
    if turn.draft.get(soldout.OFFERED) and needs(turn, "room"):
        try:
            check_in_date(day, turn.today, turn.policy)
            count = nights_count(nights_until(day, check_out, turn.policy), turn.policy)
        except Refused as refused:
            if await soldout.again(turn, turn.t(refused.key, **refused.values)):
                return False  # else refused below, as anywhere
        else:
            if needs(turn, "guests"):
                turn.go(turn.chat.step, nights=count)
                return await alternative_date(turn, day, told=True)
    if await _checked_in(turn, day):
        await nights(turn, check_out=check_out, told=True, was=was if was != day else None)
    return False


async def _checked_in(turn: Turn, day: date | None) -> bool:
    turn.go("date")
    if day is None:
        await prompts.dates(turn, hint=prompts.date_unclear(turn))
        return False
    try:
        check_in_date(day, turn.today, turn.policy)
    except Refused as refused:
        await prompts.dates(turn, hint=turn.t(refused.key, **refused.values))
        return False
    turn.go("nights", check_in=day.isoformat(), **_from("check_in"))
    return True


async def nights(turn: Turn, count: int | None = None, *, check_out: date | None = None, told: bool = False,
                 was: date | None = None) -> None:
    """``told``: the stay's dates are said back before the next question, as they were typed; ``was``: the
    check-in they replace."""
    turn.go("nights")
    try:
        if check_out is not None:
            count = nights_until(date.fromisoformat(turn.draft["check_in"]), check_out, turn.policy)
        if count is None:
            check_out = date.fromisoformat(turn.draft["check_in"]) + timedelta(days=2)
            return prompts.nights(turn, hint=turn.t("nights_unclear", max=turn.policy.max_nights,
                                                    typed=show_typed_date(check_out, turn.lang)))
        nights_count(count, turn.policy)
    except Refused as refused:
        return prompts.nights(turn, hint=turn.t(refused.key, **refused.values))
    turn.go("guests", nights=count, **_from("nights"))
    if await _full(turn):
        return
    dates = {"check_in": date.fromisoformat(turn.draft["check_in"]), "check_out": check_out, "nights": count}
    hint = (turn.t("stay_moved", was=was, **dates) if was else turn.t("stay_read", **dates)) if told else None
    if (kept := turn.draft.get(KEPT)) is not None:  # the dates changed at the quote: the group given is kept, once
        turn.go(turn.chat.step, **{KEPT: None})
        return await guests(turn, int(kept), hint=hint)
    await prompts.guests(turn, hint=hint)


async def guests(turn: Turn, count: int | None, *, hint: str | None = None) -> None:
    """``hint``: said before the rooms question or the name, when the group goes on to either."""
    turn.go("guests")
    room = await prompts.current_room(turn)
    if room is None:
        turn.go("room")
        return await prompts.rooms(turn, hint=turn.t("room_gone"))
    if count is None:
        return await prompts.guests(turn, hint=turn.t("count_unclear"))
    try:
        guests_count(count)
    except Refused as refused:
        return await prompts.guests(turn, hint=turn.t(refused.key, **refused.values))
    if not holds(room, count, turn.policy):
        most = min(turn.policy.max_rooms, room.rooms) * room.max_guests
        return await roomier.refuse(turn, room, count, turn.t("party_too_big", guests=count, most=most))
    free = turn.draft.get("free")
    if free is not None and int(free) < rooms_needed(count, room):
        return await soldout.too_few(turn, room, count, int(free))
    turn.go("rooms", guests=count, **_from("guests"))
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
    turn.go("guests", property=found.property_id, room=found.id, **_from("nights"))
    await _for_group(turn, count)


async def _for_group(turn: Turn, count: int, *, hint: str | None = None) -> None:
    """The group known and the stay changed: the stay said full, or the group's count read again for it (``hint``
    said before the rooms question)."""
    if not await _full(turn):
        await guests(turn, count, hint=hint)


async def _full(turn: Turn) -> bool:
    """Whether the stay has no room of the type chosen free, said so; else the rooms free are kept for the rooms
    question's 'up to'. Read as soon as the room type and the stay are both known, however they were reached."""
    free = await soldout.free(turn)
    if free == 0:
        await soldout.full(turn)
        return True
    turn.go(turn.chat.step, free=free)
    return False


async def rooms(turn: Turn, count: int | None) -> bool:
    """True when the rooms are chosen and the name to book in can be asked."""
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
        await prompts.room_count(turn, hint=turn.t(refused.key, **refused.values))
        return False
    turn.go("name", rooms=count)
    return True


async def alternative_room(turn: Turn, room_id: str) -> bool:
    """An alternative room type for the same stay; True when the quote can be made. Offered before the group was
    known (the stay full as soon as it was given), the guests are asked next."""
    found = await turn.repos.catalog.on_sale(room_id)
    if found is None:
        turn.go("room")
        await prompts.rooms(turn, hint=turn.t("room_gone"))
        return False
    if "guests" not in turn.draft:
        turn.go("nights", property=found.property_id, room=found.id)
        await nights(turn, int(turn.draft["nights"]))
        return False
    if "rooms" not in turn.draft:  # the group had too few free: its rooms are asked for this type
        await other_room(turn, found.id, int(turn.draft["guests"]))
        return False
    turn.go("quote", property=found.property_id, room=found.id,
            rooms=rooms_needed(int(turn.draft["guests"]), found), **{soldout.OFFERED: None})
    return True


async def alternative_date(turn: Turn, day: date, *, for_nights: int | None = None, told: bool = False) -> bool:
    """The same room from another check-in date (``for_nights``: for that many nights, the shorter stay offered
    where some nights were full); True when the quote can be made. ``told``: typed, not tapped from a row naming
    it: the dates now held are said before the rooms are asked for them."""
    try:
        check_in_date(day, turn.today, turn.policy)
        if for_nights is not None:
            nights_count(for_nights, turn.policy)
    except Refused as refused:
        turn.go("date")
        hint = turn.t(refused.key, **refused.values)
        if not await soldout.again(turn, hint):  # at a 'not free' list: its choices again, below the reason
            await prompts.dates(turn, hint=hint)
        return False
    if for_nights is not None:
        turn.go(turn.chat.step, nights=for_nights)
    if "guests" not in turn.draft:
        turn.go("nights", check_in=day.isoformat(), **{soldout.OFFERED: None})
        await nights(turn, int(turn.draft["nights"]))
        return False
    if "rooms" not in turn.draft:  # the group had too few free: its rooms are asked for these dates
        was = date.fromisoformat(turn.draft["check_in"]) if turn.draft.get("check_in") else None
        turn.go("guests", check_in=day.isoformat(), free=None, **{soldout.OFFERED: None})
        await _for_group(turn, int(turn.draft["guests"]), hint=_held(turn, was) if told else None)
        return False
    turn.go("quote", check_in=day.isoformat(), **{soldout.OFFERED: None})
    return True


def _held(turn: Turn, was: date | None) -> str:
    """The stay the draft now holds, said back (with the check-in it replaces, when another)."""
    check_in = date.fromisoformat(turn.draft["check_in"])
    count = int(turn.draft["nights"])
    dates = {"check_in": check_in, "check_out": check_in + timedelta(days=count), "nights": count}
    return turn.t("stay_moved", was=was, **dates) if was and was != check_in else turn.t("stay_read", **dates)
