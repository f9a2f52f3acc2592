"""When the rooms are gone: an apology that says how many are left, and the nearest alternatives —
other room types of the same property for the same nights, then the same room on nearby dates.

Each alternative is a tap that keeps the rest of the draft and goes straight to a fresh quote, so
nobody has to start over; the person may also type another check-in date.
"""
from __future__ import annotations

from datetime import date, timedelta

from services.tourism import stays
from services.tourism.alternatives import Alternative, alternatives
from services.tourism.conversation import cloud, numbered, prompts
from services.tourism.conversation.cloud import Row
from services.tourism.conversation.turn import Turn
from services.tourism.domain import RoomType, local_digits, nights_of, rooms_needed, show_day_month
from shared.runtime.spec import ROW_TITLE_MAX

OFFERED = "offered"  # the stay was said not free: a check-in chosen next keeps the nights and the group given


async def free(turn: Turn) -> int | None:
    """Rooms of the chosen type free for the whole stay in the draft (None without a room on sale): the one
    availability read before the quote, so a stay already full is said so before the group is asked."""
    room = await prompts.current_room(turn)
    if room is None:
        return None
    days = nights_of(date.fromisoformat(turn.draft["check_in"]), int(turn.draft["nights"]))
    return await turn.repos.inventory.free(room, days, turn.now)


async def full(turn: Turn) -> None:
    """The stay has no room of this type free: said at once, with what the quote would offer (another room type
    or nearby dates), before guests and rooms are asked: for a group of any size with a room free there, or for
    the group already given (another date chosen for it), with the rooms it needs."""
    room = await prompts.current_room(turn)
    assert room is not None
    d = turn.draft
    guests = int(d["guests"]) if d.get("guests") else None
    found = await alternatives(turn.repos, room, date.fromisoformat(d["check_in"]), nights=int(d["nights"]),
                               guests=guests or 1, rooms=rooms_needed(guests or 1, room), now=turn.now,
                               policy=turn.policy)
    await unavailable(turn, stays.Unavailable(free=0, alternatives=found), key="full", counted=guests is not None)


async def too_few(turn: Turn, room: RoomType, guests: int, free: int) -> None:
    """Rooms of this type are free for the stay, but fewer than the group needs: said plainly, with the others
    worked out for the group (a room type that takes it, this one on nearby dates); a tap on one asks the rooms."""
    d = turn.draft
    found = await alternatives(turn.repos, room, date.fromisoformat(d["check_in"]), nights=int(d["nights"]),
                               guests=guests, rooms=rooms_needed(guests, room), now=turn.now, policy=turn.policy)
    turn.go("date", guests=guests, rooms=None)  # the group kept, its rooms not chosen
    await unavailable(turn, stays.Unavailable(free=free, alternatives=found), key="too_few", guests=guests,
                      **held(turn))


async def again(turn: Turn, hint: str) -> bool:
    """The 'not free' list on screen asked again after ``hint`` (words that could not be read there): the apology
    and the alternatives as they stand now. False when the stay is no longer short of rooms (the dates are asked)."""
    room = await prompts.current_room(turn)
    d = turn.draft
    if room is None or not (d.get(OFFERED) and d.get("check_in") and d.get("nights")):
        return False
    left = await free(turn) or 0
    guests = int(d["guests"]) if d.get("guests") else None
    rooms = int(d["rooms"]) if d.get("rooms") else rooms_needed(guests or 1, room)
    if left >= rooms:
        return False
    found = await alternatives(turn.repos, room, date.fromisoformat(d["check_in"]), nights=int(d["nights"]),
                               guests=guests or 1, rooms=rooms, now=turn.now, policy=turn.policy)
    result = stays.Unavailable(free=left, alternatives=found)
    if left and guests is not None and not d.get("rooms"):  # a group with too few free
        await unavailable(turn, result, key="too_few", hint=hint, guests=guests, **held(turn))
    else:
        await unavailable(turn, result, key="sold_out" if left else "full", hint=hint, counted=guests is not None)
    return True


def held(turn: Turn) -> dict[str, date]:
    """The stay in the draft, check-in and check-out, as an apology names the dates it is about: a check-in typed
    at a 'not free' list may have moved them."""
    check_in = date.fromisoformat(turn.draft["check_in"])
    return {"check_in": check_in, "check_out": check_in + timedelta(days=int(turn.draft["nights"]))}


async def unavailable(turn: Turn, result: stays.Unavailable, *, key: str = "sold_out", hint: str | None = None,
                      counted: bool | None = None, **values: int | str | date) -> None:
    """``key``: the apology, ``sold_out`` for rooms asked at the quote (``full`` when none at all is left), ``full``
    for a stay with none free (``full_nights`` when some nights are free, naming the full ones), ``too_few`` for a
    group with fewer free than it needs (``values``: the group and its dates); ``hint``: said first (a warm word
    back for a thanks at a quote whose rooms went meanwhile). Another check-in, tapped from the alternatives or the
    dates or typed, keeps the nights and the group (``OFFERED``). ``counted``: the rows say the rooms the group
    needs (by default all but a ``full`` stay's, found before the group was given)."""
    turn.go("date", **{OFFERED: True})
    counted = key != "full" if counted is None else counted
    if key == "sold_out" and result.free == 0:  # none left at all: said plainly, not "(0 free)"
        key = "full"
    if key == "full" and (nights := await full_nights(turn)):  # some nights free: the full ones named
        key, values = "full_nights", {"count": len(nights), "full": _and(turn, nights)}
    elif key == "full":  # the stay's dates named: a check-in typed at the list may have moved them
        values = {**values, **held(turn)}
    if not result.alternatives:
        return await prompts.dates(turn, hint=hinted(hint, turn.t(f"{key}_none", free=result.free, **values)))
    rows = [_row(turn, alt, counted=counted) for alt in result.alternatives]
    rows.append(Row("tourism:dates", turn.t("other_dates")))
    numbered.shown(turn, rows)
    body = turn.with_nav(hinted(hint, turn.t(key, free=result.free, **values)))
    turn.say(cloud.rows_list(body, turn.t("choose"), turn.t("alternatives"), rows))


async def full_nights(turn: Turn) -> list[date]:
    """The nights of the stay in the draft with no room of its type free, when others are free (so it could be
    shortened or moved); none named when every night is full."""
    room = await prompts.current_room(turn)
    if room is None:
        return []
    days = nights_of(date.fromisoformat(turn.draft["check_in"]), int(turn.draft["nights"]))
    full = [day for day in days if await turn.repos.inventory.free(room, [day], turn.now) == 0]
    return full if len(full) < len(days) else []


def _and(turn: Turn, days: list[date]) -> str:
    """``21 June 2026`` / ``21 June 2026, 22 June 2026 and 24 June 2026`` in the person's script."""
    shown = [turn.show("day", day) for day in days]
    return shown[0] if len(shown) == 1 else turn.t("region_and", first=", ".join(shown[:-1]), last=shown[-1])


def hinted(hint: str | None, text: str) -> str:
    """``text`` after ``hint``, the words said first, if any."""
    return f"{hint}\n\n{text}" if hint else text


def _row(turn: Turn, alt: Alternative, *, counted: bool) -> Row:
    """``counted``: the rooms the group needs are said; not for a stay full before the group was given, where the
    count would be one, for nobody yet."""
    tariff = alt.room.tariff * 100
    if not counted:
        line = turn.t("alt_tariff", tariff_paise=tariff)
    else:
        line = turn.t("alt_line", rooms=alt.rooms, tariff_paise=tariff)
    if alt.kind == "room":
        return Row(f"tourism:altroom:{alt.room.id}", alt.room.name(turn.lang), line)
    if alt.kind == "short" and alt.nights:  # the nights free within the stay: said, and carried by the tap
        return Row(f"tourism:altdate:{alt.check_in.isoformat()}:{alt.nights}", stay(turn, alt.check_in, alt.nights),
                   turn.t("alt_short", nights=alt.nights, line=line))
    title = stay(turn, alt.check_in, int(turn.draft["nights"]))
    return Row(f"tourism:altdate:{alt.check_in.isoformat()}", title, line)


def stay(turn: Turn, check_in: date, nights: int) -> str:
    """The stay from check-in to check-out ("Sat 2 Jan – Mon 4 Jan"), not a lone date taken for either; shorter
    where a row's title would not hold it (Bengali month names are long): without the weekdays, the month said
    once ("১২–১৪ জানুয়ারি"), or the check-in and the nights ("৩১ জানুয়ারি থেকে ২ রাত")."""
    check_out = check_in + timedelta(days=nights)
    first, last = show_day_month(check_in, turn.lang), show_day_month(check_out, turn.lang)
    titles = [turn.t("alt_stay", check_in=turn.short_date(check_in), check_out=turn.short_date(check_out)),
              turn.t("alt_stay", check_in=first, check_out=last)]
    if check_in.month == check_out.month:
        titles.append(turn.t("alt_stay_month", first=local_digits(str(check_in.day), turn.lang), check_out=last))
    titles += [turn.t("alt_stay_tight", check_in=first, check_out=last),
               turn.t("alt_stay_nights", check_in=first, nights=nights)]
    return next((title for title in titles if len(title) <= ROW_TITLE_MAX), titles[-1])
