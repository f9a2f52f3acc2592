"""The group's answer at the guests question: a count ("3", "তিনজন", a row tapped), or adults and children typed
together ("2 adults 1 child", "২ জন বড় আর একটা বাচ্চা", "husband wife and one child"), read as their total and said
back with both; adults alone in words ("dui jon boro", "husband and wife") are the count. Children alone
("1 child") are no booking's group: the adults are asked for, and the count typed next is of adults, added to them,
unless it names children too ("2 adults 0 children") or the whole group ("family of 3"): then it is the group.
The children are kept beside the count (``choose.CHILDREN``), for the quote and the booking to show.
"""
from __future__ import annotations

from typing import Any

from services.tourism.conversation import choose, cloud
from services.tourism.conversation.choose import CHILDREN, CHILDREN_ONLY
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Party, parse_count, parse_party


async def typed(turn: Turn, text: str) -> None:
    party = parse_party(text)
    waiting = turn.draft.get(CHILDREN_ONLY)
    # the adults asked for: a count alone, or adults named; none in a whole group (its children named too)
    adults = parse_count(text) if party is None else None if party.whole else party.adults
    if waiting and adults == 0:  # no adults, with the children said: a booking needs one
        return turn.say(cloud.text(turn.with_nav(turn.t("party_adults", children=int(waiting)))))
    if waiting and adults is not None and adults > 0:
        party = Party(adults, int(waiting))  # the adults asked for ("2", "2 boro"), with the children said before
    if party is None:
        return await counted(turn, parse_count(text))
    if not party.adults and party.children:
        turn.go("guests", **{CHILDREN_ONLY: party.children})
        return turn.say(cloud.text(turn.with_nav(turn.t("party_adults", children=party.children))))
    turn.go("guests", **{CHILDREN: party.children or None, CHILDREN_ONLY: None})
    hint = turn.t("party_read", party=said(turn, party.guests, party.children)) if party.children else None
    await choose.guests(turn, party.guests, hint=hint)


async def counted(turn: Turn, count: int | None) -> None:
    """A count alone, typed or tapped: the whole group, of no children said."""
    turn.go("guests", **{CHILDREN: None, CHILDREN_ONLY: None})
    await choose.guests(turn, count)


def children(turn: Turn) -> int:
    """The children of the group in the draft, when it was given as adults and children; else 0."""
    said = int(turn.draft.get(CHILDREN) or 0)
    return said if 0 < said < int(turn.draft.get("guests") or 0) else 0


def shown(turn: Turn, guests: int, children: int) -> str:
    """The group on the quote, after "Guests:": "5 (3 adults, 2 children)", or the count alone."""
    if 0 < children < guests:
        return turn.t("party_split", **split(guests, children))
    return turn.t("party_whole", guests=guests)


def said(turn: Turn, guests: int, children: int) -> str:
    """The group in a sentence: "5 guests (3 adults, 2 children)", or "2 guests"."""
    if 0 < children < guests:
        return turn.t("party_said", **split(guests, children))
    return turn.t("party_count", guests=guests)


def split(guests: int, children: int) -> dict[str, Any]:
    return {"guests": guests, "adults": guests - children, "children": children}


async def kept(turn: Turn, hint: str | None) -> bool:
    """Once the nights are chosen: the group said before them (the dates changed at the quote, or typed at the
    check-in or the nights) taken, once; or children said with no adults kept while the adults are asked for."""
    if (count := turn.draft.get(choose.KEPT)) is not None:
        turn.go(turn.chat.step, **{choose.KEPT: None})
        await choose.guests(turn, int(count), hint=hint)
        return True
    if alone := turn.draft.get(choose.KEPT_CHILDREN):
        turn.go("guests", **{choose.KEPT_CHILDREN: None, CHILDREN_ONLY: int(alone)})
        asked = turn.t("party_adults", children=int(alone))
        turn.say(cloud.text(turn.with_nav(f"{hint}\n\n{asked}" if hint else asked)))
        return True
    return False
