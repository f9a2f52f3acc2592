"""The question each step of booking asks, drawn from the draft: used on the way forward, on "back",
and again after an answer that did not fit (``hint``, the text saying what was wrong, comes first).

Lists keep to WhatsApp's ten rows: longer choices are paged, nine a page and a "more" row that wraps
round, so every property stays reachable by tapping.
"""
from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from datetime import date, timedelta

from services.tourism.conversation import cloud, numbered
from services.tourism.conversation.cloud import Row
from services.tourism.conversation.turn import Turn
from services.tourism.domain import (
    Property,
    RoomType,
    district_name,
    local_digits,
    rooms_needed,
    show_day_month,
    show_typed_date,
)

DATE_CHOICES = 8
NIGHT_CHOICES = 7
GUEST_CHOICES = 8


def page_of(rows: Sequence[Row], page: int, more: Row) -> list[Row]:
    """The rows of ``page`` with a "more" row (whose id gets the next page number) when they do not fit."""
    if len(rows) <= cloud.ROWS_MAX:
        return list(rows)
    per = cloud.ROWS_MAX - 1
    page = page if 0 <= page * per < len(rows) else 0
    following = page + 1 if (page + 1) * per < len(rows) else 0
    return [*rows[page * per:(page + 1) * per], Row(f"{more.id}:{following}", more.title, more.description)]


def home(turn: Turn, *, intro: str = "home", hint: str | None = None) -> None:
    body = turn.t(intro) if hint is None else f"{hint}\n\n{turn.t(intro)}"
    turn.ctx.at_home(turn.inbound)
    turn.say(cloud.buttons(turn.with_nav(body),
                           [("tourism:book", turn.t("btn_book")), ("tourism:mine", turn.t("btn_mine"))]))


async def districts(turn: Turn, *, hint: str | None = None, only: Sequence[str] = ()) -> None:
    """The districts we have places in (``only`` those, when a region named narrowed them down)."""
    keys = list(only) or await turn.repos.catalog.districts()
    if not keys:
        return home(turn, intro="no_properties")
    rows = [Row(f"tourism:district:{key}", district_name(key, turn.lang)) for key in keys]
    rows = page_of(rows, int(turn.draft.get("page", 0)), Row("tourism:districts", turn.t("more")))
    _list(turn, "ask_district", rows, hint=hint, picked=True)


async def properties(turn: Turn, *, hint: str | None = None) -> None:
    district = turn.draft.get("district", "")
    found = await turn.repos.catalog.properties_in(district)
    if not found:
        return await districts(turn, hint=turn.t("district_empty"))
    rows = [Row(f"tourism:property:{p.id}", p.name(turn.lang), await _property_line(turn, p)) for p in found]
    more = Row(f"tourism:district:{district}", turn.t("more"), turn.t("more_hint"))
    _list(turn, "ask_property", page_of(rows, int(turn.draft.get("page", 0)), more), hint=hint, picked=True,
          district=district_name(district, turn.lang))


async def rooms(turn: Turn, *, hint: str | None = None) -> None:
    prop = await turn.repos.catalog.property(turn.draft.get("property", ""))
    found = await turn.repos.catalog.room_types_of(prop.id) if prop and prop.active else []
    if prop is None or not found:
        return await properties(turn, hint=turn.t("property_gone"))
    rows = [Row(f"tourism:room:{r.id}", r.name(turn.lang), turn.t("room_line", beds=r.beds, per_room=r.max_guests,
                                                                   tariff_paise=r.tariff * 100)) for r in found]
    more = Row(f"tourism:property:{prop.id}", turn.t("more"), turn.t("more_hint"))
    _list(turn, "ask_room", page_of(rows, int(turn.draft.get("room_page") or 0), more), hint=hint, picked=True,
          property=prop.name(turn.lang), about=about(turn, prop))


async def by_district(turn: Turn, districts: Sequence[str],
                      shown: Callable[[Property], Awaitable[str | None]]) -> str:
    """The guest houses of ``districts``, each under its district's name with what ``shown`` says of it ("• Lataguri
    Panchayat Guest House: ₹1,200–2,400"); one it says nothing of left out, a district with none of them too."""
    lines: list[str] = []
    for district in districts:
        houses = [f"• {house.name(turn.lang)}: {said}" for house in await turn.repos.catalog.properties_in(district)
                  if (said := await shown(house)) is not None]
        lines += [f"\n*{district_name(district, turn.lang)}*", *houses] if houses else []
    return "\n".join(lines).strip()


def times(turn: Turn, prop: Property) -> str:
    """"Check-in 12:00, check-out 10:00", in the person's digits."""
    return turn.t("times", check_in=local_digits(prop.check_in_time, turn.lang),
                  check_out=local_digits(prop.check_out_time, turn.lang))


def amenities(turn: Turn, prop: Property) -> str:
    """What the guest house has, in a line ("Dining hall, Parking"); empty when nothing is listed."""
    return ", ".join(a(turn.lang) for a in prop.amenities)


def about(turn: Turn, prop: Property) -> str:
    lines = [prop.address(turn.lang), times(turn, prop)]
    if prop.amenities:
        lines.append(amenities(turn, prop))
    lines += prop.photos[:1]
    return "\n".join(lines)


async def dates(turn: Turn, *, hint: str | None = None, first: list[date] | None = None) -> None:
    """``first``: a day, or a stay's check-in and check-out, offered above the coming days (next year's, for a date
    typed whose day has passed)."""
    days = [turn.today + timedelta(days=i) for i in range(DATE_CHOICES)]
    rows = [Row(f"tourism:date:{d.isoformat()}", turn.short_date(d), _relative(turn, d)) for d in days]
    if first:
        said = turn.t("alt_stay", check_in=first[0], check_out=first[1]) if len(first) > 1 else turn.show("", first[0])
        rows.insert(0, Row(f"tourism:date:{':'.join(d.isoformat() for d in first)}", turn.short_date(first[0]), said))
    example = example_date(turn)
    _list(turn, "ask_date", rows, hint=hint, example=example, typed=show_typed_date(example, turn.lang))


def example_date(turn: Turn) -> date:
    """The date the prompts give as an example of one to type: a month from today, never one that has passed."""
    return turn.today + timedelta(days=30)


def date_unclear(turn: Turn) -> str:
    example = example_date(turn)
    return turn.t("date_unclear", typed=show_typed_date(example, turn.lang), short=show_day_month(example, turn.lang))


def nights(turn: Turn, *, hint: str | None = None) -> None:
    rows = [Row(f"tourism:nights:{n}", turn.t("n_nights", n=n)) for n in range(1, NIGHT_CHOICES + 1)]
    _list(turn, "ask_nights", rows, hint=hint, check_in=date.fromisoformat(turn.draft["check_in"]),
          max=turn.policy.max_nights)


async def guests(turn: Turn, *, hint: str | None = None) -> None:
    """The counts offered are those the room type can hold (the six of a lone dormitory, not eight)."""
    room = await current_room(turn)
    per_room = room.max_guests if room else 1
    most = min(turn.policy.max_rooms, room.rooms) * per_room if room else GUEST_CHOICES
    rows = [Row(f"tourism:guests:{n}", turn.t("n_guests", n=n)) for n in range(1, min(GUEST_CHOICES, most) + 1)]
    _list(turn, "ask_guests", rows, hint=hint, per_room=per_room)


def room_range(turn: Turn, room: RoomType) -> tuple[int, int]:
    """The fewest rooms the group in the draft needs and the most it may take (free for the stay, and one a guest:
    every room booked has someone staying in it)."""
    guests = int(turn.draft["guests"])
    need = rooms_needed(guests, room)
    return need, min(turn.policy.max_rooms, room.rooms, int(turn.draft.get("free") or room.rooms), guests)


async def only_rooms(turn: Turn) -> int | None:
    """The one count the rooms question could be answered with (a lone dormitory, the last room free), else None:
    then it is taken rather than asked."""
    room = await current_room(turn)
    if room is None or "guests" not in turn.draft:
        return None
    need, most = room_range(turn, room)
    return need if need == most else None


async def room_count(turn: Turn, *, hint: str | None = None) -> None:
    room = await current_room(turn)
    if room is None:
        return await rooms(turn, hint=turn.t("room_gone"))
    party = int(turn.draft["guests"])
    need, most = room_range(turn, room)
    choices = [(f"tourism:rooms:{n}", turn.t("n_rooms", n=n)) for n in range(need, min(need + 2, most) + 1)]
    body = turn.t("ask_rooms", guests=party, needed=need, per_room=room.max_guests, max=most)
    if hint:
        body = f"{hint}\n\n{body}"
    turn.say(cloud.buttons(turn.with_nav(body), choices or [("tourism:back", turn.t("btn_back"))]))


async def current_room(turn: Turn) -> RoomType | None:
    return await turn.repos.catalog.on_sale(turn.draft.get("room", ""))


def _relative(turn: Turn, day: date) -> str:
    offset = (day - turn.today).days
    return turn.t("today") if offset == 0 else turn.t("tomorrow") if offset == 1 else ""


async def _property_line(turn: Turn, prop: Property) -> str:
    tariffs = [r.tariff for r in await turn.repos.catalog.room_types_of(prop.id)]
    price = turn.t("from_price", tariff_paise=min(tariffs) * 100) if tariffs else ""
    return " · ".join(part for part in (prop.block(turn.lang), price) if part)


def _list(turn: Turn, key: str, rows: Sequence[Row], *, hint: str | None, picked: bool = False,
          **values: object) -> None:
    """``picked``: a row's number typed next picks it (``numbered``); else a number is the step's answer."""
    if picked:
        numbered.shown(turn, rows)
    else:
        numbered.unshown(turn)
    body = turn.t(key, **values)
    if hint:
        body = f"{hint}\n\n{body}"
    turn.say(cloud.rows_list(turn.with_nav(body), turn.t("choose"), turn.t("choices"), rows))
