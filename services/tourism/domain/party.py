"""A group typed as its adults and children: "2 adults 1 child", "2 jon boro 1 ta chele", "২ জন বড় আর একটা বাচ্চা",
"3 adults and 2 kids", "amra 2 jon, sathe ekta baccha", "husband wife and one child". A count before a word for
adults or children is theirs; a count with no such word ("amra 2 jon", "3 persons") is of adults, beside the
children named after it ("3 persons 2 children" is five, as a booking form's two boxes), unless the children are
said to be among them ("5 people including 2 children", "amra 5 jon, tar moddhe 2 jon baccha": five), or the
adults are counted after it ("amra 4 jon, 2 boro 2 baccha": four; a total the others do not make is unclear). A person
named alone counts as one (husband, wife, me, a son), a couple as two; an infant is a child. A child's age
("1 child (5 yrs)", "baccha boyos 6") is no count of the group. Any word not about the group leaves the text to be
read as a plain count (``parse_count``), as does a count with no word for whom it counts.

A family's count is all of it ("family of 4 with 2 kids", "4 জনের পরিবার, ২টি বাচ্চা": four, two of them children),
as is a count "with the children" ("বাচ্চা সহ ৩ জন", "baccha soho 3 jon": three). Children named with no count of
them within a total ("family of 4 with kids") are not guessed: the total is the group, as a clerk writes it down; the
rooms and the price follow the total, so the children are not asked. A group that names its children (a count of
them, "0 children" too) or its total is ``whole``: no children said before are added to it. A count with a sign or
a fraction ("-2 adults", "2.5 adults") is no count of people: the text is left to the plain count, which refuses it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from shared.india import count_in_words, latin_digits


@dataclass(frozen=True)
class Party:
    adults: int
    children: int
    whole: bool = field(default=False, compare=False)  # the children or the total named: the whole group

    @property
    def guests(self) -> int:
        return self.adults + self.children


def _words(*words: str) -> frozenset[str]:
    return frozenset(unicodedata.normalize("NFC", word) for word in words)


_ADULTS = _words("adult", "adults", "grown-up", "grown-ups", "grownup", "grownups", "boro", "baro", "bor", "bara",
                 "বড়", "বড়রা", "বড়ো", "প্রাপ্তবয়স্ক",
                 # and Hindi's: "2 bade aur 1 bachcha", "दो बड़े और एक बच्चा"
                 "bade", "bado", "बड़े", "वयस्क")
_CHILDREN = _words("children", "kids", "babies", "infants", "boys", "girls", "chhoto", "choto", "chotto",
                   "ছোট", "ছোটো", "বাচ্চারা", "ছেলেমেয়ে", "chelemeye", "chhelemeye", "bachche", "bacche", "बच्चे")
# Who is named alone as one ("husband wife and a child"), or with a count ("2 ta chele")
_ADULT = _words("husband", "wife", "hubby", "me", "myself", "i", "mother", "father", "mom", "mum", "dad", "ami",
                "আমি", "স্বামী", "স্ত্রী", "বউ", "bou", "baba", "বাবা", "ma", "মা", "friend", "বন্ধু", "bondhu",
                "main", "मैं", "pati", "patni", "पति", "पत्नी", "mummy", "papa", "मम्मी", "पापा")
_COUPLE = _words("couple", "couples", "parents", "dampati", "দম্পতি")
_CHILD = _words("child", "kid", "baby", "infant", "son", "daughter", "boy", "girl", "bachcha", "baccha", "bacha",
                "bachha", "shishu", "sishu", "chele", "chhele", "meye", "maye", "বাচ্চা", "শিশু", "ছেলে",
                "মেয়ে", "খোকা", "খুকি", "बच्चा", "beta", "beti", "बेटा", "बेटी")
# What is said between the counts: "we are", "and", "with", "along", the counters ("জন", "ta", "people")
_BETWEEN = _words("amra", "আমরা", "we", "are", "were", "and", "ar", "aar", "r", "আর", "এবং", "ebong", "ebang", "o",
                  "ও", "with", "plus", "sathe", "shathe", "sate", "songe", "sange", "সাথে", "সঙ্গে", "niye", "নিয়ে",
                  "along", "also", "jon", "জন", "ta", "টা", "টি", "ti", "people", "persons", "person", "pax", "lok",
                  "লোক", "of", "please", "pls", "my", "our", "amar", "amader", "আমার", "আমাদের", "tar", "তার", "jar",
                  "যার", "er", "এর", "which", "whom", "te", "তে", "joner", "জনের", "member", "members", "sodossyo",
                  "sodosso", "সদস্য", "সদস্যের",
                  # Hindi's: "hum", "aur", "ke saath", "log"
                  "hum", "हम", "aur", "और", "saath", "sath", "साथ", "ke", "के", "log", "लोग", "hai", "है", "hain", "हैं")
# "With": a count just before it is of no one named ("family of 4 with kids": four in all, not four children)
_WITH = _words("with", "sathe", "shathe", "sate", "songe", "sange", "সাথে", "সঙ্গে", "saath", "sath", "साथ")
# The children said to be among the count before them, not beside it
_AMONG = _words("including", "incl", "inclusive", "among", "them", "moddhe", "modhye", "moddhye", "মধ্যে", "soho",
                "shoho", "saho", "সহ", "somet", "shomet", "সমেত")
# A family: the count said with it is the whole group, the children named within it
_FAMILY = _words("family", "familyte", "poribar", "paribar", "poribare", "poribarer", "পরিবার", "পরিবারে",
                 "পরিবারের", "ফ্যামিলি", "ফ্যামিলিতে")
_AGE = _words("age", "aged", "boyos", "boyosh", "বয়স")
_AGE_UNIT = _words("yr", "yrs", "year", "years", "y", "month", "months", "mas", "mash", "bochor", "bochhor",
                   "bachar", "বছর", "বছরের", "মাস", "মাসের")
_ONE = _words("a", "an", "ekjon", "ekta", "একটা", "একটি", "একজন")
_ANY_ADULT, _ANY_CHILD, _COUNTED = _ADULTS | _ADULT | _COUPLE, _CHILDREN | _CHILD, _ADULTS | _CHILDREN
_TOKEN = re.compile(r"(?:(?<!\S)[-−])?\d+(?:\.\d+)?|[^\s\d,.;:+&()/-]+")
_NO_COUNT = -1  # a count with a sign or a fraction: of no one, unless it is an age


def parse_party(text: str) -> Party | None:
    """The adults and children of a group typed with words for either, or for the people in it ("husband and
    wife": two adults, no children); None when a count names no one, or words of anything else are in it (then it
    is no group of this form: a count alone, or unclear)."""
    named = people = children = 0  # adults named so, the counts of no one named (adults, or the total), children
    pending: list[int] = []  # counts not yet known to be of whom
    # What the last count was of: a word for the same ones just after is no one more ("2 ta chele meye" is two)
    last: frozenset[str] | None = None
    among = ages = said = counted = kids = False  # a total; counts now of ages ("aged 4 and 7"); anyone named; any
    # count; children named. Children named with no count ("a couple with a child", "with kids"); "a" just before
    bare_one, bare_many, article = 0, False, False
    total = 0  # a count of no one named just before the adults counted: "amra 4 jon, 2 boro 2 baccha"
    for token in _tokens(text):
        count = _count(token)
        if count is not None:
            if not ages:
                if article:
                    pending.pop()  # "a 4 member family": the "a" is no one more
                pending.append(count)
                last, counted, article = None, True, token in ("a", "an")
            continue
        if token in _AGE_UNIT or token in _AGE:
            if not children and not bare_one:  # an age before any child is named: "a 5 year old", not this form
                return None
            pending, ages = [], token in _AGE
            continue
        if token in _FAMILY:
            if article and pending:
                pending.pop()  # "a family of five": the family is not one more
            among = said = True
            continue
        article = False
        if token in _BETWEEN or token in _AMONG:
            among = among or token in _AMONG
            if token in _WITH and _NO_COUNT not in pending:
                people, pending = people + sum(pending), []
            continue
        ages = False
        kind = _ADULTS if token in _ANY_ADULT else _CHILDREN if token in _ANY_CHILD else None
        if kind is None or not pending and token in _ADULTS:
            return None  # a word of something else, or "adults" with no count
        if not pending and last is kind:
            continue  # one more word for the ones just counted
        if _NO_COUNT in pending:
            return None
        said, kids = True, kids or kind is _CHILDREN
        if not pending and kind is _CHILDREN:  # children named, not counted: "a couple with a child", "with kids"
            bare_one, bare_many = bare_one + (token not in _COUNTED), bare_many or token in _COUNTED
            continue
        people += sum(pending[:-1])
        if kind is _ADULTS and len(pending) > 1:
            total += sum(pending[:-1])
        count = (pending[-1] if pending else 1) * (2 if token in _COUPLE else 1)
        last, pending = (kind if pending else None), []
        if kind is _ADULTS:
            named += count
        else:
            children += count
    if _NO_COUNT in pending:
        return None
    people += sum(pending)
    if not said or not counted and not named + children + bare_one:
        return None
    if among and people:  # a total, the ones named within it
        if bare_one or bare_many:  # children not counted: the total is the group
            return Party(people, 0, whole=True) if people > named + children else None
        if named:
            return Party(named, children, whole=True) if people == named + children else None
        return Party(people - children, children, whole=True) if people > children else None
    if total and total == people and named:  # the count before the adults counted is the whole group
        return Party(named, children + bare_one, whole=True) if total == named + children + bare_one else None
    if bare_many:
        return None  # "husband wife and kids": how many is not said
    return Party(named + people, children + bare_one, whole=kids)


def _tokens(text: str) -> list[str]:
    """The words and counts typed, "বাচ্চাসহ" as "বাচ্চা সহ"."""
    found = _TOKEN.findall(latin_digits(unicodedata.normalize("NFC", text)).casefold())
    return [part for token in found for part in ((token[:-2], "সহ") if token.endswith("সহ") and token[:-2] in
                                                 _ANY_CHILD else (token,))]


def _count(token: str) -> int | None:
    if token.isdigit():
        return int(token) if len(token) <= 6 else 10**6
    if token[0] in "-−" or "." in token:
        return _NO_COUNT
    if token in _ONE:
        return 1
    return count_in_words(token)
