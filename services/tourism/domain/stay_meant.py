"""Whether a date typed before the dates are asked is the stay's, or a day said of something else.

"room for today", "book from tomorrow for 2 nights", "kal theke 2 din", "আজ রাতে একটা ঘর", "lataguri 10 jan", "25 dec
please": the stay. "what is the weather today", "is the office open today?", "aaj ki bazar khola?", "আজ কি অফিস
খোলা?": a day in a question or a sentence about another matter, no check-in. The date is the stay's when the words
count the stay (nights, days, guests), name it (a room, booking, staying, coming, a night) or say nothing else: the
words left beside the date are only those that go with a date ("from", "theke", "please") or a place's name.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from services.tourism.domain.place_named import place_named
from services.tourism.domain.request import Request
from shared.districts import DISTRICTS, HINDI, district_key, near

# Words of a stay, as a request says it: a room, a booking, staying, coming, a night, the check-in
_STAY = re.compile(unicodedata.normalize("NFC", (
    r"^(?:rooms?|roomer|gh[oa]re?|gh[oa]rer|kamr[ae]|book\w*|reserv\w*|stay\w*|thak(?:bo|te|ar|a|bar)|check(?:in|-in)?"
    r"|nights?|r(?:aa|a)t|raate|r(?:aa|a)ter|accommodation|guest\w*|homestay\w*|hotel\w*|lodge|cottage\w*|dorm\w*"
    r"|beds?|arriv\w*|reach\w*|com(?:e|ing)|visit\w*|trip|tour\w*|holiday|vacation|asb\w*|ashb\w*|jab[oi]?|jacchi"
    r"|ghur\w*|jay?ga|jaiga|khali|faka|ঘর\S*|রুম\S*|কামরা\S*|বুক\S*|থাক(?:ব|বো)|থাক(?:তে|ার|া)\S*|রাত\S*|চেক\S*|হোটেল\S*"
    r"|অতিথি\S*|হোমস্টে\S*|কটেজ\S*|আস\S*|যাব\S*|যাচ্ছি|ঘুর\S*|জায়গা\S*|খালি|ফাঁকা|বেড\S*)$")))
# Words that go with a date and say nothing else: "from today", "kal theke", "25 dec please", "আজ থেকে", and Hindi's
# "kal se", "25 दिसंबर से"
_WITH_A_DATE = frozenset(unicodedata.normalize("NFC", word) for word in """
from to till until on at in for the a an and of this next coming please pls plz ok okay sir madam hi hello dada di
starting start onwards i we me us our my will want need would like shall
theke thekey porjonto jonno er r e te ta ti ekta ami amra amader chai lagbe dorkar tarikh date dates
থেকে পর্যন্ত জন্য এর র এ তে টা টি একটা আমি আমরা আমাদের চাই লাগবে দরকার তারিখ
se ko tak ke ki liye hum hame hamein mujhe mera meri chahiye hai tareekh
से को तक के की लिए हम हमें मुझे मेरा मेरी चाहिए है तारीख में
""".split())


# Endings a place's name takes in a sentence: দিঘায়, লাটাগুড়িতে, "darjeelinge"
_ENDINGS = tuple(unicodedata.normalize("NFC", ending) for ending in ("য়ে", "য়", "তে", "ের", "ে", "র", "এ", "e", "te"))
_DISTRICT_NAMES = tuple(name for key, names in DISTRICTS.items() for name in (key, *names, HINDI[key]))


def stay_meant(said: Request, names: Iterable[str] = ()) -> bool:
    """Whether the date ``said`` holds is the stay's (True with no date); ``names``: the words of the names the
    catalog knows (guest houses, rooms), folded; a district and the place the words clearly name are known here."""
    if said.day is None or any(count is not None for count in (said.nights, said.days, said.guests)):
        return True
    words = [unicodedata.normalize("NFC", word) for word in said.words]
    if any(_STAY.match(word) for word in words):
        return True
    known = {unicodedata.normalize("NFC", name) for name in names} | {place_named(said.words) or ""}
    return all(word in _WITH_A_DATE or _named(word, known) for word in words)


def _named(word: str, known: set[str]) -> bool:
    forms = {word, *(word.removesuffix(end) for end in _ENDINGS if word.endswith(end) and len(word) > len(end) + 1)}
    if forms & known or any(district_key(form) is not None for form in forms):
        return True  # a slip of a letter in a longer name ("দার্জিলিঙে"), as the districts question reads it
    return any(len(form) > 4 and near(form, (*known, *_DISTRICT_NAMES)) for form in forms)
