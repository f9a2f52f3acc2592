"""A group typed as its adults and children: "2 adults 1 child", "2 jon boro 1 ta bachcha", "২ জন বড় ১ জন ছোট",
"3 adults and 2 kids", "amra 2 jon, sathe ekta baccha". A count before a word for adults or children is theirs; a
count with no such word ("amra 2 jon") is of adults. Any word not about the group leaves the text to be read as a
plain count (``parse_count``), as does a group that names no children.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from shared.india import count_in_words, latin_digits


@dataclass(frozen=True)
class Party:
    adults: int
    children: int

    @property
    def guests(self) -> int:
        return self.adults + self.children


def _words(*words: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", word) for word in words)


_ADULTS = _words("adult", "adults", "grown-up", "grown-ups", "grownup", "grownups", "boro", "baro", "bor", "bara",
                 "বড়", "বড়রা", "বড়ো", "প্রাপ্তবয়স্ক")
_CHILDREN = _words("child", "children", "kid", "kids", "baby", "babies", "infant", "infants", "bachcha", "baccha",
                   "bacha", "bachha", "chhoto", "choto", "chotto", "shishu",
                   "sishu", "ছোট", "ছোটো", "বাচ্চা", "বাচ্চারা", "শিশু", "ছেলেমেয়ে")
# What is said between the counts: "we are", "and", "with", "along", the counters ("জন", "ta", "people")
_BETWEEN = _words("amra", "আমরা", "we", "are", "were", "and", "ar", "aar", "আর", "এবং", "o", "ও", "with", "plus",
                  "sathe", "shathe", "sate", "songe", "sange", "সাথে", "সঙ্গে", "along", "also", "including",
                  "jon", "জন", "ta", "টা", "টি", "ti", "people", "persons", "person", "lok", "লোক", "of", "them",
                  "please", "pls")
_ONE = _words("a", "an", "ekjon", "ekta", "একটা", "একটি", "একজন")
_TOKEN = re.compile(r"\d+|[^\s\d,.;:+&()/-]+")


def parse_party(text: str) -> Party | None:
    """The adults and children of a group typed with words for either; None when the text names no children or has
    words of anything else (then it is no group of this form: a count alone, or unclear)."""
    tokens = _TOKEN.findall(latin_digits(unicodedata.normalize("NFC", text)).casefold())
    adults = children = 0
    counted: int | None = None
    named_children = False
    for token in tokens:
        if token in _BETWEEN:
            continue
        count = _count(token)
        if count is not None:
            if counted is not None:
                adults += counted  # a count with no word for whom it counts: adults ("amra 2 jon, sathe ...")
            counted = count
        elif token in _ADULTS or token in _CHILDREN:
            if counted is None:
                return None
            if token in _ADULTS:
                adults += counted
            else:
                children, named_children = children + counted, True
            counted = None
        else:
            return None
    if counted is not None:
        adults += counted
    return Party(adults, children) if named_children else None


def _count(token: str) -> int | None:
    if token.isdigit():
        return int(token) if len(token) <= 6 else 10**6
    if token in _ONE:
        return 1
    return count_in_words(token)
