"""A group too big for the room type chosen (eight for a dormitory of six): the room types of the same guest
house that take it, each a tap that keeps the dates, and "change room type", the room list with the dates kept.
The step stays at the guests, so a smaller number typed is read as before. A group no room type here takes is told
it may book in parts or call the guest house.
"""
from __future__ import annotations

from services.tourism.conversation import cloud, prompts
from services.tourism.conversation.cloud import Row
from services.tourism.conversation.turn import Turn
from services.tourism.domain import RoomType, holds

PARTY = "party"  # the group a room type is being changed for: the room chosen next takes it, with the dates


async def refuse(turn: Turn, room: RoomType, guests: int, hint: str) -> None:
    found = await turn.repos.catalog.room_types_of(room.property_id)
    fitting = [r for r in found if r.id != room.id and holds(r, guests, turn.policy)][:cloud.ROWS_MAX - 1]
    rows = [Row(f"tourism:roomier:{r.id}:{guests}", r.name(turn.lang), _line(turn, r)) for r in fitting]
    rows.append(Row(f"tourism:reroom:{guests}", turn.t("btn_change_room"), turn.t("dates_kept")))
    told = turn.t("party_fits", guests=guests) if fitting else turn.t(
        "party_fits_none", guests=guests, contact=await contact(turn, room))
    body = f"{hint}\n\n{told}"
    turn.say(cloud.rows_list(turn.with_nav(body), turn.t("choose"), turn.t("choices"), rows))


async def rooms_again(turn: Turn, guests: int) -> None:
    """The room types of the guest house again, for the group; the one tapped keeps the dates."""
    turn.go("room", **{PARTY: guests})
    await prompts.rooms(turn, hint=turn.t("room_for_party", guests=guests))


async def contact(turn: Turn, room: RoomType) -> str:
    """The guest house's phone, for a group bigger than one booking takes."""
    prop = await turn.repos.catalog.property(room.property_id)
    return prop.contact if prop else ""  # a room type's guest house is in the catalog while the room is


def _line(turn: Turn, room: RoomType) -> str:
    return turn.t("room_line", beds=room.beds, per_room=room.max_guests, tariff_paise=room.tariff * 100)
