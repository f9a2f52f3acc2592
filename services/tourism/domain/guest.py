"""The name a booking is made in: the guest house checks it against a photo identity card at check-in, so it is
asked, not taken from the WhatsApp profile (often "WhatsApp User", a nickname or a shop's name).

A name is letters in any script (Bengali's vowel signs are marks, not letters, and count with them), with the
spaces, dots, hyphens, apostrophes and commas names are written with ("Das, S. K."); digits and emoji are no part
of one. A dari (।) after it ends the sentence, as Bengali is written, and is no part of the name either. Said in
a sentence ("আমার নাম রহিম শেখ", "my name is …"), the name is what follows; "in my name" ("আমার নামে") is who is
meant, not a name (``name_self``), and never goes on a booking.
"""
from __future__ import annotations

import re
import unicodedata

from services.tourism.domain.booking import Refused

SHORTEST, LONGEST = 2, 60
JOINERS = frozenset(" .,-'’")
DARI = "।॥"
PLACEHOLDERS = frozenset(("whatsapp user", "whatsapp", "user", "guest", "unknown"))
SELF = frozenset(("আমার নামে", "আমার নামেই", "আমার নাম", "নিজের নামে", "নিজের নাম", "আমি", "আমার", "in my name",
                  "my name", "me", "myself", "self", "amar name", "amar naame", "amar nam", "amar naam", "nijer name"))
# "my name is" before the name: the words said, then a space or a colon
SAID = re.compile(r"^(?:আমার\s+নাম(?:\s+(?:হল|হলো|হচ্ছে))?|my\s+name\s+is|amar\s+naa?m(?:\s+holo)?|name|নাম)"
                  r"(?:\s*[:：-]\s*|\s+)", re.IGNORECASE)


def guest_name(typed: str) -> str:
    """The name as it goes on the booking: spaces trimmed and single; raises ``Refused`` saying what is wrong."""
    name = " ".join(unicodedata.normalize("NFC", typed).strip().rstrip(DARI).split())
    if name.casefold() in SELF:
        raise Refused("name_self")
    name = SAID.sub("", name, count=1) or name
    letters = sum(1 for ch in name if unicodedata.category(ch)[0] in "LM")
    if any(ch.isdigit() for ch in name) and letters == 0:
        raise Refused("name_digits")
    if letters == 0 or any(not _fits(ch) for ch in name):
        raise Refused("name_letters")
    if not SHORTEST <= len(name) <= LONGEST:
        raise Refused("name_length", shortest=SHORTEST, longest=LONGEST)
    if name.casefold() in PLACEHOLDERS:  # what a profile shows without a name: typed, it names nobody either
        raise Refused("name_placeholder")
    return name


def offered_name(profile: str | None) -> str | None:
    """The profile name, when it could be a person's name: one to offer as a tap, never to take unasked."""
    try:
        return guest_name(profile or "")
    except Refused:
        return None


def _fits(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LM" or ch in JOINERS or ch in "\u200c\u200d"  # ZWNJ/ZWJ shape Bengali
