"""A group typed as its adults and children: "2 adults 1 child", "2 jon boro 1 ta chele", "২ জন বড় আর একটা বাচ্চা",
"3 adults and 2 kids", "amra 2 jon, sathe ekta baccha", "husband wife and one child". A count before a word for
adults or children is theirs; a count with no such word ("amra 2 jon", "3 persons") is of adults, beside the
children named after it ("3 persons 2 children" is five, as a booking form's two boxes), unless the children are
said to be among them ("5 people including 2 children", "amra 5 jon, tar moddhe 2 jon baccha": five). A person
named alone counts as one (husband, wife, me, a son), a couple as two; an infant is a child. A child's age
("1 child (5 yrs)", "baccha boyos 6") is no count of the group. Any word not about the group leaves the text to be
read as a plain count (``parse_count``), as does a count with no word for whom it counts.
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
_CHILDREN = _words("children", "kids", "babies", "infants", "boys", "girls", "chhoto", "choto", "chotto",
                   "ছোট", "ছোটো", "বাচ্চারা", "ছেলেমেয়ে", "chelemeye", "chhelemeye")
# Who is named alone as one ("husband wife and a child"), or with a count ("2 ta chele")
_ADULT = _words("husband", "wife", "hubby", "me", "myself", "i", "mother", "father", "mom", "mum", "dad", "ami",
                "আমি", "স্বামী", "স্ত্রী", "বউ", "bou", "baba", "বাবা", "ma", "মা", "friend", "বন্ধু", "bondhu")
_COUPLE = _words("couple", "couples", "parents", "dampati", "দম্পতি")
_CHILD = _words("child", "kid", "baby", "infant", "son", "daughter", "boy", "girl", "bachcha", "baccha", "bacha",
                "bachha", "shishu", "sishu", "chele", "chhele", "meye", "maye", "বাচ্চা", "শিশু", "ছেলে",
                "মেয়ে", "খোকা", "খুকি")
# What is said between the counts: "we are", "and", "with", "along", the counters ("জন", "ta", "people")
_BETWEEN = _words("amra", "আমরা", "we", "are", "were", "and", "ar", "aar", "r", "আর", "এবং", "ebong", "ebang", "o",
                  "ও", "with", "plus", "sathe", "shathe", "sate", "songe", "sange", "সাথে", "সঙ্গে", "niye", "নিয়ে",
                  "along", "also", "jon", "জন", "ta", "টা", "টি", "ti", "people", "persons", "person", "pax", "lok",
                  "লোক", "of", "please", "pls", "my", "our", "amar", "amader", "আমার", "আমাদের", "tar", "তার", "jar",
                  "যার", "er", "এর", "which", "whom")
# The children said to be among the count before them, not beside it
_AMONG = _words("including", "incl", "inclusive", "among", "them", "moddhe", "modhye", "moddhye", "মধ্যে")
_AGE = _words("age", "aged", "boyos", "boyosh", "বয়স")
_AGE_UNIT = _words("yr", "yrs", "year", "years", "y", "month", "months", "mas", "mash", "bochor", "bochhor",
                   "bachar", "বছর", "বছরের", "মাস", "মাসের")
_ONE = _words("a", "an", "ekjon", "ekta", "একটা", "একটি", "একজন")
_ANY_ADULT, _ANY_CHILD, _COUNTED = _ADULTS | _ADULT | _COUPLE, _CHILDREN | _CHILD, _ADULTS | _CHILDREN
_TOKEN = re.compile(r"\d+|[^\s\d,.;:+&()/-]+")


def parse_party(text: str) -> Party | None:
    """The adults and children of a group typed with words for either, or for the people in it ("husband and
    wife": two adults, no children); None when a count names no one, or words of anything else are in it (then it
    is no group of this form: a count alone, or unclear)."""
    tokens = _TOKEN.findall(latin_digits(unicodedata.normalize("NFC", text)).casefold())
    named = people = children = 0  # adults named so, the counts of no one named (adults), children
    pending: list[int] = []  # counts not yet known to be of whom
    # What the last count was of: a word for the same ones just after is no one more ("2 ta chele meye" is two)
    last: frozenset[str] | None = None
    among = ages = said = False  # children among the count; counts now of ages ("aged 4 and 7"); anyone named
    for token in tokens:
        count = _count(token)
        if count is not None:
            if ages:
                continue
            pending.append(count)
            last = None
            continue
        if token in _AGE_UNIT or token in _AGE:
            if not children:  # an age before any child is named: "a 5 year old", not this form
                return None
            pending, ages = [], token in _AGE
            continue
        if token in _BETWEEN or token in _AMONG:
            among = among or token in _AMONG
            continue
        ages = False
        kind = _ADULTS if token in _ANY_ADULT else _CHILDREN if token in _ANY_CHILD else None
        if kind is None or not pending and token in _COUNTED:
            return None  # a word of something else, or "adults", "children" with no count
        if not pending and last is kind:
            continue  # one more word for the ones just counted
        people += sum(pending[:-1])
        count = (pending[-1] if pending else 1) * (2 if token in _COUPLE else 1)
        last, pending, said = (kind if pending else None), [], True
        if kind is _ADULTS:
            named += count
        else:
            children += count
    people += sum(pending)
    if not said:
        return None
    if among and not named:
        return Party(people - children, children) if people > children else None
    return Party(named + people, children)


def _count(token: str) -> int | None:
    if token.isdigit():
        return int(token) if len(token) <= 6 else 10**6
    if token in _ONE:
        return 1
    return count_in_words(token)
