"""A group changed while the quote is on screen ("na wait, 4 jon hobe", "৪ জন হবে", "we are 4 people now"): the
rooms held are let go and the booking goes on for that group from the guests' question, the place, the room and
the dates kept, the name typed before offered again. A count with no word for people ("4") is no group here."""
from __future__ import annotations

import re
import unicodedata

from services.tourism.conversation import group, quoting
from services.tourism.conversation.turn import Turn
from services.tourism.domain import parse_count, parse_party
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
