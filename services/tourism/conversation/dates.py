"""The stay's steps of the booking: check-in → nights, each a tap or typed (a check-out, a whole stay "5 to 8 Dec"),
and the other room types and dates offered for a stay not free (``soldout``), which keep the nights and the group
given. The group's steps after them (guests → rooms) are ``choose``'s.
"""
from __future__ import annotations

from datetime import date, timedelta

from services.tourism.conversation import choose, group, prompts, soldout
from services.tourism.conversation.turn import Turn
from services.tourism.domain import (
    Refused,
    check_in_date,
    nights_count,
    nights_until,
    rooms_needed,
    show_typed_date,
)


async def check_in(turn: Turn, day: date | None) -> bool:
    """True when the quote can be made: a check-in chosen after the stay was said not free (``soldout.OFFERED``)
    keeps the nights and the group given, as an alternative date tapped does; else the nights are asked, or taken
    when typed ahead with a whole request (``whole``), or asked as for days when days were typed ahead ("2 din")."""
    if day is not None and turn.draft.get(soldout.OFFERED) and choose.needs(turn, "room", "nights"):
        return await alternative_date(turn, day, told=True)
    if day is not None and (count := turn.draft.get(choose.DAYS_AHEAD)):  # "2 din" typed before the check-in
        return await days(turn, day, int(count))
    ahead = turn.draft.get(choose.NIGHTS_AHEAD)  # typed with a whole request, before the check-in was known
    if await _checked_in(turn, day) and day is not None:
        if not ahead:
            prompts.nights(turn)
            return False
        turn.go("nights", **{choose.NIGHTS_AHEAD: None})
        await nights(turn, check_out=day + timedelta(days=int(ahead)), told=True)
    return False


async def stay(turn: Turn, day: date, check_out: date, *, was: date | None = None) -> bool:
    """A stay typed in one go ("5 to 8 Dec"): its check-in read as one typed alone, its check-out as one typed
    for the nights, each refused as it would be there. ``was``: the check-in chosen before, where the nights
    were asked; a stay from another day replaces it, and the reply says so. True when the quote can be made: typed
    after the stay was said not free (``soldout.OFFERED``), it keeps the group given, as a check-in typed there does;
    refused there, the reason comes with the same apology and choices, the nights and the group kept."""
    if turn.draft.get(soldout.OFFERED) and choose.needs(turn, "room"):
        try:
            check_in_date(day, turn.today, turn.policy)
            count = nights_count(nights_until(day, check_out, turn.policy), turn.policy)
        except Refused as refused:
            if await soldout.again(turn, turn.t(refused.key, **refused.values)):
                return False  # else refused below, as anywhere
        else:
            if choose.needs(turn, "guests"):
                turn.go(turn.chat.step, nights=count)
                return await alternative_date(turn, day, told=True)
    if await _checked_in(turn, day):
        await nights(turn, check_out=check_out, told=True, was=was if was != day else None)
    return False


async def passed(turn: Turn, day: date, meant: date, check_out: date | None = None, *, days: int | None = None) -> None:
    """A check-in typed without its year whose day has just passed ("1 Dec" on 3 December), alone or with its
    check-out ("1 to 3 Dec") or its ``days`` ("1 dec for 3 days", the nights then asked as for days): read as next
    year's, it may be a slip, so it is asked, that day (or stay, ``check_out``) offered above the dates (tapped, or
    "yes" typed) and another date welcome; when next year's is too far to book, the date has passed."""
    try:
        check_in_date(meant, turn.today, turn.policy)
    except Refused:
        turn.go("date")
        return await prompts.dates(turn, hint=turn.t("date_past"))
    offer = [meant, check_out] if check_out else [meant]
    turn.go("date", **{choose.MEANT: ":".join(day.isoformat() for day in offer), choose.MEANT_DAYS: days})
    hint = turn.t("date_passed_meant", passed=day, meant=meant) if check_out is None else turn.t(
        "stay_passed_meant", passed=day, check_in=meant, check_out=check_out, nights=(check_out - meant).days)
    if days is not None:
        hint = turn.t("days_passed_meant", passed=day, meant=meant, days=days)
    await prompts.dates(turn, hint=hint, first=offer)


async def offered(turn: Turn, day: date, check_out: date | None = None) -> bool:
    """A check-in tapped, or the one offered for a date whose day has passed taken (with the days typed with it,
    their nights asked); with its ``check_out``, the stay offered. True when the quote can be made."""
    count = turn.draft.get(choose.MEANT_DAYS) if turn.draft.get(choose.MEANT) == day.isoformat() else None
    turn.go(turn.chat.step, **{choose.MEANT: None, choose.MEANT_DAYS: None})
    if count and check_out is None:
        return await days(turn, day, int(count))
    return await (stay(turn, day, check_out) if check_out else check_in(turn, day))


async def days(turn: Turn, day: date, count: int) -> bool:
    """A check-in and its days ("kal theke 3 din"): one day is one night, said back as a stay typed whole; more may
    be as many nights or one fewer, so the nights are asked with both said. True when the quote can be made. Typed
    at a 'not free' list, the group given is kept for the nights chosen, as at a quote whose dates are changed."""
    if count == 1:
        return await stay(turn, day, day + timedelta(days=1))
    if turn.draft.get(soldout.OFFERED) and turn.draft.get("guests"):
        choose.keep_group(turn)
    if await _checked_in(turn, day):
        prompts.nights(turn, hint=turn.t("days_nights", check_in=day, days=count, check_out=day + timedelta(count),
                                         fewer=count - 1, earlier=day + timedelta(count - 1)))
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
    turn.go("nights", check_in=day.isoformat(), **choose.after("check_in"))
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
    turn.go("guests", nights=count, **choose.after("nights"))
    if await choose.full(turn):
        return
    dates = {"check_in": date.fromisoformat(turn.draft["check_in"]), "check_out": check_out, "nights": count}
    hint = (turn.t("stay_moved", was=was, **dates) if was else turn.t("stay_read", **dates)) if told else None
    if not await group.kept(turn, hint):  # a group said before the nights: taken, or its adults asked
        await prompts.guests(turn, hint=hint)


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
        await choose.other_room(turn, found.id, int(turn.draft["guests"]))
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
        await choose.for_group(turn, int(turn.draft["guests"]), hint=_held(turn, was) if told else None)
        return False
    turn.go("quote", check_in=day.isoformat(), **{soldout.OFFERED: None})
    return True


def _held(turn: Turn, was: date | None) -> str:
    """The stay the draft now holds, said back (with the check-in it replaces, when another)."""
    check_in = date.fromisoformat(turn.draft["check_in"])
    count = int(turn.draft["nights"])
    dates = {"check_in": check_in, "check_out": check_in + timedelta(days=count), "nights": count}
    return turn.t("stay_moved", was=was, **dates) if was and was != check_in else turn.t("stay_read", **dates)
