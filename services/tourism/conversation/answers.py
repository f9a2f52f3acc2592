"""Typed answers to the questions before the quote — district, guest house, room type, check-in, nights, guests,
rooms, name — each read as its step expects (a name or part of one, a date, a count) and handed to ``choose``; what
cannot be read asks the same question again with the format expected.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from services.tourism.conversation import (
    choose,
    dates,
    group,
    naming,
    noted,
    prompts,
    quoting,
    regroup,
    soldout,
)
from services.tourism.conversation.turn import Turn
from services.tourism.domain import (
    Property,
    district_key,
    district_near,
    near,
    parse_check_out,
    parse_count,
    parse_date,
    parse_days,
    parse_days_stay,
    parse_stay,
    passed_days,
    passed_lately,
    passed_stay,
    read_request,
    show_day_month,
    show_typed_date,
)
from services.tourism.domain.calendar import DAY_ALONE, day_of_month
from services.tourism.domain.regions import region_named
from services.tourism.domain.stay_dates import cleaned
from shared.india import ASKED_FORM, latin_digits, local_digits, plain, typed_word
from shared.runtime import resume

# "none of these" in other words than "no" (``typed.WORDS``), where the guest houses or the rooms are listed
NONE_OF_THESE = frozenset(typed_word(w) for w in ("nah", "nope", "na na", "no no", "না না", "none", "kono ta na",
                                                  "konotai na", "কোনোটাই না", "kichu na", "কিছু না"))
# "which one", "which is good" in Banglish and Bengali, a question without a question mark: "kon ta bhalo"
WHICH = re.compile(unicodedata.normalize("NFC", r"(?<!\w)(?:kon|konta|konti|kontay|kontai|কোন|কোনটা|কোনটি|কোনটায়)"
                                                r"(?![\w\u0980-\u09ff])"))
# a day the stay starts from, alone: "26 dec theke", "২৬ ডিসেম্বর থেকে", "from 26 Dec" (a check-in, not a check-out)
# The one guest house or room of a list of one taken by pointing at it ("book it", "this one", "eta nibo", "এটাই"):
# the list's only row, as a tap of it; or a yes said to it (``the_one``)
THE_ONE = re.compile(unicodedata.normalize("NFC", r"^(?:(?:ok|okay|yes|ha|haa|hya)\s*,?\s*)?(?:(?:please\s+)?book\s+"
                                           r"(?:it|this|that|this\s+one|that\s+one)|this\s+one|that\s+one|take\s+it"
                                           r"|i'?ll\s+take\s+it|(?:eta|ota|etai|otai|এটা|ওটা|এটাই|ওটাই)(?:\s*(?:nibo|nebo"
                                           r"|din|dao|chai|book\s+koro|book\s+korun|নেব|নিব|দিন|চাই))?)(?:\s+please)?$"))
# words this many or more are a sentence, not a district's name we have no guest house in ("ami kichu bujhte parchi na")
SENTENCE = 3
FROM_DAY = re.compile(r"(?:from|frm)\s+(.+)|(.+?)\s+(?:theke|thike|thheke|থেকে|hote|হতে)")
# a count of nights alone: "২ রাত", "শুধু ২ রাত", "2 raat", "3 nights only"
NIGHTS = re.compile(r"(?:শুধু\s*|only\s+)?\S+\s*(?:রাত|raat|rat|nights?)(?:\s+(?:only|থাকব|থাকবো))?")


async def _district(turn: Turn, text: str, word: str | None) -> None:
    offered = await turn.repos.catalog.districts()
    key = district_key(text)
    if key is None:
        key = district_near(text, offered)
    if key is None or key not in offered:
        return await _region(turn, text, offered, word)
    await choose.district(turn, key)


async def _region(turn: Turn, text: str, offered: list[str], word: str | None) -> None:
    """A region named for a district ("Sundarbans", "ডুয়ার্স"): its one district we have places in, or the choice
    of those it spreads over."""
    region = region_named(text)
    there = [key for key in offered if region is not None and key in region.districts]
    if region is None or not there:
        return await _elsewhere(turn, text, word)
    from services.tourism.conversation import whole  # whole reads the districts' answers too

    if len(there) == 1:
        return await choose.district(turn, there[0], hint=whole.region_line(turn, region, there))
    await prompts.districts(turn, only=there, hint=whole.region_line(turn, region, there))


async def _elsewhere(turn: Turn, text: str, word: str | None) -> None:
    """Words with no district alone: one of ours or a guest house named in a sentence ("I want to go to Purulia") is
    taken; else the place named where we have none ("go to Digha") is said to have none, and a "no" or a question
    ("is there parking?") is asked for a district, the way back below."""
    from services.tourism.conversation import whole  # whole reads the districts' answers too

    place = await whole.place_in(turn, text)
    if isinstance(place, Property):
        return await choose.property_(turn, place.id)
    if place is not None:
        return await choose.district(turn, place)
    if (absent := await whole.absent_in(turn, text)) is not None:
        hint = turn.t("district_absent", place=absent)
    else:
        hint = turn.t("district_no" if word == "no" else "district_question" if is_question(text)
                      else "district_words" if len(plain(text).split()) >= SENTENCE else "district_unclear")
    await prompts.districts(turn, hint=hint)


def is_question(text: str) -> bool:
    """Whether the words are a question: a question mark, or a question's first word (``ASKED_FORM``)."""
    return "?" in text or ASKED_FORM.search(typed_word(text)) is not None


async def _property(turn: Turn, text: str, word: str | None) -> None:
    found = await turn.repos.catalog.properties_in(str(turn.draft.get("district", "")))
    match = named(text, [(p.id, p.name.bn, p.name.en) for p in found])
    if match is None:
        return await prompts.properties(turn, hint=await _not_named(turn, text, word))
    await choose.property_(turn, match)


async def _room(turn: Turn, text: str, word: str | None) -> None:
    found = await turn.repos.catalog.room_types_of(str(turn.draft.get("property", "")))
    match = named(text, [(r.id, r.name.bn, r.name.en) for r in found])
    if match is None:
        return await prompts.rooms(turn, hint=await _not_named(turn, text, word))
    await choose.room(turn, match)


async def the_one(turn: Turn, text: str, word: str | None) -> bool:
    """A yes, or the words pointing at it ("book it", "eta nibo"), where the guest houses' or the rooms' list holds one
    row: that one taken, as its tap. Pointed at ("book it") where it holds more: which one asked, the list again (a yes
    there is a warm word, as elsewhere: False). False for other words."""
    pointed = THE_ONE.search(typed_word(text)) is not None
    if word != "yes" and not pointed:
        return False
    if turn.chat.step == "property":
        found = [p.id for p in await turn.repos.catalog.properties_in(str(turn.draft.get("district", "")))]
        if len(found) == 1:
            await choose.property_(turn, found[0])
    else:
        found = [r.id for r in await turn.repos.catalog.room_types_of(str(turn.draft.get("property", "")))]
        if len(found) == 1:
            await choose.room(turn, found[0])
    if len(found) > 1 and pointed:
        which = turn.t("pointed_which", count=local_digits(str(len(found)), turn.lang))
        await (prompts.properties if turn.chat.step == "property" else prompts.rooms)(turn, hint=which)
        return True
    return len(found) == 1


async def _not_named(turn: Turn, text: str, word: str | None) -> str:
    """What is said above the guest houses or the rooms asked again, when the words name none of them: a "no" ("na",
    "nah", "না") is told how to choose another district or guest house; a question ("kon ta bhalo?", "কোনটা
    ভালো?") what the list already shows and where to ask the rest; anything else, to choose or type a name."""
    step = turn.chat.step
    if word == "no" or typed_word(text) in NONE_OF_THESE:
        return turn.t(f"{step}_no")
    if not (is_question(text) or WHICH.search(typed_word(text))):
        return turn.t("pick_from_list")
    prop = await turn.repos.catalog.property(str(turn.draft.get("property") or "")) if step == "room" else None
    return turn.t("room_question", contact=prop.contact) if prop else turn.t("property_question")


async def _date(turn: Turn, text: str, word: str | None) -> None:
    meant = turn.draft.get(choose.MEANT)  # next year's day or stay, offered for one typed whose check-in has passed
    if word == "yes" and meant:  # taken as its row would be, tapped
        if await dates.offered(turn, *map(date.fromisoformat, meant.split(":"))):
            await quoting.make_quote(turn)
        return
    turn.go("date", **{choose.MEANT: None, choose.MEANT_DAYS: None})
    if await regroup.at_date(turn, text):
        return  # the group typed here ("3 jon"): kept for its question, the check-in asked again
    if passed := passed_lately(text, turn.today) or passed_stay(text, turn.today, turn.policy.max_nights):
        return await dates.passed(turn, *passed)
    if passed_for := passed_days(text, turn.today):  # "1 dec for 3 days" on 3 December
        return await dates.passed(turn, *passed_for[:2], days=passed_for[2])
    day = parse_date(text, turn.today)
    if day is None and turn.draft.get(soldout.OFFERED) and (count := _nights_said(text)) is not None:
        shorter = date.fromisoformat(turn.draft["check_in"])  # "2 nights" at a 'not free' list: from the same day
        if await dates.alternative_date(turn, shorter, for_nights=count, told=True):
            await quoting.make_quote(turn)
        return
    if day is None and (stay := parse_stay(text, turn.today, turn.policy.max_nights)
                        or parse_days_stay(text, turn.today)) is not None:  # "25 to 27": where the check-in is asked
        if await dates.stay(turn, *stay):
            await quoting.make_quote(turn)
        return
    if day is None and (said := parse_days(text, turn.today)) is not None:  # "kal theke 3 din"
        if await dates.days(turn, *said):
            await quoting.make_quote(turn)
        return
    if day is None and (request := read_request(text, turn.today)).day is not None:
        if not await noted.meant(turn, text):  # "is the office open today?": no check-in, the words said back
            hint = noted.unread(turn, text)
            if not await soldout.again(turn, hint):  # a 'not free' list: its choices again
                await prompts.dates(turn, hint=hint)
            return
        # "kal theke", "from tomorrow": the day read alone (at a 'not free' list only a date itself is read)
        counted = request.nights or request.guests or request.days or turn.draft.get(soldout.OFFERED)
        if request.date_text and not counted and plain(request.date_text) != plain(text):
            return await _date(turn, request.date_text, word)
    if day is None and await soldout.again(turn, _offered_unclear(turn)):
        return  # words not read at a 'not free' list: its choices again, with what was expected
    if await dates.check_in(turn, day):
        await quoting.make_quote(turn)


def _nights_said(text: str) -> int | None:
    """A number of nights typed as one ("২ রাত", "2 raat", "3 nights"), not a date."""
    return parse_count(text) if NIGHTS.fullmatch(plain(text)) else None


def _offered_unclear(turn: Turn) -> str:
    example = prompts.example_date(turn)
    return turn.t("offered_unclear", typed=show_typed_date(example, turn.lang),
                  short=show_day_month(example, turn.lang))


async def _nights(turn: Turn, text: str, word: str | None) -> None:
    """A count, a check-out ("8 Dec", "till 8th", "৮ তারিখ পর্যন্ত") or a whole stay ("5 to 8 Dec"): a stay from
    another day than the check-in chosen is the new stay, said back with both dates, as it was typed in full."""
    check_in = date.fromisoformat(turn.draft["check_in"]) if turn.draft.get("check_in") else None
    if check_in is not None and await regroup.at_nights(turn, text):
        return  # the group typed here ("3 jon"): kept for its question, the nights asked again
    if check_in is None:
        return await dates.nights(turn, parse_count(text))
    if (day := _from_day(text, turn.today)) is not None:  # "26 dec theke", "from 26 Dec": the check-in, asked anew
        await dates.check_in(turn, day)
        return
    if (check_out := parse_check_out(text, turn.today, check_in, turn.policy.max_nights)) is not None:
        return await dates.nights(turn, check_out=check_out, told=True)
    if (passed := passed_stay(text, turn.today, turn.policy.max_nights)) is not None:  # "1 to 3 Dec" on 3 December
        return await dates.passed(turn, *passed)
    if (stay := parse_stay(text, turn.today, turn.policy.max_nights)) is not None:
        await dates.stay(turn, *stay, was=check_in)
        return
    if (passed_for := passed_days(text, turn.today)) is not None:  # "1 dec for 3 days" on 3 December
        return await dates.passed(turn, *passed_for[:2], days=passed_for[2])
    if (said := parse_days(text, turn.today)) is not None:  # "kal theke 3 din": from that day, not 3 from this one
        await dates.days(turn, *said)
        return
    await dates.nights(turn, parse_count(text))


def _from_day(text: str, today: date) -> date | None:
    """A day said as the one the stay starts from, alone: "26 dec theke", "২৬ ডিসেম্বর থেকে", "from 26 Dec"; a day
    of the month without its month ("26 theke", "from 26") is the next such day, as the check-in question reads
    "26th": this month's while still ahead, else next month's (the word "theke" makes it a day, not a count)."""
    said = FROM_DAY.fullmatch(cleaned(text))
    if said is None:
        return None
    part = next(part for part in said.groups() if part)
    if (alone := DAY_ALONE.fullmatch(latin_digits(part).strip())) is not None:
        return day_of_month(int(alone.group(1)), today)
    return parse_date(part, today)


async def _guests(turn: Turn, text: str, word: str | None) -> None:
    await group.typed(turn, text)


async def _rooms(turn: Turn, text: str, word: str | None) -> None:
    if word == "yes":  # "ha", "ok": one room where one holds the group, said back; else how many it needs, said
        if await choose.rooms_yes(turn):
            naming.ask(turn, hint=turn.t("rooms_yes_one"))
        return
    if await choose.rooms(turn, parse_count(text)):
        naming.ask(turn)


async def _name(turn: Turn, text: str, word: str | None) -> None:
    # the quote's buttons typed ahead of it ("confirm", "হ্যাঁ") and the carry-on offer's ("Start again") name nobody
    if word in ("yes", "no", "change") or resume.typed_choice(text) is not None:
        return naming.ask(turn, hint=turn.t("name_placeholder"))
    if "?" in text:  # "what ID do I need?", "ki ki kagoj lagbe?": a question, no name; who can answer it, said
        prop = await turn.repos.catalog.property(str(turn.draft.get("property") or ""))
        return naming.ask(turn, hint=turn.t("name_question", contact=prop.contact) if prop else None)
    if naming.given(turn, text):
        await quoting.make_quote(turn)


def named(text: str, choices: list[tuple[str, str, str]]) -> str | None:
    """The one choice whose name (either language) contains what was typed (a short word: as a word of it), or is
    contained in it; failing that, the one whose name or a word of it is what was typed but for a slip
    ("লামাহাট্টা" for লামাহাটা)."""
    typed_ = typed_word(text)
    names_of = [(id, (unicodedata.normalize("NFC", bn).casefold(), en.casefold())) for id, bn, en in choices]
    if len(typed_) < 3:  # too short to be part of a name, but a whole word of one: "AC" for "AC room"
        hits = [id for id, names in names_of if any(typed_ in name.split() for name in names)]
        return hits[0] if len(hits) == 1 else None
    hits = [id for id, names in names_of if any(typed_ in name or name in typed_ for name in names)]
    hits = hits or [id for id, names in names_of if near(typed_, names)]
    return hits[0] if len(hits) == 1 else None


STEPS = {"district": _district, "property": _property, "room": _room, "date": _date, "nights": _nights,
         "guests": _guests, "rooms": _rooms, "name": _name}
