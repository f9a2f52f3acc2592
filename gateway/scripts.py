"""The script a message is written in, when it is none the service reads.

People in West Bengal also write in Hindi and Nepali (Devanagari), Santali (Ol Chiki) and Urdu (Arabic script). The
service answers in Bengali and English only, so such a message is not taken for Bengali (``keywords.guess_lang``
has nothing to go by in it): the person is told which languages it answers in, with a line in the script's main
language where we can write one (``replies.other_script``). A message counts as written in another script when
most of its letters are neither Bengali nor Latin; a Hindi word in a Bengali sentence, a number's letters in a Hindi
one, do not change what it is written in.
"""
from __future__ import annotations

import unicodedata
from collections import Counter
from typing import Literal

Script = Literal["deva", "olck", "arab", "other"]  # ISO 15924 codes, and any other script the service does not read

_RANGES: tuple[tuple[int, int, Script], ...] = (
    (0x0900, 0x097F, "deva"), (0xA8E0, 0xA8FF, "deva"),  # Devanagari and its extension: Hindi, Nepali
    (0x1C50, 0x1C7F, "olck"),  # Ol Chiki: Santali
    (0x0600, 0x06FF, "arab"), (0x0750, 0x077F, "arab"), (0x08A0, 0x08FF, "arab"),  # Arabic script: Urdu
    (0xFB50, 0xFDFF, "arab"), (0xFE70, 0xFEFF, "arab"),  # its presentation forms
)
_BENGALI = (0x0980, 0x09FF)
_COMBINING = (0x0300, 0x036F)  # accents that go with any letter: they count for none


def other_script(text: str | None) -> Script | None:
    """The script most of ``text``'s letters (and vowel signs) are in when more of them are in scripts the service
    does not read than in Bengali and Latin letters together; None otherwise, and for a text without letters."""
    if not text or text.isascii():  # most messages: no letter of another script in them
        return None
    ours, theirs = 0, {}  # letters in Bengali or Latin, and in each other script
    for ch, times in Counter(text).items():  # each letter looked up once, however often it is typed
        if unicodedata.category(ch)[0] not in "LM" or _COMBINING[0] <= ord(ch) <= _COMBINING[1]:
            continue
        script = _script_of(ch)
        if script is None:
            ours += times
        else:
            theirs[script] = theirs.get(script, 0) + times
    if sum(theirs.values()) <= ours:
        return None
    return max(theirs, key=lambda script: theirs[script])


def _script_of(ch: str) -> Script | None:
    """None for a Bengali or a Latin letter, the letter's script otherwise."""
    code = ord(ch)
    if _BENGALI[0] <= code <= _BENGALI[1] or "LATIN" in unicodedata.name(ch, ""):  # full-width ones too
        return None
    return next((script for low, high, script in _RANGES if low <= code <= high), "other")
