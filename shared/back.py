"""The way back, the same in every service: what a person types to go one step back.

Someone who learnt "back" (or ফিরে) in one service expects it in the next, so the words live here once
and tourism, grievance, payroll and the casework desk (permit, NOC) all read them. What a service does
with them is its own: one step back where it has steps, its start where it has none. Outside any service's
conversation the gateway answers them with the start of everything, the main menu.

A phone menu taught people to press 0, # or * for "back", so each alone is back too, except where the
step reads it as its answer: "0" where a number is asked (a PIN, a count, a date can begin with it, and a
count of 0 is answered with its range), "*" where stars are.
"""
from __future__ import annotations

import re
import string
import unicodedata

from shared.india import latin_digits, typed_word

# As compared after ``typed_word``: case, the NFC spelling and what a phone adds around a word do not count.
# Bengali as people type it (পিছনে and পেছনে, ফিরে যান and ফিরে যাও), the English word in Bengali letters and
# the Bengali words in Latin ones; never a word that is an answer somewhere ("fire" could be a complaint).
WORDS = frozenset(typed_word(word) for word in (
    "back", "go back", "back please", "go back please", "previous", "previous step", "step back",
    "ফিরে", "ফিরে যান", "ফিরে যাও", "ফিরে যাই", "ফিরে চলুন", "ফিরুন", "ফেরত", "ফেরত যান", "পিছনে", "পিছনে যান",
    "পিছনে যাও", "পেছনে", "পেছনে যান", "পেছনে যাও", "পিছে", "আগের", "আগের ধাপ", "আগের ধাপে", "আগের ধাপে যান",
    "ব্যাক", "phire jan", "phire jao", "fire jan", "fire jao", "pichone", "pichhone", "pechone",
    # "go back" said whole, as in a Bengali sentence ("pichone jao", "পিছে যাও")
    "pichone jao", "pichone jan", "pichone jaan", "pichhone jao", "pichhone jan", "pechone jao", "pechone jan",
    "piche jao", "piche jan", "pichhe jao", "pichhe jan", "পিছে যাও", "পিছে যান", "পেছনে চলুন", "পিছনে চলুন",
))
KEYS = "0#*"  # a phone menu's "back", alone in the message
# What a keyboard makes of a key: a full-width ＃ (NFKC), the keycap emoji 0️⃣ #️⃣ *️⃣, a Bengali ০
KEYCAP = str.maketrans("", "", "\ufe0e\ufe0f\u20e3")


def goes_back(text: str, *, answers: str = "") -> bool:
    """Whether the whole message asks to go one step back. ``answers`` names those of the keys (``KEYS``) that
    the step reads as its answer instead: "0" at a PIN, a count or a date, "0*" at a rating."""
    if typed_word(text) in WORDS:
        return True
    key = latin_digits(unicodedata.normalize("NFKC", text).translate(KEYCAP)).strip(string.whitespace + ".।")
    return len(key) == 1 and key in KEYS and key not in answers


# "no 3", "no. 3", "number 3", "নং ৩", "নম্বর ৩": a row's number as a list numbers it
_ROW_PREFIX = re.compile(r"^(?:no|num|number|নং|নম্বর|নাম্বার)\s*[.:]?\s*", re.IGNORECASE)


# a row named by its place, in words, alone: "first", "the second one", "2nd", "prothom ta", "প্রথমটা", "দ্বিতীয়টি"
_PLACES = (("first", "1st", "prothom", "prothhom", "prothome", "প্রথম"), ("second", "2nd", "ditiyo", "dwitiyo", "দ্বিতীয়"),
           ("third", "3rd", "tritiyo", "tritio", "তৃতীয়"), ("fourth", "4th", "choturtho", "chaturtho", "চতুর্থ"),
           ("fifth", "5th", "ponchom", "panchom", "পঞ্চম"))
ORDINALS = {unicodedata.normalize("NFC", word): place for place, words in enumerate(_PLACES, 1) for word in words}
# what is said around it: "the", "one", "number", and the Bengali article, "ta", "টা", "টি"
_ORDINAL = re.compile(r"^(?:the\s+)?(?P<word>.+?)(?:\s*(?:one|ta|ti|to|টা|টি|টো)|\s+(?:no|number|নম্বর))?$")
ORDINAL_LONGEST = 32  # characters: "the second one" and its like with a phone's spaces; a longer message names none


def row_number(text: str, most: int = 10) -> int | None:
    """1 to ``most`` typed alone, as people pick a row of a numbered list or menu: "2", "২", "2.", "2️⃣", "no 3", or
    by its place in words, "second", "the 2nd one", "ditiyo ta", "দ্বিতীয়টা"; None for anything else ("0002" is a
    PIN or a code, not the 2nd row)."""
    said = _ORDINAL.match(typed_word(text)) if len(text.strip()) <= ORDINAL_LONGEST else None  # every list's turn
    if said is not None and (place := ORDINALS.get(said["word"])) is not None:
        return place if place <= most else None
    key = latin_digits(unicodedata.normalize("NFKC", text).translate(KEYCAP)).strip(string.whitespace + ".।)")
    key = _ROW_PREFIX.sub("", unicodedata.normalize("NFC", key), count=1)
    if not (key.isascii() and key.isdigit()) or key.startswith("0"):
        return None
    return int(key) if 1 <= int(key) <= most else None


# The others of one's cases, complaints or bookings asked after where one of them is shown ("what about the other
# one?", "and the others?", "onno ta r ki khobor", "অন্যটার কী খবর", "বাকিগুলো"): the rest of one's own. Never another
# one to make ("apply for another one"): each reader leaves that out.
_OTHERS = re.compile(
    r"\b(?:the\s+)?other\s+(?:one|ones|applications?|t?nocs?|cases?|licen[cs]es?|permits?|complaints?|bookings?)\b"
    r"|\bthe\s+other\b(?!\s+day)|\bothers\b|\bthe\s+rest\b|\bonn?o\s*(?:ta|ti|to|gulo|guli|gula)\b"
    r"|\bbaki\s*(?:gulo|guli|gula|ta|ti)\b|অন্য\s*(?:টা|টি|গুলো|গুলি|আবেদন|অভিযোগ)|বাকি\s*(?:গুলো|গুলি|টা|টি)",
    re.IGNORECASE)
# asked after, not told of ("the other one is also broken" is a remark about the problem): a question mark, or the
# words that ask what became of something
_ASKED_AFTER = re.compile(
    r"\?|\b(?:what|how)\s+about\b|^\W*and\b|\bki\s+(?:khobor|khabar|holo|hoilo|obostha|abostha)\b|\bstatus\b"
    r"|\b(?:show|dekhao|dekhan)\b|(?:কী|কি)\s*(?:খবর|হল|হলো|অবস্থা)|দেখান|দেখাও", re.IGNORECASE)


def asks_others(text: str, *, asked: bool = False) -> bool:
    """Whether ``text`` asks after the others of one's own where one is shown; ``asked``: only when asked after
    (where words told are kept for someone, a complaint's official)."""
    return bool(_OTHERS.search(text)) and (not asked or bool(_ASKED_AFTER.search(text)))
