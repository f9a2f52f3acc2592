"""The stay and the group typed ahead of their questions, piece by piece ("25 dec", then "2 nights", then "3 jon"),
where the district, the guest house or the room is asked: each piece is kept with those before (``choose.AHEAD``),
the whole said back ("Noted: from 25 Dec, 2 nights, 3 guests."), and the same question asked again; they are read
once the room type is chosen (``whole.dated``), a day said from today ("kal") as the day it meant when typed. A piece
said again replaces the one before: a date keeps the nights or days said apart ("2 din"), but not a stay's own ("25
to 27 Dec") nor its days ("kal theke 2 din"); nights or days said after such a stay keep its check-in.
"""
from __future__ import annotations

import unicodedata
from datetime import date
from typing import Any

from services.tourism.conversation import answers, choose, prompts
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Request, read_request, show_day_month, show_typed_date, year_matters
from services.tourism.domain.stay_meant import stay_meant

BEFORE_DATES = ("home", "district", "property", "room")  # where a date typed is kept for the dates' question
_QUOTED = 120  # the most of the words said back as not understood


def ahead(said: Request) -> dict[str, Any]:
    """What a request says of the stay and the group, as kept until the room type is chosen."""
    spans = said.date_text is not None and (not said.nights_apart or said.days is not None)
    said_day = said.day and said.day.isoformat()
    return {key: value for key, value in (
        ("date", said.date_text), ("day", said_day), ("spans", spans if said.date_text else None),
        ("nights", said.nights), ("days", said.days), ("guests", said.guests), ("rooms", said.rooms))
        if value is not None}


def merged(was: dict[str, Any] | None, now: dict[str, Any]) -> dict[str, Any]:
    """The pieces kept before, with those said ``now`` in their place."""
    out = dict(was or {})
    if now.get("date"):
        if now.get("spans"):
            out.pop("nights", None)
        if now.get("spans") or out.get("spans"):  # days said apart ("2 din") stay with a date said after them
            out.pop("days", None)
        out.update({key: now[key] for key in ("date", "day", "spans", "nights", "days") if key in now})
    elif (count := next((key for key in ("nights", "days") if now.get(key) is not None), None)) is not None:
        if out.get("spans") and out.get("day"):  # a stay's check-in, for the nights or days said now
            out.update(date=show_typed_date(date.fromisoformat(out["day"]), "en"), spans=False)
        out.pop("days" if count == "nights" else "nights", None)
        out[count] = now[count]
    out.update({key: now[key] for key in ("guests", "rooms") if now.get(key) is not None})
    return out


def stay_text(kept: dict[str, Any], today: date) -> str | None:
    """The stay kept, as if typed where the check-in is asked ("25 Dec 2 nights", "kal theke 2 din"). A day said by
    its distance from the day it was typed ("kal", "tomorrow") is that day still, typed as a date, though the room type
    is chosen a day later: its days or nights with it."""
    if not kept.get("date"):
        return None
    said, spans = str(kept["date"]), kept.get("spans")
    if kept.get("day") and read_request(said, today).day != (day := date.fromisoformat(kept["day"])):
        said, spans = show_typed_date(day, "en"), False
    if spans is False and kept.get("nights"):
        return f"{said} {kept['nights']} nights"
    if spans is False and kept.get("days"):
        return f"{said} for {kept['days']} days"
    return said


def parts(turn: Turn, kept: dict[str, Any]) -> list[str]:
    """The stay and the group kept, as said back."""
    found = []
    if kept.get("day"):
        day = date.fromisoformat(kept["day"])
        shown = turn.show("", day) if year_matters(day, turn.today) else show_day_month(day, turn.lang)
        found.append(turn.t("request_from", day=shown))
    if kept.get("nights") is not None:
        found.append(turn.t("request_nights", nights=kept["nights"]))
    if kept.get("days") is not None:
        found.append(turn.t("request_days", days=kept["days"]))
    if kept.get("guests") is not None:
        found.append(turn.t("request_guests", guests=kept["guests"]))
    if kept.get("rooms") is not None:
        found.append(turn.t("request_rooms", rooms=kept["rooms"]))
    return found


async def meant(turn: Turn, text: str) -> bool:
    """Whether a date the words hold is the stay's ("room for today", "kal theke 2 din"), not a day in a question or
    about another matter ("what is the weather today", "aaj ki bazar khola?"); True with no date in them."""
    said = read_request(text, turn.today)
    if said.day is None:
        return True
    names = {name for p in await turn.repos.catalog.all_properties() for name in _words(p.id, p.name.en, p.name.bn)}
    if turn.chat.step == "room":
        rooms = await turn.repos.catalog.room_types_of(str(turn.draft.get("property", "")))
        names |= {name for r in rooms for name in _words(r.id, r.name.en, r.name.bn)}
    return stay_meant(said, names)


def unread(turn: Turn, text: str) -> str:
    """The words not understood, said back plainly (the step's question follows)."""
    words = " ".join(text.split())
    return turn.t("request_unread", said=words if len(words) <= _QUOTED else f"{words[:_QUOTED].rstrip()}…")


def _words(*names: str) -> set[str]:
    return {word for name in names for word in unicodedata.normalize("NFC", name).casefold().replace("-", " ").split()}


async def kept(turn: Turn, text: str) -> bool:
    """At the guest house or the room question: the stay or group typed there kept, with the guest house or room
    named with it taken; False when the words say neither."""
    said = read_request(text, turn.today)
    if not said.said:
        return False
    keep = merged(turn.draft.get(choose.AHEAD), ahead(said))
    turn.go(turn.chat.step, **{choose.AHEAD: keep})
    line = turn.t("request_read", said=", ".join(parts(turn, keep)))
    words = " ".join(said.words)
    if turn.chat.step == "property":
        found = await turn.repos.catalog.properties_in(str(turn.draft.get("district", "")))
        match = _named(words, [(p.id, p.name.bn, p.name.en) for p in found])
        await (choose.property_(turn, match, hint=line) if match else prompts.properties(turn, hint=line))
    else:
        found_rooms = await turn.repos.catalog.room_types_of(str(turn.draft.get("property", "")))
        match = _named(words, [(r.id, r.name.bn, r.name.en) for r in found_rooms])
        await (choose.room(turn, match) if match else prompts.rooms(turn, hint=line))
    return True


def _named(words: str, choices: list[tuple[str, str, str]]) -> str | None:
    """The one choice the words left name, as typed alone at its question, or by one word of them ("cottage for")."""
    if not words:
        return None
    found = answers.named(words, choices)
    if found is None:
        hits = {hit for word in words.split() if len(word) > 3 and (hit := answers.named(word, choices))}
        found = hits.pop() if len(hits) == 1 else None
    return found
