"""Counts typed (nights, guests, rooms): a whole number alone or with a word, or said in a word."""
from __future__ import annotations

import re
import unicodedata

from services.tourism.domain.calendar import day_said_in
from shared.india import count_in_words, latin_digits

# "we are" or "in all" before a count said in a word: "আমরা তিনজন", "amra dujon", "মোট চারজন", "we are two", "hum do"
_WE = re.compile(r"^(?:আমরা|amra|we\s+are|we['’]?re|we|মোট|mot|total|in\s+all|hum|हम|kul|कुल)\s+", re.IGNORECASE)
_NUMBER = re.compile(r"[-−]?\d+")  # the sign kept, so "-2" is refused as out of range, not read as 2
_COUNT_MOST = 10**6  # any count above this is as far out of range as this one
# What a stay's count counts, said after a count in words ("two nights", "দুই রাত", "tin ta ghor", "3 guests")
_COUNTED = ("night", "nights", "day", "days", "room", "rooms", "guest", "guests", "রাত", "রাত্রি", "দিন", "ঘর", "রুম",
            "অতিথি", "rat", "raat", "din", "ghor", "kamra", "kamre", "कमरा", "कमरे", "रात", "दिन", "hai", "है")


def parse_count(text: str) -> int | None:
    """A whole number (nights, guests, rooms) typed alone or with a word: ``2``, ``২ রাত``, ``3 nights``, or said in
    a word (``two``, ``দুজন``, ``tin jon``, ``দুই রাত``, ``আমরা তিনজন``). It is read whole, sign and all (``-2``,
    ``1000``), for the step to refuse with its range. A day said with its month ("no wait, 26 dec") or its ending
    ("till 28th", "২৮শে", "২৮ তারিখ") is a date, none."""
    if day_said_in(text):
        return None
    found = _NUMBER.findall(latin_digits(text))
    if not found:
        return count_in_words(_WE.sub("", unicodedata.normalize("NFC", text).strip(), count=1), _COUNTED)
    if len(found) != 1:
        return None
    sign, digits = (-1, found[0][1:]) if found[0][0] in "-−" else (1, found[0])
    return sign * (int(digits) if len(digits) <= 6 else _COUNT_MOST)
