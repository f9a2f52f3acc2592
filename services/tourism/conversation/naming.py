"""In whose name to book, asked after the rooms and before the quote: the guest house checks it against a photo
identity card at check-in. The profile name is offered as a tap when it could be a person's name, and so is the
name given last in this chat (booking again for the same person); anything else is typed.

The name stays in the draft (``guest_name``) across bookings, only to be offered again; the booking takes the one
given for it. A chat that reached its quote before names were asked books in the profile name, as it did then.
"""
from __future__ import annotations

from services.tourism.conversation import cloud
from services.tourism.conversation.turn import Turn
from services.tourism.domain import Refused
from services.tourism.domain.guest import guest_name, offered_name

FIELD = "guest_name"


def ask(turn: Turn, *, hint: str | None = None) -> None:
    turn.go("name")
    offers = [(f"tourism:name:{source}", name) for source, name in _offers(turn)]
    body = turn.t("ask_name" if offers else "ask_name_typed")
    if hint:
        body = f"{hint}\n\n{body}"
    turn.say(cloud.buttons(turn.with_nav(body), [*offers, ("tourism:back", turn.t("btn_back"))]))


def given(turn: Turn, typed: str) -> bool:
    """True when ``typed`` is a name the booking can take (the quote follows); else the question again, with why."""
    try:
        name = guest_name(typed)
    except Refused as refused:
        profile = offered_name(turn.inbound.profile_name) if refused.key == "name_self" else None
        if profile is None:  # "in my name" with no name of theirs to take: the name itself asked for
            ask(turn, hint=turn.t(refused.key, **refused.values))
            return False
        name = profile
    turn.go("quote", **{FIELD: name})
    return True


def tapped(turn: Turn, source: str) -> bool:
    """A tap on an offered name; False when that name is no longer there to take."""
    name = dict(_offers(turn)).get(source)
    return name is not None and given(turn, name)


def booked_in(turn: Turn) -> str:
    """The name the booking on screen is made in."""
    return str(turn.draft.get(FIELD) or turn.inbound.profile_name or "")


def _offers(turn: Turn) -> list[tuple[str, str]]:
    last, profile = turn.draft.get(FIELD), offered_name(turn.inbound.profile_name)
    offers = [("last", str(last))] if last and last != profile else []
    return offers + ([("profile", profile)] if profile else [])
