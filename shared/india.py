"""West Bengal's clock and numerals: India Standard Time, the calendar day there, Bengali digits, rupees, and
words as people type them (the state's districts are ``shared.districts``).

Every date a person sees or a rule counts (a booking's nights, a NOC's expiry, a complaint's deadline, a pay
month) is a day in India, whatever time zone the servers keep. IST has no daylight saving, so a fixed
offset is exact.
"""
from __future__ import annotations

import difflib
import re
import string
import unicodedata
from collections.abc import Mapping
from datetime import date, datetime, timedelta, timezone
from typing import TypeVar

INDIA = timezone(timedelta(hours=5, minutes=30), "IST")
# Where a pattern of look-aheads ("the words hold this and that") is read from when it is searched for: the start of
# each line. Searched from every character, each look-ahead reads the rest of the line again from each one, 0.3 to
# 1.4 seconds of one 4,000-character message; from each line's start, every line once. The same lines match.
LINE_START = r"(?:^|(?<=\n))"


def today_in_india(now: datetime) -> date:
    """The calendar day in West Bengal at the moment ``now`` (an aware datetime)."""
    return now.astimezone(INDIA).date()


BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
_TO_BENGALI = str.maketrans("0123456789", BENGALI_DIGITS)
_TO_LATIN = str.maketrans(BENGALI_DIGITS, "0123456789")


def local_digits(text: str, lang: str) -> str:
    """Numbers in the reader's script: Bengali digits in Bengali texts, Latin ones in English."""
    return text.translate(_TO_BENGALI) if lang == "bn" else text


MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
           "নভেম্বর", "ডিসেম্বর"),
}


def day(value: date, lang: str) -> str:
    """``5 March 2026`` / ``৫ মার্চ ২০২৬``."""
    months = MONTHS["bn" if lang == "bn" else "en"]
    return local_digits(f"{value.day} {months[value.month - 1]} {value.year}", lang)


def both_days(value: date) -> str:
    """A date on a bilingual paper or page: ``৫ মার্চ ২০২৬ / 5 March 2026``, as the documents and the public
    verification page both write it, so that one can be read against the other."""
    return f"{day(value, 'bn')} / {day(value, 'en')}"


EDGES = string.whitespace + string.punctuation + "।॥…"  # what a phone or a hand adds around a typed word


def typed_word(text: str) -> str:
    """What a person typed, as a service compares it with its words: NFC (a Bengali letter can be spelt two
    ways in Unicode), without the spaces and punctuation around it (the dari too), case folded."""
    return unicodedata.normalize("NFC", text).strip(EDGES).casefold()


# "No" after a verb in Bengali typed in Latin letters (Banglish), as a regular expression on ``typed_word``:
# "cancel korbo na", "cancel korben na", "complain korte chai na", "complain nai". What the verb is, and so what
# is asked against, is each service's ("cancel", "book", "complain")
BANGLISH_NOT = r"(?:\s+(?:korbo|korben|korte|korar|koro|chai|dorkar|lagbe))*\s+(?:na|nai|nei|noy)\b"
# Something said not got or not come yet, as people type it ("pai ni", "ase ni", "ase nai", "eseni", "পাইনি", "আসেনি",
# "এলো না"): a complaint's reply, a booking's message, one's salary
NOT_COME = r"(?:\b(?:(?:pai|a?sh?e)(?:\s*n[ie]|\s+nai)|eseni)\b|পাইনি|পাই\s*নি|আসেনি|এলো\s*না)"
# The word "number" as people type it after what it is of ("permit no", "complaint nombor", "বুকিং নম্বর", "অভিযোগ নং"),
# and as an ID ("complaint id", "booking ID number", "অভিযোগের আইডি")
NUMBER_SAID = r"(?:(?:id\s+)?(?:no\b|number|nombor|nambar)|id\b|(?:আইডি\s*)?(?:নম্বর|নং|নাম্বার)|আইডি)"
# Where one's own things stand, asked with no word for which ("status", "check status", "my status", "স্ট্যাটাস দেখব",
# "track my request"), the whole message: each service that keeps a person's records (complaints, bookings,
# applications) reads it as its own list asked for, so the main menu asks which
STATUS_ASKED = (r"^(?:(?:please|pls|plz|kindly|i|want|to|need|what|whats|is|how|can|check|see|show|know|track|my"
                r"|amar|the|current)\s+)*"
                r"(?:status|স্ট্যাটাস|track(?:ing)?|requests?)"
                r"(?:\s+(?:check|please|pls|dekhbo|dekhte\s+chai|janbo|jante\s+chai|janan|dekhan|ki|কী|কি|দেখব|দেখান"
                r"|জানান|(?:দেখতে|জানতে)\s*চাই))*$")

_SPACES = re.compile(r"\s+")
_EMOJI_MARKS = {"\ufe0e", "\ufe0f", "\u20e3"}  # text/emoji presentation selectors, the keycap's frame
# This service's words as people spell them in Latin letters ("lisence", "aplication", "complen", "parmission",
# "boking"): read at the main menu as the words the services' phrases look for, a plural's "s" kept. Only
# misspellings that are no other word
SPELT = {"licence": ("lisence", "lisense", "lysence", "lysense", "laisens", "laisense", "laisence", "lisens",
                     "lincence", "lincense", "licance", "lecence", "licens"),
         "application": ("aplication", "applicaton", "aplicaton", "aplikation", "applicasion", "aplicasion",
                         "applicetion", "aplicetion", "appliction"),
         "complain": ("complen", "komplen", "komplain", "complane", "complian", "compalin"),
         "complaint": ("complent", "complant", "komplent", "komplaint", "complaine"),
         "permission": ("parmission", "permision", "parmision", "permition", "parmition", "permisson", "permisan",
                        "parmisan"),
         "booking": ("boking", "bookng", "buking", "bukking", "bokking")}
_RESPELT = {wrong: right for right, spellings in SPELT.items() for wrong in spellings}
_MISSPELT = re.compile(rf"\b(?:{'|'.join(sorted(_RESPELT, key=len, reverse=True))})(?=s?\b)")


def plain(text: str) -> str:
    """``text`` as the words every part answers at any step (the gateway's keywords, thanks) are compared: NFKC,
    no format characters, no punctuation, symbols or emoji at either end, one space between words, case folded."""
    if not text.isascii():  # ASCII is its own NFKC form and holds no format character
        text = "".join(ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch) != "Cf")
    start, end = 0, len(text)
    while start < end and _edge(text[start]):
        start += 1
    while end > start and _edge(text[end - 1]):
        end -= 1
    return _SPACES.sub(" ", text[start:end]).casefold()


def respelt(said: str) -> str:
    """``plain`` words with this service's words misspelt in Latin letters spelt as the menu's phrases look for them
    (``SPELT``): "lisence er copy chai" is a licence's letter, "complen korbo" a complaint."""
    return _MISSPELT.sub(lambda m: _RESPELT[m.group(0)], said)


# A question by its form: a question mark at its end, or a question's first word (English, Banglish, Bengali)
ASKED_FORM = re.compile(r"\?\s*$|^(?:what|how|when|where|why|which|who|is|are|can|could|do|does|will|ki|keno|kobe"
                        r"|kothay|koto|কী|কি|কেন|কবে|কোথায়|কত)(?:\s|$)", re.IGNORECASE)


def _edge(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PSZC" or ch in _EMOJI_MARKS


def says_something(text: str) -> bool:
    """A letter or a digit: not only emoji, punctuation or invisible marks."""
    return any(ch.isalnum() for ch in text)


def letters(text: str) -> int:
    """How many letters ``text`` holds, the vowel signs that belong to them counted too (Bengali 'ভুল' is three,
    as 'NOC' is): what an office's words are measured by before a person reads them."""
    return sum(ch.isalpha() or unicodedata.category(ch).startswith("M") for ch in text)


def latin_digits(text: str) -> str:
    """What a person typed, with Bengali digits (and those of any other script: a Hindi keyboard's) read as
    the same numbers."""
    text = text.translate(_TO_LATIN)
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and unicodedata.decimal(c, None) is not None
                   else c for c in text)


# Dashes and slashes of other forms than the keyboard's plain ones: what a phone's smart punctuation, a copied
# acknowledgement slip or a full-width keyboard puts between a number's parts (an en dash, a non-breaking hyphen,
# a minus sign, a full-width or division slash), and a backslash typed for a slash.
_SEPARATORS = str.maketrans({**dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d", "-"),
                             **dict.fromkeys("\u2044\u2215\uff0f\\", "/")})


def typed_number(text: str) -> str:
    """What a person typed where a number is looked for: digits of any script as Latin ones (``latin_digits``),
    and a dash or slash of any form as the plain ``-`` or ``/``."""
    return latin_digits(text).translate(_SEPARATORS)


# Counts of one to ten said in a word: English, Bengali with its short spoken forms (দু, ছ), and Bengali in Latin
# letters as phones type it; a Bengali count takes a counter (দুজন, দু'জন, তিনটে, একটা, "dui jon", "ekta"); and
# Hindi's, in Latin letters and in Devanagari ("do log", "तीन लोग")
_COUNT_WORDS = {unicodedata.normalize("NFC", word): n for n, words in enumerate((
    ("one", "এক", "ek", "एक"), ("two", "দুই", "দু", "dui", "du", "do", "दो"), ("three", "তিন", "tin", "teen", "तीन"),
    ("four", "চার", "char", "chaar", "चार"),
    ("five", "পাঁচ", "পাচ", "panch", "pach", "paanch", "paach", "पांच", "पाँच"),
    ("six", "ছয়", "ছ", "choy", "chhoy", "choi", "chhoi", "chhe", "chheh", "छह", "छः"), ("seven", "সাত", "saat", "सात"),
    ("eight", "আট", "aat", "aath", "आठ"), ("nine", "নয়", "ন", "nau", "नौ"), ("ten", "দশ", "dosh", "dos", "das", "दस"),
), 1) for word in words}
_COUNTERS = ("জন", "টি", "টা", "টে", "টো", "খানা", "jon", "ta", "ti", "te", "to", "khana")
_COUNTED = frozenset(unicodedata.normalize("NFC", word) for word in (
    *_COUNTERS, "people", "persons", "person", "লোক", "lok", "log", "लोग", "jan", "जन", "vyakti", "व्यक्ति"))
# Nine as নয়, which is also "not", or ন, a না cut short: a count only with its counter or what it counts
_NOT_ALONE = frozenset(unicodedata.normalize("NFC", word) for word in ("নয়", "ন"))


def count_said(said: str) -> int | None:
    """A count said in figures (any script's digits: "3", "৩") or in a word ("three", "dui", "দু"); None for other
    words. Figures are read by ``isdecimal``: "²" is a digit to ``isdigit`` that ``int`` cannot read."""
    return int(said) if said.isdecimal() else count_in_words(said)


def count_in_words(text: str, counted: tuple[str, ...] = ()) -> int | None:
    """A count of one to ten said in a word (``two``, ``দুই``, ``দু'জন``, ``তিনটে``, ``dui jon``), perhaps followed by
    what is counted (people, or the caller's ``counted``: ``two nights``, ``দুই রাত``); None for any other words."""
    words = typed_word(re.sub(r"['’‘`]", "", text)).replace("-", " ").split()
    counted_ = _COUNTED | {unicodedata.normalize("NFC", word).casefold() for word in counted}
    said = len(words)
    while len(words) > 1 and words[-1] in counted_:
        words.pop()
    if len(words) != 1 or said == 1 and words[0] in _NOT_ALONE:
        return None
    word = words[0]
    bare = [word.removesuffix(counter) for counter in _COUNTERS if word.endswith(counter)]
    return next((_COUNT_WORDS[w] for w in (word, *bare) if w in _COUNT_WORDS), None)


T = TypeVar("T")
SLIP = 0.8  # how alike a word typed with a slip of a letter or two must be to the one meant ("kalchni": 0.93)


def slip_of(typed: str, names: Mapping[str, T], *, cutoff: float = SLIP) -> T | None:
    """What the one name ``typed`` is close to stands for (``names``: each name to what it names, several names may
    name one thing), as a phone keyboard's slip of a letter or two leaves a word; None when it is close to none, or
    to names of two different things: a guess between two is not made."""
    meant: list[T] = []
    for name in difflib.get_close_matches(typed, names, n=max(len(names), 1), cutoff=cutoff):
        if names[name] not in meant:
            meant.append(names[name])
    return meant[0] if len(meant) == 1 else None


def rupees(paise: int, lang: str = "en") -> str:
    """``₹1,23,456.50`` in the Indian grouping (lakh, crore), whole rupees without ``.00``; Bengali digits for
    Bengali readers."""
    whole, part = divmod(abs(paise), 100)
    text = f"{'-' if paise < 0 else ''}₹{grouped(str(whole))}" + (f".{part:02d}" if part else "")
    return local_digits(text, lang)


def grouped(figure: str) -> str:
    """``12,34,567.5`` for ``1234567.5``: a figure's whole part in the Indian grouping (lakh, crore), as money is
    written, so that an area or a count beside an amount reads the same way."""
    sign, figure = ("-", figure[1:]) if figure.startswith("-") else ("", figure)
    whole, point, part = figure.partition(".")
    head, tail = whole[:-3], whole[-3:]
    groups = [head[max(i - 2, 0):i] for i in range(len(head), 0, -2)][::-1]
    return sign + ",".join([*groups, tail]) + point + part
