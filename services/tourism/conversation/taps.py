"""Tapped choices, ``tourism:<action>[:args]``: each action goes straight to its step with its value.

A tap that no longer fits — an unknown action, a malformed value, a choice that needs earlier answers
the draft has lost, the Confirm of an older quote, a guest-house or room row of another district or guest house
than the booking's (``rows``) — is answered with "that choice is out of date" and the question of the step the
person is really at; a guest house or room no list held, with "not one of the list" and that question.
"""
from __future__ import annotations

from services.tourism.conversation import (
    changed,
    choose,
    confirm_asked,
    dates,
    group,
    naming,
    prices,
    quoting,
    roomier,
    rows,
    stay_asked,
    steps,
)
from services.tourism.conversation.args import NotListed, Stale, arg, day, number
from services.tourism.conversation.booked_taps import BOOKED, Action
from services.tourism.conversation.turn import Turn


async def tap(turn: Turn, action: str, args: list[str]) -> None:
    handler = ACTIONS.get(action)
    try:
        if handler is None or await handler(turn, args) is False:
            raise Stale(action)
    except NotListed:
        await steps.ask(turn, hint=turn.t("not_listed"))
    except Stale:
        await steps.ask(turn, hint=turn.t("stale"))


def _need(turn: Turn, *fields: str) -> None:
    if not choose.needs(turn, *fields):
        raise Stale(fields)


async def _home(turn: Turn, args: list[str]) -> None:
    await quoting.release_hold(turn)
    await steps.ask(turn, step="home")


async def _resume(turn: Turn, args: list[str]) -> None:
    """Carry on, back from the main menu: the question of the step the person was at, with what they gave; a quote
    whose hold ran out meanwhile holds the rooms again (``quoting.show_again``), rather than show a time gone by."""
    await steps.ask(turn)


async def _book(turn: Turn, args: list[str]) -> None:
    await quoting.release_hold(turn)
    await choose.start(turn)


async def _districts(turn: Turn, args: list[str]) -> None:
    turn.go("district", page=number(args) if args else 0)
    await steps.ask(turn)


async def _district(turn: Turn, args: list[str]) -> None:
    await quoting.release_hold(turn)
    await choose.district(turn, arg(args), number(args, 1) if len(args) > 1 else 0)


async def _property(turn: Turn, args: list[str]) -> None:
    await rows.property_row(turn, arg(args))
    await quoting.release_hold(turn)
    await choose.property_(turn, arg(args), number(args, 1) if len(args) > 1 else 0)


async def _room(turn: Turn, args: list[str]) -> None:
    await rows.room_row(turn, arg(args))
    await quoting.release_hold(turn)
    await choose.room(turn, arg(args))


async def _dates(turn: Turn, args: list[str]) -> None:
    _need(turn, "room")
    await steps.ask(turn, step="date")


async def _date(turn: Turn, args: list[str]) -> None:
    """A check-in; with a check-out after it, the stay offered for one typed whose check-in had passed."""
    _need(turn, "room")
    await quoting.release_hold(turn)
    if await dates.offered(turn, day(args), day(args, 1) if len(args) > 1 else None):
        await quoting.make_quote(turn)


async def _nights(turn: Turn, args: list[str]) -> None:
    _need(turn, "room", "check_in")
    await quoting.release_hold(turn)
    await dates.nights(turn, number(args))


async def _guests(turn: Turn, args: list[str]) -> None:
    _need(turn, "room", "check_in", "nights")
    await quoting.release_hold(turn)
    await group.counted(turn, number(args))


async def _rooms(turn: Turn, args: list[str]) -> None:
    _need(turn, "room", "check_in", "nights", "guests")
    if await choose.rooms(turn, number(args)):
        naming.ask(turn)


async def _name(turn: Turn, args: list[str]) -> bool:
    """A name offered at the question of whose name to book in: the profile's, or the one given last."""
    _need(turn, "room", "check_in", "nights", "guests", "rooms")
    if turn.chat.step not in ("name", "quote") or not naming.tapped(turn, arg(args)):
        return False
    await quoting.make_quote(turn)
    return True


async def _roomier(turn: Turn, args: list[str]) -> None:
    """A room type that takes the group refused by the one chosen, for the same dates."""
    _need(turn, "check_in", "nights")
    await quoting.release_hold(turn)
    await choose.other_room(turn, arg(args), number(args, 1))


async def _reroom(turn: Turn, args: list[str]) -> None:
    """Change room type, for the group refused: the room list, the one chosen keeping the dates."""
    _need(turn, "property", "check_in", "nights")
    await quoting.release_hold(turn)
    await roomier.rooms_again(turn, number(args))


async def _confirm(turn: Turn, args: list[str]) -> bool:
    return await quoting.confirm(turn, arg(args))


async def _change(turn: Turn, args: list[str]) -> bool:
    if (turn.draft.get("hold") or {}).get("id") != arg(args):
        return False
    await quoting.release_hold(turn)
    choose.keep_group(turn)
    await steps.ask(turn, step="date")
    return True


async def _drop(turn: Turn, args: list[str]) -> bool:
    if (turn.draft.get("hold") or {}).get("id") != arg(args):
        return False
    await quoting.release_hold(turn)
    await steps.ask(turn, step="home", hint=turn.t("quote_dropped"))
    return True


async def _alternative_room(turn: Turn, args: list[str]) -> None:
    _need(turn, "check_in", "nights")  # without the group: offered as soon as the stay was known
    if await dates.alternative_room(turn, arg(args)):
        await quoting.make_quote(turn)


async def _alternative_date(turn: Turn, args: list[str]) -> None:
    """The same room from another check-in; with nights after it, the shorter stay of the nights free."""
    _need(turn, "room", "nights")
    nights = number(args, 1) if len(args) > 1 else None
    if nights is not None and nights < 1:
        raise Stale(args)
    if await dates.alternative_date(turn, day(args), for_nights=nights):
        await quoting.make_quote(turn)


async def _back(turn: Turn, args: list[str]) -> None:
    await steps.back(turn)


ACTIONS: dict[str, Action] = {
    "menu": _home, "home": _home, "restart": _home, "resume": _resume, "book": _book, "districts": _districts,
    "district": _district,
    "property": _property, "room": _room, "dates": _dates, "date": _date, "nights": _nights, "guests": _guests,
    "rooms": _rooms, "name": _name, "roomier": _roomier, "reroom": _reroom, "confirm": _confirm, "change": _change,
    "drop": _drop, "altroom": _alternative_room, "altdate": _alternative_date, "back": _back,
    "anew": changed.tapped_again, "leave": changed.tapped_leave,  # "start again", "never mind" asked about
    "price": prices.tapped,  # what a room costs, asked at the main menu
    "pay": stay_asked.pay_tapped,  # how to pay, asked at the main menu
    "times": stay_asked.times_tapped,  # the check-in and check-out times, asked at the main menu
    "facilities": stay_asked.facilities_tapped,  # what the guest houses have, asked at the main menu
    "contact": stay_asked.contact_tapped,  # a caretaker's phone, asked at the main menu
    "confirming": confirm_asked.tapped,  # a booking's confirming asked for in words
    **BOOKED,  # the person's own bookings
}
