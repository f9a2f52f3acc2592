"""The months of the Bengali calendar (বৈশাখ … চৈত্র) as people type them, in Bengali or Latin letters ("কার্তিক",
"kartik maser slip"). Pay is by the months of the English calendar; each Bengali month begins in the middle of one
(বৈশাখ on about 14 April) and ends in the middle of the next, so it names the two its slips could be of.
"""
from __future__ import annotations

import re
import unicodedata

from shared.india import typed_number

NAMES = {"bn": ("বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"),
         "en": ("Boishakh", "Joishtho", "Asharh", "Shrabon", "Bhadro", "Ashwin", "Kartik", "Agrahayan", "Poush", "Magh",
                "Falgun", "Chaitra")}
# other spellings in use, each the month's number (বৈশাখ is 1)
_SPELLINGS = {"জৈষ্ঠ": 2, "জ্যেষ্ঠ": 2, "আষাঢ": 3, "শ্রাবন": 4, "কার্ত্তিক": 7, "অগ্রহায়ন": 8, "অঘ্রাণ": 8, "অঘ্রান": 8,
              "ফাগুন": 11, "baishakh": 1, "boisakh": 1, "baisakh": 1, "jaistha": 2, "jyoishtho": 2, "joishtha": 2,
              "jaishtha": 2, "ashar": 3, "asar": 3, "asadh": 3, "ashadh": 3, "srabon": 4, "shraban": 4, "sraban": 4,
              "bhadra": 5, "aswin": 6, "ashin": 6, "ashwin": 6, "kartick": 7, "karthik": 7, "kartic": 7,
              "aghran": 8, "agrahayon": 8, "agrohayon": 8, "poush": 9, "pous": 9, "paush": 9, "phalgun": 11,
              "phagun": 11, "fagun": 11, "choitro": 12, "chaitro": 12, "choitra": 12}
_NUMBERS = {unicodedata.normalize("NFC", name).casefold(): i
            for names in (NAMES["bn"], NAMES["en"]) for i, name in enumerate(names, start=1)}
_NUMBERS |= {unicodedata.normalize("NFC", name): i for name, i in _SPELLINGS.items()}
SPELLED = tuple(_NUMBERS)  # every name read, as typed (case folded)
_ENDS = tuple(unicodedata.normalize("NFC", end) for end in ("মাসের", "মাস", "য়ের", "ের", "এর", "র", "er", "e"))


def said(text: str) -> int | None:
    """The Bengali month (1 for বৈশাখ … 12 for চৈত্র) ``text`` names, alone or among other words ("কার্তিক মাসের
    বেতন", "kartik maser slip"); None if it names none."""
    for word in re.split(r"[\s,/.\-'’()।]+", unicodedata.normalize("NFC", text).casefold()):
        for stem in (word, *(word[:-len(end)] for end in _ENDS if word.endswith(end) and len(word) > len(end))):
            if stem in _NUMBERS:
                return _NUMBERS[stem]
    return None


def spans(number: int) -> tuple[int, int]:
    """The months of the English calendar the Bengali month ``number`` falls in: কার্তিক (7) → October, November."""
    first = (number + 2) % 12 + 1
    return first, first % 12 + 1


BANGABDA = 593  # বঙ্গাব্দ ১৪৩২ begins in April 2025


def year_said(text: str, number: int) -> int | None:
    """The year of the English calendar the Bengali month ``number`` begins in, given with it in ``text``: a Bengali
    year (``কার্তিক ১৪৩২`` → 2025; ``মাঘ ১৪৩২`` → 2026) or an English one (``কার্তিক ২০২৫``); None if none is."""
    found = re.search(r"(?<!\d)(1[34]\d\d|(?:19|20|21)\d\d)(?!\d)", typed_number(text))
    if found is None:
        return None
    year = int(found.group(1))
    if year >= 1900:
        return year
    return year + BANGABDA + (spans(number)[0] < 4)  # মাঘ, ফাল্গুন, চৈত্র fall in the next English year
