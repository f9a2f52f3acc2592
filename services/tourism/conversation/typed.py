"""Typed answers: the current step decides what the words mean.

A few words work at any step — "back", "book", "my bookings", a booking number — so a person who types
instead of tapping is never stuck; "cancel" leaves the stay being chosen (or the complaint being written).
Anything a step cannot read re-asks that step with a hint naming the format it expects (``25/12/2026``, a
number of nights, yes or no). Thanks, "ok" or 👍 where they are no answer (anywhere but a yes at a confirmation
or a complaint's words) get a warm word back and the step's question again.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date

from services.tourism.conversation import (
    asked,
    choose,
    complaint,
    mine,
    naming,
    prompts,
    quoting,
    redate,
    soldout,
    steps,
)
from services.tourism.conversation.turn import NUMBERS, Turn
from services.tourism.domain import (
    NUMBER,
    district_key,
    district_name,
    district_near,
    find_booking_number,
    near,
    parse_check_out,
    parse_count,
    parse_date,
    parse_stay,
    show_day_month,
    show_typed_date,
)
from services.tourism.domain.regions import region_named
from shared.back import goes_back
from shared.india import BANGLISH_NOT, EDGES, plain, typed_number, typed_word
from shared.thanks import courtesy

_WORDS: dict[str, str] = {
    # and as Bengali is written in Latin letters: "ghor book korbo" (I'll book a room), "amar booking" (my booking)
    **dict.fromkeys(("book", "booking", "book a room", "বুক", "বুকিং", "ঘর বুক", "ঘর বুক করুন", "book korbo",
                     "ghor book", "ghor book korbo", "room book", "room book korbo"), "book"),
    **dict.fromkeys(("my bookings", "my booking", "bookings", "আমার বুকিং", "amar booking", "amar bookings"), "mine"),
    # হ্যাঁ as phones mostly type it, without the chandrabindu, "ok" in Bengali letters, হ্যাঁ and না in Latin letters
    **dict.fromkeys(("yes", "y", "ok", "okay", "okk", "confirm", "send", "হ্যাঁ", "হাঁ", "হ্যা", "ওকে", "ঠিক আছে", "নিশ্চিত",
                     "নিশ্চিত করুন", "পাঠান", "ha", "haa", "haan", "hya", "hyan", "hyaa"), "yes"),
    **dict.fromkeys(("no", "n", "না", "na", "naa"), "no"),
    **dict.fromkeys(("cancel", "cancel please", "stop booking", "বাতিল", "বাতিল করুন"), "cancel"),
    **dict.fromkeys(("change", "edit", "বদলান", "বদলে লিখুন"), "change"),
}
# "cancel my booking", "বুকিং বাতিল করতে চাই", "room cancel": a booking to cancel, asked for in a sentence
CANCEL = ("cancel", "বাতিল", "ক্যানসেল", "ক্যান্সেল")
# Cancelling or booking asked against ("do not cancel", "বাতিল করবেন না", in Latin letters "cancel korbo na"):
# here and in the main menu's phrases
NOT_EN = (r"\b(?:no|not|never|don['’]?t|dont|do\s+not)\s+(?:(?:want|wanna|need|to|a|an|any|my|the|this|it)\s+)*"
          r"(?:cancel|book)")
NOT_LATIN = rf"(?:cancel|book)\S*{BANGLISH_NOT}"
NOT_BN = r"(?:বাতিল|ক্যান্?সেল|বুক)(?:\s*(?:করব|করবো|করতে|করার|করবেন|করো|কোরো|চাই|দরকার))*\s*(?:না|নয়)(?!\S)"
ASKED_AGAINST = re.compile(f"{NOT_EN}|{NOT_LATIN}|{NOT_BN}")
BOOKING = ("booking", "room", "reservation", "বুকিং", "ঘর", "রুম")
# the quote's "বাদ দিন" (Cancel quote) button, typed
DROP = frozenset(("বাদ", "বাদ দিন", "বাদ দাও", "bad din", "baad din", "drop", "drop it", "cancel quote"))
# a count of nights alone: "২ রাত", "শুধু ২ রাত", "2 raat", "3 nights only"
NIGHTS = re.compile(r"(?:শুধু\s*|only\s+)?\S+\s*(?:রাত|raat|rat|nights?)(?:\s+(?:only|থাকব|থাকবো))?")
CHOOSING = ("district", "property", "room", "date", "nights", "guests", "rooms", "name")  # before the quote
CONFIRMING = ("quote", "cancel", "complaint_check")  # "ok" is yes at these
WORDS = {unicodedata.normalize("NFC", w): meaning for w, meaning in _WORDS.items()}
# "How much comes back?": ফেরত is also "back" (shared.back), so it asks for the refund only where one is shown
REFUND = frozenset(typed_word(w) for w in ("ফেরত", "ফেরত কত", "কত ফেরত", "ফেরত কত পাব", "কত ফেরত পাব", "টাকা ফেরত",
                                           "refund", "how much refund", "refund koto", "ferot koto"))


def meaning(text: str, step: str = "") -> str | None:
    """The word typed, as the current ``step`` reads it: "0", "#" or "*" alone is "back" unless an answer there."""
    if goes_back(text, answers="0" if step in NUMBERS else ""):
        return "back"
    return WORDS.get(typed_word(text))


async def typed(turn: Turn, text: str) -> None:
    step = turn.chat.step
    word = meaning(text, step)
    if step == "complaint" and word not in ("back", "book", "mine", "cancel") and not _just_a_number(text):
        return await complaint.written(turn, text)
    if typed_word(text) in REFUND and await mine.shows_refund(turn):
        return await steps.ask(turn)  # ফেরত where a refund is shown asks for it (it is "back" elsewhere)
    if word == "back":
        return await steps.back(turn)
    if word == "cancel" and step in ("complaint", "complaint_check"):
        return await complaint.drop(turn)
    if word == "cancel" and step in CHOOSING:
        return await _leave_booking(turn)
    if word == "cancel" and step in ("home", "bookings"):  # no stay being chosen: a booking to cancel, asked which
        return await mine.to_cancel(turn)
    if word in ("book", "mine") and step not in ("quote", "cancel"):
        await quoting.release_hold(turn)
        return await (choose.start(turn) if word == "book" else mine.listing(turn))
    if (number := find_booking_number(text)) is not None:
        await quoting.release_hold(turn)
        return await (mine.ask_cancel if cancels(text) else mine.view)(turn, number)
    if step in ("home", "bookings", "booking") and _says(text, CANCEL) and _says(text, BOOKING):
        if not cancels(text):  # "don't cancel my booking": their bookings, as the main menu answers it
            return await mine.listing(turn)
        if step == "booking":
            return await mine.ask_cancel(turn, str(turn.draft.get("number", "")))
        return await mine.to_cancel(turn)
    if step in ("home", "bookings", "booking") and redate.asks(text):
        return await redate.ask(turn)
    if step in asked.OUTSIDE and (asks := asked.asks(text)) is not None:
        return await asked.answer(turn, asks)
    said = courtesy(text)
    if said is not None and not (word == "yes" and step in CONFIRMING) and not _emoji_name(text, step):
        if step == "date" and await soldout.again(turn, turn.t(f"said_{said}")):
            return  # at a 'not free' list: a warm word, its choices again
        return await steps.ask(turn, hint=turn.t(f"said_{said}"))  # no answer here: a warm word, the question
    await STEPS.get(step, _unclear)(turn, text, word)


def cancels(text: str) -> bool:
    """Whether the words ask to cancel: a cancel in them, not asked against."""
    return _says(text, CANCEL) and ASKED_AGAINST.search(typed_word(text)) is None


def _says(text: str, words: tuple[str, ...]) -> bool:
    said = typed_word(text)
    return any(word in said for word in words)


def _emoji_name(text: str, step: str) -> bool:
    """Emoji alone where a name is asked: no thanks there, but a name that is refused, saying why."""
    return step == "name" and not plain(text)


def _just_a_number(text: str) -> bool:
    return NUMBER.fullmatch(typed_number(unicodedata.normalize("NFC", text)).strip(EDGES)) is not None


async def _leave_booking(turn: Turn) -> None:
    """"cancel" while choosing a stay: the choices so far are dropped, nothing was held or booked."""
    await quoting.release_hold(turn)
    turn.go("home", **dict.fromkeys(choose.LATER_FIELDS))
    await steps.ask(turn, step="home", hint=turn.t("booking_dropped"))


async def _unclear(turn: Turn, text: str, word: str | None) -> None:
    await steps.ask(turn, hint=turn.t("unclear"))


async def _district(turn: Turn, text: str, word: str | None) -> None:
    offered = await turn.repos.catalog.districts()
    key = district_key(text)
    if key is None:
        key = district_near(text, offered)
    if key is None or key not in offered:
        return await _region(turn, text, offered)
    await choose.district(turn, key)


async def _region(turn: Turn, text: str, offered: list[str]) -> None:
    """A region named for a district ("Sundarbans", "ডুয়ার্স"): its one district we have places in, or the choice
    of those it spreads over."""
    region = region_named(text)
    there = [key for key in offered if region is not None and key in region.districts]
    if region is None or not there:
        return await prompts.districts(turn, hint=turn.t("district_unclear"))
    names = [district_name(key, turn.lang) for key in there]
    if len(there) == 1:
        return await choose.district(turn, there[0], hint=turn.t("region_one", region=region.name(turn.lang),
                                                                 district=names[0]))
    listed = turn.t("region_and", first=", ".join(names[:-1]), last=names[-1])
    await prompts.districts(turn, only=there, hint=turn.t("region_many", region=region.name(turn.lang),
                                                          districts=listed))


async def _property(turn: Turn, text: str, word: str | None) -> None:
    found = await turn.repos.catalog.properties_in(str(turn.draft.get("district", "")))
    match = _named(text, [(p.id, p.name.bn, p.name.en) for p in found])
    if match is None:
        return await prompts.properties(turn, hint=turn.t("pick_from_list"))
    await choose.property_(turn, match)


async def _room(turn: Turn, text: str, word: str | None) -> None:
    found = await turn.repos.catalog.room_types_of(str(turn.draft.get("property", "")))
    match = _named(text, [(r.id, r.name.bn, r.name.en) for r in found])
    if match is None:
        return await prompts.rooms(turn, hint=turn.t("pick_from_list"))
    await choose.room(turn, match)


async def _date(turn: Turn, text: str, word: str | None) -> None:
    day = parse_date(text, turn.today)
    if day is None and turn.draft.get(soldout.OFFERED) and (count := _nights_said(text)) is not None:
        shorter = date.fromisoformat(turn.draft["check_in"])  # "2 nights" at a 'not free' list: from the same day
        if await choose.alternative_date(turn, shorter, for_nights=count, told=True):
            await quoting.make_quote(turn)
        return
    if day is None and (stay := parse_stay(text, turn.today, turn.policy.max_nights)) is not None:
        if await choose.stay(turn, *stay):
            await quoting.make_quote(turn)
        return
    if day is None and await soldout.again(turn, _offered_unclear(turn)):
        return  # words not read at a 'not free' list: its choices again, with what was expected
    if await choose.check_in(turn, day):
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
    if check_in is None:
        return await choose.nights(turn, parse_count(text))
    if (check_out := parse_check_out(text, turn.today, check_in, turn.policy.max_nights)) is not None:
        return await choose.nights(turn, check_out=check_out, told=True)
    if (stay := parse_stay(text, turn.today, turn.policy.max_nights)) is not None:
        await choose.stay(turn, *stay, was=check_in)
        return
    await choose.nights(turn, parse_count(text))


async def _guests(turn: Turn, text: str, word: str | None) -> None:
    await choose.guests(turn, parse_count(text))


async def _rooms(turn: Turn, text: str, word: str | None) -> None:
    if await choose.rooms(turn, parse_count(text)):
        naming.ask(turn)


async def _name(turn: Turn, text: str, word: str | None) -> None:
    if naming.given(turn, text):
        await quoting.make_quote(turn)


async def _quote(turn: Turn, text: str, word: str | None) -> None:
    hold_id = str((turn.draft.get("hold") or {}).get("id", ""))
    if word == "yes" and await quoting.confirm(turn, hold_id):
        return
    if word in ("no", "cancel") or typed_word(text) in DROP:
        await quoting.release_hold(turn)
        return await steps.ask(turn, step="home", hint=turn.t("quote_dropped"))
    if word == "change" or redate.asks(text):  # the Change dates button's words, or a sentence asking it
        await quoting.release_hold(turn)
        return await steps.ask(turn, step="date")
    await steps.ask(turn, hint=turn.t("yes_or_no"))


async def _cancel(turn: Turn, text: str, word: str | None) -> None:
    number, agreed = str(turn.draft.get("number", "")), turn.draft.get("agreed_percent")
    if word == "yes":
        return await mine.cancel(turn, number, int(agreed) if agreed is not None else None)
    if word == "no":
        return await mine.view(turn, number)
    await steps.ask(turn, hint=turn.t("yes_or_no"))


async def _complaint_check(turn: Turn, text: str, word: str | None) -> None:
    if word == "yes":
        return await complaint.send(turn)
    if word in ("no", "cancel"):
        return await complaint.drop(turn)
    if word == "change":
        return await complaint.rewrite(turn)
    complaint.show(turn, hint=turn.t("complaint_buttons"))


async def _booking(turn: Turn, text: str, word: str | None) -> None:
    number = str(turn.draft.get("number", ""))
    if word == "cancel":
        return await mine.ask_cancel(turn, number)
    await steps.ask(turn, hint=turn.t("unclear"))


def _named(text: str, choices: list[tuple[str, str, str]]) -> str | None:
    """The one choice whose name (either language) contains what was typed, or is contained in it; failing that,
    the one whose name or a word of it is what was typed but for a slip ("লামাহাট্টা" for লামাহাটা)."""
    typed_ = typed_word(text)
    if len(typed_) < 3:
        return None
    named = [(id, (unicodedata.normalize("NFC", bn).casefold(), en.casefold())) for id, bn, en in choices]
    hits = [id for id, names in named if any(typed_ in name or name in typed_ for name in names)]
    hits = hits or [id for id, names in named if near(typed_, names)]
    return hits[0] if len(hits) == 1 else None


STEPS = {"district": _district, "property": _property, "room": _room, "date": _date, "nights": _nights,
         "guests": _guests, "rooms": _rooms, "name": _name, "quote": _quote, "booking": _booking, "cancel": _cancel,
         "complaint_check": _complaint_check}
