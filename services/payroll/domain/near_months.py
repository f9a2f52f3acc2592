"""A month's name typed one letter wrong, a letter left out, added, changed or two swapped ("mach mase" for "march
mase", in March; "marh", "apirl", "মাচ" for মার্চ), that ``typed_period`` does not read as the month: too short, or
as near another word. Such a word is not ignored, nor taken for the month outright: the employee is asked whether
they meant it. Only where it stands as a month would, alone or with words of a month, a slip or asking for one,
or a year ("mach mase", "marh slip", "মাচ মাসের স্লিপ"): "pin match hocche na" names no month.
"""
from __future__ import annotations

import re
import unicodedata

from services.payroll.domain.period import NAMES_BN, NAMES_EN
from shared.india import typed_number

_BN_SPELLINGS = ("জানুয়ারী", "ফেব্রুয়ারী", "আগষ্ট", "অগাস্ট", "অগস্ট", "সেপ্টেম্বার", "অক্টোবার", "নভেম্বার", "ডিসেম্বার")
_BN_SPELT = (1, 2, 8, 8, 8, 9, 10, 11, 12)
_JOINERS = re.compile("[\u09cd\u200c\u200d]")  # the hasanta and joiners: "মারচ" is মার্চ, "মাচ" one letter from it


def _plain(word: str) -> str:
    return _JOINERS.sub("", unicodedata.normalize("NFC", word).casefold())


# the whole names (not "may" nor "mar": too many words are a letter from them), in both scripts
_NAMES: tuple[tuple[str, str, int], ...] = tuple(
    (unicodedata.normalize("NFC", name).casefold(), _plain(name), number) for name, number in (
        *zip(NAMES_EN, range(1, 13), strict=True), *zip(NAMES_BN, range(1, 13), strict=True),
        *zip(_BN_SPELLINGS, _BN_SPELT, strict=True), ("sept", 9))
    if len(_plain(name)) >= 3 and name.casefold() != "may")
_OF = tuple(unicodedata.normalize("NFC", end) for end in ("য়ের", "ের", "এর", "র", "ে", "er"))  # "মাচের", "marher"
# the words a month is typed with: of a month, a slip, asking for one
_WITH = frozenset(_plain(word) for word in (
    "mas", "mase", "maser", "month", "s", "of", "for", "in", "the", "my", "amar", "er", "r", "ta", "ti",
    "slip", "slips", "payslip", "pay", "salary", "wage", "beton", "betoner", "maine", "mainer", "please", "pls",
    "chai", "din", "dao", "send", "give", "me", "মাস", "মাসে", "মাসের", "স্লিপ", "বেতন", "বেতনের", "মাইনে", "মাইনের",
    "আমার", "এর", "টা", "টি", "দিন", "দাও", "চাই", "পাঠান", "পাঠাও"))
_YEAR = re.compile(r"(?:19|20|21)\d{2}|\d{2}")
_WORDS = re.compile(r"[\s,/.\-'’()।?!]+|(?<=\D)(?=\d)|(?<=\d)(?=\D)")  # "mach2026" is two


def _apart(typed: str, name: str) -> int:
    """Letters changed, left out, added or swapped with the next to make ``typed`` of ``name`` (2 meaning 2 or more)."""
    if abs(len(typed) - len(name)) > 1:
        return 2
    before, row = None, list(range(len(name) + 1))
    for i, a in enumerate(typed, start=1):
        current = [i]
        for j, b in enumerate(name, start=1):
            cost = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + (a != b))
            if before is not None and i > 1 and j > 1 and a == name[j - 2] and typed[i - 2] == b:
                cost = min(cost, before[j - 2] + 1)
            current.append(cost)
        before, row = row, current
    return min(row[-1], 2)


def _near(word: str) -> tuple[int, ...]:
    """The months whose name ``word`` (or it without an "of" ending) is one letter from, or is without its hasanta;
    none if it is a name as spelled."""
    meant: set[int] = set()
    for stem in (word, *(word[:-len(end)] for end in _OF if word.endswith(end) and len(word) > len(end) + 2)):
        if len(stem) < (4 if stem.isascii() else 3):
            continue
        if any(stem == name for name, _, _ in _NAMES):
            return ()
        meant |= {number for _, name, number in _NAMES if _apart(_plain(stem), name) <= 1}  # "মারচ" too
    return tuple(sorted(meant))


def near_months(text: str) -> tuple[int, ...]:
    """The months (1 to 12) a word of ``text`` is one letter from, when the rest of it is words a month is typed
    with (``_WITH``) or a year: ``(3,)`` for "mach mase", ``(6, 7)`` for "jule"; ``()`` for anything else."""
    typed = unicodedata.normalize("NFC", typed_number(text)).casefold()
    words = [w for w in _WORDS.split(typed) if w]
    meant: list[int] = []
    for word in words:
        if _plain(word) in _WITH or _YEAR.fullmatch(word):
            continue
        near = _near(word)
        if not near:
            return ()
        meant += [number for number in near if number not in meant]
    return tuple(sorted(meant))
