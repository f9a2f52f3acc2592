"""A whole request typed at the tourism menu or the districts question ("room at lataguri 10 apr 3 nights 2 people",
"digha te 25 tarikh theke 2 rat er jonno ekta ghor chai", "দিঘায় ২৫ ডিসেম্বর থেকে ২ রাতের জন্য একটা ঘর চাই"): the
booking starts with what it names taken (the guest house or the district, the check-in, the nights, the guests),
said back in one line so a slip can be put right, and only the next thing not given is asked.

Nothing is guessed: a place we have nothing by is no district (the districts are asked, saying we have no guest house
there where the request clearly names it: ``place_named``), a number alone is no count. A region the tourism menu
names ("room in the Sundarbans from 20 march", "সুন্দরবনে ২ রাতের জন্য ঘর চাই") is taken as its districts we have
places in, as at the districts question: one is chosen, said with the region; several are listed to choose from.
"pahar", "পাহাড়", "the hills" name no region: Purulia and Bankura have hills too.
The stay is kept (``choose.AHEAD``) until the room type is chosen, then read as if typed where the check-in is asked,
so a date passed or too far gets the same answer as there; the group is then kept as at a quote whose dates change
(``choose.KEPT``), nights typed without a check-in wait for it (``choose.NIGHTS_AHEAD``), and the rooms for their
question (``choose.ROOMS_AHEAD``).
"""
from __future__ import annotations

import unicodedata

from services.tourism.conversation import answers, choose, noted, prompts
from services.tourism.conversation.turn import Turn
from services.tourism.domain import (
    Property,
    district_key,
    district_name,
    district_near,
    near,
    place_named,
    read_request,
)
from services.tourism.domain.regions import REGIONS, Region, region_named
from shared.india import typed_word

# Bengali endings a place takes in a sentence: দিঘায় (in Digha), দার্জিলিংয়ে, লাটাগুড়িতে, পুরুলিয়ার
STEPS = ("home", "district")  # where a request typed whole is read
_ENDINGS = tuple(unicodedata.normalize("NFC", ending) for ending in ("য়ে", "য়", "তে", "ের", "ে", "র", "এ"))
# words of the Darjeeling hills that name hills anywhere: no region
_HILLS = frozenset(typed_word(word) for word in ("pahar", "পাহাড়", "the hills", "hills", "pahad"))


async def started(turn: Turn, text: str, *, place_alone: bool = True, before: str | None = None) -> bool:
    """The booking started from a request typed whole; False when it names nothing we know (then asked as before).
    ``place_alone``: whether a place named with nothing else starts it (at the districts question, that is the
    question's own answer); ``before``: a line said first."""
    said = read_request(text, turn.today)
    if not await noted.meant(turn, text):  # "what is the weather today": no stay asked for
        return False
    was = turn.draft.get(choose.AHEAD) if turn.chat.step == "district" else None  # pieces typed there before
    place = await _place(turn, said.words)
    region, there = await region_in(turn, text) if place is None else (None, [])
    place = there[0] if len(there) == 1 else place
    absent = await _absent(turn, said.words) if place is None and not there else None
    if not said.said and (place is None and absent is None and not there or not place_alone):
        return False
    turn.go("district", **dict.fromkeys(choose.LATER_FIELDS))
    kept = noted.merged(was, noted.ahead(said))
    turn.go("district", **{choose.AHEAD: kept or None})
    parts = (_place_part(turn, place) if region is None else []) + noted.parts(turn, kept)
    lines = [before, absent and turn.t("request_absent", place=absent), region and region_line(turn, region, there),
             parts and turn.t("request_read", said=", ".join(parts))]
    line = "\n".join(each for each in lines if each)
    if isinstance(place, Property):
        await choose.property_(turn, place.id, hint=line)
    elif place is not None:
        await choose.district(turn, place, hint=line)
    else:
        await prompts.districts(turn, only=there, hint=line)
    return True


async def dated(turn: Turn) -> None:
    """The room type chosen after a request typed whole: its stay read as if typed where the check-in is asked (the
    nights with it), its group kept for the rooms; nights or days without a check-in wait for the check-in."""
    ahead = turn.draft.get(choose.AHEAD)
    if turn.chat.step != "date" or not ahead:
        return
    dated = bool(ahead.get("date"))
    turn.go("date", **{choose.AHEAD: None, choose.KEPT: ahead.get("guests"), choose.ROOMS_AHEAD: ahead.get("rooms"),
                       choose.NIGHTS_AHEAD: None if dated else ahead.get("nights"),
                       choose.DAYS_AHEAD: None if dated else ahead.get("days")})
    if (stay := noted.stay_text(ahead, turn.today)) is not None:
        return await answers.STEPS["date"](turn, stay, None)
    await prompts.dates(turn)


async def place_in(turn: Turn, text: str) -> Property | str | None:
    """The one guest house or district the words name (``_place``), a date or a count among them or not."""
    return await _place(turn, read_request(text, turn.today).words)


async def absent_in(turn: Turn, text: str) -> str | None:
    """The place the words clearly name where we have no guest house (``_absent``), as it is shown; not a region we
    have places in."""
    if (await region_in(turn, text))[1]:
        return None
    return await _absent(turn, read_request(text, turn.today).words)


async def places_in(turn: Turn, text: str) -> Property | list[str] | None:
    """The guest house named, or the districts: the one named, or those of a region named ("in the Sundarbans")."""
    if (place := await place_in(turn, text)) is not None:
        return place if isinstance(place, Property) else [place]
    return (await region_in(turn, text))[1] or None


async def region_in(turn: Turn, text: str) -> tuple[Region | None, list[str]]:
    """The one region the words name (``region_of``) and its districts we have places in, or (None, []) when they
    name none, or one where we have none."""
    region = region_of(text, read_request(text, turn.today).words)
    there = [key for key in await turn.repos.catalog.districts() if region is not None and key in region.districts]
    return (region, there) if there else (None, [])


def region_of(text: str, words: tuple[str, ...]) -> Region | None:
    """The one region the words name: typed alone (a slip of a letter too), or one word of a sentence, or two
    ("sundarban e jabo", "সুন্দরবনে যাব"); the hills' plain words are none (``_HILLS``)."""
    if typed_word(text) in _HILLS:
        return None
    if (alone := region_named(text)) is not None:
        return alone
    said = {typed_word(form) for word in words for form in _forms(word)}
    said |= {typed_word(" ".join(words[i:i + 2])) for i in range(len(words) - 1)}
    said -= _HILLS
    found = [region for region in REGIONS
             if said & {typed_word(name) for name in (region.bn, region.en, *region.spellings)}]
    return found[0] if len(found) == 1 else None


def region_line(turn: Turn, region: Region, there: list[str]) -> str:
    """Where the region lies: its one district we have places in, or the several listed below."""
    names = [district_name(key, turn.lang) for key in there]
    if len(names) == 1:
        return turn.t("region_one", region=region.name(turn.lang), district=names[0])
    listed = turn.t("region_and", first=", ".join(names[:-1]), last=names[-1])
    return turn.t("region_many", region=region.name(turn.lang), districts=listed)


def _place_part(turn: Turn, place: Property | str | None) -> list[str]:
    if isinstance(place, Property):
        return [place.name(turn.lang)]
    return [district_name(place, turn.lang)] if place is not None else []


async def _place(turn: Turn, words: tuple[str, ...]) -> Property | str | None:
    """The one guest house (by its place's name, the first word of its name, or one of them but for a slip) or else
    the one district the words name, among those we have places in; None when none is named, or more than one."""
    offered = await turn.repos.catalog.districts()
    places = [p for p in await turn.repos.catalog.all_properties() if p.active and p.district in offered]
    said = {form for word in words for form in _forms(word)}
    said |= {" ".join(words[i:i + n]) for n in (2, 3) for i in range(len(words) - n + 1)}
    named = [p for p in places if said & _names(p)]
    if len(named) == 1:
        return named[0]
    # a slip of a letter ("লামাহাট্টায়" for লামাহাটা), where no district is named: the one guest house it is close to
    close = [p for p in places if any(near(form, _names(p)) for form in said if " " not in form and len(form) > 4)]
    if not named and len(close) == 1 and not any(district_key(form) in offered for form in said):
        return close[0]
    districts = {key for form in said if (key := district_key(form)) in offered}
    if not named and not districts:  # a slip of a letter in a district's name ("দার্জিলিঙে", "darjiling e")
        districts = {key for form in said
                     if " " not in form and len(form) > 4 and (key := district_near(form, offered)) is not None}
    return districts.pop() if not named and len(districts) == 1 else None


async def _absent(turn: Turn, words: tuple[str, ...]) -> str | None:
    """The place the words clearly name ("at digha", "দিঘায় …") where we have no guest house, as it is shown; None
    when they name none, or a name we have places by (among others: not one of them)."""
    named = place_named(words)
    if named is None:
        return None
    places = await turn.repos.catalog.all_properties()
    key = district_key(named)
    if key in await turn.repos.catalog.districts() or any(_forms(named) & _names(p) for p in places):
        return None
    if key is not None:
        return district_name(key, turn.lang)
    return named.title() if named.isascii() else named


def _names(prop: Property) -> set[str]:
    first = (unicodedata.normalize("NFC", name).casefold().split() for name in (prop.name.en, prop.name.bn))
    return {prop.id, prop.id.split("-")[0], *(words[0] for words in first if words)}


def _forms(word: str) -> set[str]:
    """A word, and without an ending a place takes in a sentence."""
    word = unicodedata.normalize("NFC", word)
    return {word, *(word.removesuffix(ending) for ending in _ENDINGS if word.endswith(ending)
                    and len(word) > len(ending) + 1)}
