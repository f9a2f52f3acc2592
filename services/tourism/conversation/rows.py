"""A guest-house or room-type row tapped, checked against the booking being made before it is taken.

While a stay is being chosen (or quoted), a row of another district's guest house, or of another guest house's
room type, is from a list sent earlier (the person went back to the menu and chose again): it is ``Stale``,
answered as from an earlier message with the question the person is at, never taken as the choice. So is a row of
the guest house or the room type already chosen, once a later question is reached (scrolling up, a tap on the
same row again): taken anew it dropped the dates, the group and the quote. Outside a
booking (the menu, a booking looked at) a row starts the booking from there, as before. An id no list ever held is
``NotListed``: said not to be one of the list, and the question asked again.
"""
from __future__ import annotations

from services.tourism.conversation.args import NotListed, Stale
from services.tourism.conversation.pressed import CHOOSING
from services.tourism.conversation.turn import Turn

BOOKING = (*CHOOSING, "quote")  # where a booking is being made: its district and guest house are the ones
ROOMED = BOOKING[BOOKING.index("date"):]  # its room type chosen: that guest house or room again is from before


async def property_row(turn: Turn, property_id: str) -> None:
    prop = await turn.repos.catalog.property(property_id)
    if prop is None:
        raise NotListed(property_id)
    _same(turn, "district", prop.district)
    _again(turn, "property", prop.id)


async def room_row(turn: Turn, room_id: str) -> None:
    room = await turn.repos.catalog.room_type(room_id)
    if room is None:
        raise NotListed(room_id)
    _same(turn, "property", room.property_id)
    prop = await turn.repos.catalog.property(room.property_id)
    _same(turn, "district", prop.district if prop is not None else None)
    _again(turn, "room", room.id)


def _same(turn: Turn, field: str, value: str | None) -> None:
    """Stale when a booking is being made and its ``field`` is another than the row's."""
    chosen = turn.draft.get(field)
    if turn.chat.step in BOOKING and chosen and chosen != value:
        raise Stale(field, value)


def _again(turn: Turn, field: str, value: str) -> None:
    """Stale when the room type is chosen and the row is the ``field`` already chosen."""
    if turn.chat.step in ROOMED and turn.draft.get(field) == value:
        raise Stale(field, value)
