"""The name a booking is made in: the guest house checks it against a photo identity card at check-in, so it is
asked, not taken from the WhatsApp profile (often "WhatsApp User", a nickname or a shop's name).

A name is letters in any script (Bengali's vowel signs are marks, not letters, and count with them), with the
spaces, dots, hyphens, apostrophes and commas names are written with ("Das, S. K."); digits and emoji are no part
of one. A dari (।) after it ends the sentence, as Bengali is written, and is no part of the name either. Said in
a sentence ("আমার নাম রহিম শেখ", "my name is …", Hindi's "mera naam … hai"), the name is what it names; "in my name"
("আমার নামে") is who is meant, not a name (``name_self``), and never goes on a booking; nor does a sentence that holds
no name ("ami jani na", "I want to change the date", "paisa wapas kab milega": ``name_sentence``).
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
# "in my name" said in a sentence ("amar naame kore din", "আমার নামেই করুন", "book it in my name")
SELF_SAID = re.compile(r"^(?:(?:please\s+)?(?:book\s+(?:it\s+)?)?in\s+my\s+name\b|(?:amar|nijer)\s+naa?me(?:i|y)?\s+"
                       r"(?:kore|koren|korun|koro|book|din|dao|hobe)\b|(?:আমার|নিজের)\s+নামে(?:ই)?(?!\S))",
                       re.IGNORECASE)
# words no name holds, so a sentence typed where the name is asked ("ami jani na", "I want to change the date",
# "complaint korte chai", "নাম পরে দেব"): a verb of wanting or giving, a question word, the booking's own words; "Amar",
# "Jani" and "Din" are names, so those alone are not among them
SENTENCE = re.compile(r"\b(?:want|wanna|need|change|cancel|later|know|don['’]?t|dates?|bookings?|book|rooms?|nights?"
                      r"|what|how|why|when|where|which|chai|chay|korte|korbo|korben|korun|dibo|debo|diben|deben|dao"
                      r"|hobe|lagbe|jani\s+na|janina|bolbo|bolte|keno|kothay|kivabe|kibhabe|kobe|ache|achhe"
                      r"|nei|nai|jabo|thakbo|pore\s+(?:dibo|debo|bolbo)"
                      # and Hindi's ("paisa wapas kab milega", "naam baad me dunga", "pata nahi")
                      r"|kab|kaise|kya|kyun|kyon|kahan|chahiye|karna|karni|karenge|milega|milegi|nahi|nahin"
                      r"|baad|wapas|batao|dunga|doonga|paisa|paise)\b"
                      r"|(?<!\S)(?:চাই|করতে|করব|করবো|করবেন|করুন|দেব|দেবো|দিব|দিবো|হবে|লাগবে|জানি\s*না|কী|কি|কেন|কোথায়"
                      r"|কীভাবে|কবে|আছে|নেই|বলব|বলবো|যাব|যাবো|থাকব|থাকবো|বুকিং|তারিখ|বাতিল|বদলাতে"
                      r"|कब|कैसे|क्या|क्यों|कहाँ|कहां|चाहिए|करना|करनी|मिलेगा|मिलेगी|नहीं|बाद|वापस|बताओ|दूंगा|बुकिंग"
                      r"|तारीख|रद्द|पैसा|पैसे)(?!\S)",
                      re.IGNORECASE)
# "my name is" before the name: the words said, then a space or a colon; Hindi's "mera naam … hai", "मेरा नाम … है"
# with its "is" after the name
SAID = re.compile(r"^(?:আমার\s+নাম(?:\s+(?:হল|হলো|হচ্ছে))?|my\s+name\s+is|amar\s+naa?m(?:\s+holo)?|name|নাম"
                  r"|(?P<hindi>mera\s+naa?m|मेरा\s+नाम))(?:\s*[:：-]\s*|\s+)", re.IGNORECASE)
_IS = re.compile(r"\s+(?:hai|he|है)$", re.IGNORECASE)


def guest_name(typed: str) -> str:
    """The name as it goes on the booking: spaces trimmed and single; raises ``Refused`` saying what is wrong."""
    name = " ".join(unicodedata.normalize("NFC", typed).strip().rstrip(DARI).split())
    if name.casefold() in SELF or SELF_SAID.match(name):
        raise Refused("name_self")
    if (said := SAID.match(name)) and said.end() < len(name):
        name = name[said.end():]
        name = (_IS.sub("", name) or name) if said.group("hindi") else name
    if SENTENCE.search(name):
        raise Refused("name_sentence")
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
