"""Another district named once one is chosen: "actually purulia is better", "na, darjeeling e jabo", "পুরুলিয়া
যাব" typed where the guest house, the room type, the check-in, the nights or the guests are asked, and no answer
to that question (no guest house or room of the list named; at the dates and the group, no date or count in the
words). The person is taken to that district's guest houses, said so in one line: the guest house and room type
chosen are dropped, as they are in the other district no more; a check-in, nights and group already given, or
typed with the district ("purulia 25 dec theke"), are kept as a request typed whole keeps them (``choose.AHEAD``),
said back, and read once the new room type is chosen. At the offer to carry on with the booking (``resume``), a
place alone is no new request (``brought``): nothing is moved there.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from services.tourism.conversation import answers, choose, noted, quoting
from services.tourism.conversation.turn import Turn
from services.tourism.domain import district_name, read_request, show_typed_date
from shared.runtime import resume

STEPS = ("property", "room", "date", "nights", "guests")
LISTED = ("property", "room")  # where a date or a count typed with the district is kept with it


async def elsewhere(turn: Turn, text: str) -> bool:
    """Whether the words named another district of ours and the person was taken to its guest houses."""
    from services.tourism.conversation import whole  # whole reads the districts' answers, which read this

    step = turn.chat.step
    if step not in STEPS or resume.offered(turn, "tourism"):  # at the offer to carry on: a place alone is no change
        return False
    if not isinstance(place := await whole.place_in(turn, text), str):
        return False
    said = read_request(text, turn.today)
    if place == turn.draft.get("district") or (said.said and step not in LISTED) or await _answers(turn, text):
        return False
    if not await noted.meant(turn, text):  # "is it raining in purulia today": no stay asked for
        return False
    kept = _chosen(turn)
    if step in LISTED:
        kept = noted.merged(kept, noted.ahead(said))
    await quoting.release_hold(turn)
    turn.go("district", **dict.fromkeys(choose.LATER_FIELDS))
    turn.go("district", **{choose.AHEAD: kept or None})
    lines = [turn.t("district_changed", district=district_name(place, turn.lang))]
    if parts := noted.parts(turn, kept):
        lines.append(turn.t("request_read", said=", ".join(parts)))
    await choose.district(turn, place, hint="\n".join(lines))
    return True


async def _answers(turn: Turn, text: str) -> bool:
    """Whether the words name a guest house or a room type of the list on screen: that step's answer."""
    catalog = turn.repos.catalog
    if turn.chat.step == "property":
        found = await catalog.properties_in(str(turn.draft.get("district", "")))
        return answers.named(text, [(p.id, p.name.bn, p.name.en) for p in found]) is not None
    if turn.chat.step == "room":
        rooms = await catalog.room_types_of(str(turn.draft.get("property", "")))
        return answers.named(text, [(r.id, r.name.bn, r.name.en) for r in rooms]) is not None
    return False


def _chosen(turn: Turn) -> dict[str, Any]:
    """The stay and the group given so far, as a request typed whole keeps them."""
    draft = turn.draft
    kept = dict(draft.get(choose.AHEAD) or {})
    if draft.get("check_in"):
        day = date.fromisoformat(str(draft["check_in"]))
        kept.update(date=show_typed_date(day, "en"), day=day.isoformat(), spans=False)
        kept.pop("days", None)
        if draft.get("nights"):
            kept["nights"] = int(draft["nights"])
    elif draft.get(choose.NIGHTS_AHEAD) or draft.get(choose.DAYS_AHEAD):  # typed ahead, waiting for the check-in
        kept.update(nights=draft.get(choose.NIGHTS_AHEAD), days=draft.get(choose.DAYS_AHEAD))
        kept = {key: value for key, value in kept.items() if value is not None}
    group = draft.get("guests") or draft.get(choose.KEPT)
    if group:
        kept["guests"] = int(group)
    return kept
