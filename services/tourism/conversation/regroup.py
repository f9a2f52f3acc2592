"""A group changed while the quote is on screen ("na wait, 4 jon hobe", "৪ জন হবে", "we are 4 people now"): the
rooms held are let go and the booking goes on for that group from the guests' question, the place, the room and
the dates kept, the name typed before offered again. A count with no word for people ("4") is no group here.

Typed where the nights are asked ("3 jon", "২ জন বড় ১টা বাচ্চা"), a group is no count of nights: it is kept for its
own question (``choose.KEPT``, its children beside it), said back, and the nights asked again; with its nights
("2 raat 3 jon"), both are taken. Typed where the check-in is asked, it is kept the same way and the check-in asked
again. Children with no adults ("1 ta baccha") are kept too (``choose.KEPT_CHILDREN``): the adults are asked for
once the nights are chosen, as at the guests' question."""
from __future__ import annotations

import re
import unicodedata

from services.tourism.conversation import choose, dates, group, prompts, quoting, soldout
from services.tourism.conversation.turn import Turn
from services.tourism.domain import parse_count, parse_party, read_request
from shared.india import plain

_WORDS = r"jon|jn|জন|জনের|people|persons?|guests?|ppl|pax|members?|অতিথি"
_PEOPLE = re.compile(unicodedata.normalize("NFC", rf"(?<![^\W\d_])(?:{_WORDS})(?![^\W\d_])"), re.IGNORECASE)


def said_group(text: str) -> int | None:
    """The guests a group typed counts, or None when the words say no group."""
    party = parse_party(text)
    if party is not None:
        return party.guests
    count = parse_count(text)
    if count is None or not _PEOPLE.search(unicodedata.normalize("NFC", plain(text))):
        return None
    return count


async def at_quote(turn: Turn, text: str) -> bool:
    """True when ``text`` changes the group at the quote: the hold let go, the booking gone on for the new group."""
    if said_group(text) is None:
        return False
    await quoting.release_hold(turn)
    await group.typed(turn, text)
    return True


async def at_nights(turn: Turn, text: str) -> bool:
    """True when ``text`` says the group where the nights are asked: kept for the guests' question, said back, and
    the nights asked again (taken, when said with it). A date or days typed with it are read as before."""
    return await _kept(turn, text, "nights")


async def at_date(turn: Turn, text: str) -> bool:
    """True when ``text`` says the group where the check-in is asked: kept for the guests' question, said back, and
    the check-in asked again; nights said with it wait for the check-in (``choose.NIGHTS_AHEAD``). At a 'not free'
    list, where the group is known, it is read as before."""
    return not turn.draft.get(soldout.OFFERED) and await _kept(turn, text, "date")


async def _kept(turn: Turn, text: str, step: str) -> bool:
    said = read_request(text, turn.today)
    party = parse_party(text)
    alone = party.children if party is not None and not party.adults else 0  # children alone: adults asked later
    guests = None if alone else said_group(text) or said.guests  # "2 raat 3 jon": the group's count said with people
    if guests is None and not alone or said.day is not None or said.days is not None:
        return False
    children = party.children if party is not None and not alone else 0
    turn.go(step, **{choose.KEPT: guests, choose.CHILDREN: children or None, choose.KEPT_CHILDREN: alone or None})
    line = turn.t("request_children", children=alone) if alone else group.said(turn, guests, children)
    if step == "date":
        turn.go(step, **{choose.NIGHTS_AHEAD: said.nights})
        if said.nights is not None:
            line = f"{turn.t('request_nights', nights=said.nights)}, {line}"
        await prompts.dates(turn, hint=turn.t("request_read", said=line))
        return True
    if said.nights is not None:
        await dates.nights(turn, said.nights)
        return True
    prompts.nights(turn, hint=turn.t("request_read", said=line))
    return True
