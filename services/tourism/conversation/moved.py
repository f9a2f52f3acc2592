"""Another district named once one is chosen: "actually purulia is better", "na, darjeeling e jabo", "পুরুলিয়া
যাব" typed where the guest house, the room type, the check-in, the nights or the guests are asked, and no answer
to that question (no guest house or room of the list named; at the dates and the group, no date or count in the
words). The person is taken to that district's guest houses, said so in one line: the guest house and room type
chosen are dropped, as they are in the other district no more; a check-in, nights and group already given, or
typed with the district ("purulia te 25 dec theke", at the dates and the group too, where a count alone with it is
that step's answer), are kept as a request typed whole keeps them (``choose.AHEAD``), said back, and read once the
new room type is chosen; a district one comes from ("purulia theke 15 march e asbo") is no change. At the offer to
carry on with the booking (``resume``), a place alone is no new request (``brought``): nothing is moved there.

A region named so ("Sundarbans", "ডুয়ার্স") is taken as its districts: one we have places in is moved to as a
district is, said with the region; several are listed to choose from, the stay kept alike; a region the district
on screen lies in changes nothing. "pahar", "পাহাড়", "the hills" alone name no region here: Purulia and Bankura
have hills too. A guest house of another district named ("Ayodhya" at Darjeeling's) shows its rooms, said so.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from services.tourism.conversation import answers, choose, noted, prompts, quoting
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Property, district_name, read_request, show_typed_date
from services.tourism.domain.calendar import DAY_ALONE, day_of_month
from services.tourism.domain.regions import Region
from shared.india import latin_digits
from shared.runtime import resume

STEPS = ("property", "room", "date", "nights", "guests")
LISTED = ("property", "room")  # where a count typed with the district is kept with it (a date: at every step)
# words saying the place is where the person comes from, not where they go: "purulia theke", "from purulia"
_FROM = frozenset(("from", "theke", "thheke", "thike", "থেকে", "hote", "হতে"))


async def elsewhere(turn: Turn, text: str) -> bool:
    """Whether the words named another district of ours, a region or a guest house elsewhere, and the person was
    taken to that district's guest houses, the region's districts or the guest house's rooms."""
    from services.tourism.conversation import whole  # whole reads the districts' answers, which read this

    step = turn.chat.step
    if step not in STEPS or resume.offered(turn, "tourism"):  # at the offer to carry on: a place alone is no change
        return False
    said = read_request(text, turn.today)
    place = await whole.place_in(turn, text)
    region, there = None, []
    if place is None and (region := whole.region_of(text, said.words)) is not None:
        there = [key for key in await turn.repos.catalog.districts() if key in region.districts]
        place = there[0] if len(there) == 1 else None
        if not there or turn.draft.get("district") in region.districts:
            return False
    elif not isinstance(place, (str, Property)):
        return False
    if isinstance(place, Property) and place.district == turn.draft.get("district"):
        return False
    if place == turn.draft.get("district") or await _answers(turn, text):
        return False
    if said.said and step not in LISTED and (said.day is None or _FROM & set(said.words)):
        return False  # a count there is the step's answer; "purulia theke 15 march e asbo": coming from it
    if not await noted.meant(turn, text):  # "is it raining in purulia today": no stay asked for
        return False
    kept = noted.merged(_chosen(turn), noted.ahead(said))  # the date typed with the district in its place
    if said.day is None and (day := _from_day(said.words, turn.today)) is not None:  # "purulia te 26 theke"
        kept.update(date=show_typed_date(day, "en"), day=day.isoformat(), spans=False)
        kept.pop("days", None)
    await quoting.release_hold(turn)
    turn.go("district", **dict.fromkeys(choose.LATER_FIELDS))
    turn.go("district", **{choose.AHEAD: kept or None})
    lines = [_changed(turn, place, region, there)]
    if parts := noted.parts(turn, kept):
        lines.append(turn.t("request_read", said=", ".join(parts)))
    if isinstance(place, Property):
        await choose.property_(turn, place.id, hint="\n".join(lines))
    elif place is not None:
        await choose.district(turn, place, hint="\n".join(lines))
    else:
        await prompts.districts(turn, only=there, hint="\n".join(lines))
    return True


def _from_day(words: tuple[str, ...], today: date) -> date | None:
    """A day of the month said with the district as the one the stay starts from, "purulia te 26 theke",
    "পুরুলিয়ায় ২৬ থেকে": the next such day, as "26 theke" at the nights is read (a number before "theke"; after
    it, "purulia theke 26 e asbo", the place is where they come from)."""
    for number, then in zip(words, words[1:]):
        if then in _FROM and (alone := DAY_ALONE.fullmatch(latin_digits(number))) is not None:
            return day_of_month(int(alone.group(1)), today)
    return None


def _changed(turn: Turn, place: Property | str | None, region: Region | None, there: list[str]) -> str:
    """The one line saying where the person was taken."""
    if isinstance(place, Property):
        return turn.t("property_changed", property=place.name(turn.lang),
                      district=district_name(place.district, turn.lang))
    names = [district_name(key, turn.lang) for key in there or [str(place)]]
    if region is None:
        return turn.t("district_changed", district=names[0])
    if len(names) == 1:
        return turn.t("region_changed", region=region.name(turn.lang), district=names[0])
    from services.tourism.conversation import whole  # whole reads the districts' answers, which read this

    return whole.region_line(turn, region, there)


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
    if (rooms := draft.get("rooms") or draft.get(choose.ROOMS_AHEAD)) is not None:
        kept["rooms"] = int(rooms)
    return kept
