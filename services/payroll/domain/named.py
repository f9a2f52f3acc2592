"""The name a pay sheet may carry beside an employee's id ("name" column): only to catch an id typed against the wrong
person. The batch is published and each employee told at once, so a mistyped id would send one person's slip to
another's WhatsApp: a row whose name is not its employee's refuses the row as any fault does.

A name is written in many ways, and each of these is the same person: titles ("Smt.", "শ্রীমতী") and "Md."/"Mohammad"
in any spelling are left out; an initial stands for any name of that letter ("A. Mahato"); a middle name may be
missing or added; the surname may come first ("MAHATO, Anima"); Bengali script is compared with the Bengali name and
Latin with the English one; and spellings of the same sounds agree ("Onima", "Aneema", "অনিমা" for Anima, অণিমা;
"Sk"/"Shaikh" for Sheikh), a surname of five letters or more also with one letter off ("Mahto"). Capitals run
together before the surname are initials too ("AK Ghosh"; not in a name all in capitals, where "OM GHOSH" may be
Om's name), but each stands for one of the registered given names in
order, none added: "SK Ghosh" or "ALI GHOSH" is not Amit Kumar Ghosh. But the given name must agree: "Rina Mahato"
or "S. Mahato" is not Anima Mahato. A name written partly in each script is compared word by word with the registered
name of each word's script ("অণিমা Mahato"), when the two registered names have as many words. A one-word registered
name ("Rahim") must be written whole, exactly: "R. Mondal" or "Rahima Khatun" is not Rahim. A name of titles alone,
or in two scripts whose registered names do not align, says nothing."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from services.payroll.domain.batch import Problem
from services.payroll.domain.employee import Names

WHAT_TO_DO = "correct the employee id, or the name if it is the same person spelt differently"

_BENGALI = re.compile(r"[\u0980-\u09ff]")
_BN_SIGNS = re.compile(r"[\u0981-\u0983\u09bc\u09be-\u09cd\u09d7\u200c\u200d]")
_BN_SAME = str.maketrans({"ী": "ি", "ূ": "ু", "ণ": "ন", "ষ": "স", "শ": "স", "ঃ": None, "্": None, "\u200c": None,
                          "\u200d": None})
_LATIN_SAME = (("ph", "f"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("v", "b"), ("z", "j"), ("q", "k"), ("y", "i"),
               ("x", "ks"))
_ALIASES = dict.fromkeys(("sk", "shaikh", "sekh", "seikh", "shekh", "sheik"), "sheikh")


class Word(NamedTuple):
    key: str  # the word as it sounds, spellings of the same sounds alike
    initial: bool
    bengali: bool
    run: str = ""  # capitals run together ("AK"): perhaps initials, one letter a given name
    other: Word | None = None  # a registered word's counterpart in the other script, at the same place


def _key(word: str) -> str:
    if _BENGALI.search(word):
        return unicodedata.normalize("NFC", word).translate(_BN_SAME)
    word = re.sub(r"[^a-z]", "", _ALIASES.get(word.casefold(), word.casefold()))
    for written, said in _LATIN_SAME:
        word = word.replace(written, said)
    word = re.sub(r"(?<=[bcdgjkpst])h", "", word).replace("o", "a")  # aspirates and "sh"; o and a as Bengali says them
    return re.sub(r"(.)\1+", r"\1", word)


_TITLES = {_key(t) for t in (
    "smt", "sm", "shrimati", "srimati", "sreemati", "sri", "shri", "shree", "sree", "mr", "mrs", "ms", "miss", "dr",
    "km", "kumari", "late", "md", "mohd", "mohammad", "mohammed", "muhammad", "muhammed", "mohamed", "mohamad",
    "mahammad", "শ্রী", "শ্রীমতী", "শ্রীমান", "শ্রীযুক্ত", "শ্রীযুক্তা", "ডাঃ", "ডঃ", "মোঃ", "মো", "মহঃ", "মোহাম্মদ",
    "মহম্মদ", "মুহাম্মদ", "মোহম্মদ", "মুহম্মদ")}


def _words(name: str) -> list[Word]:
    """The words of a name, titles left out; a single letter (Latin, or Bengali with its vowel sign) is an initial."""
    words, capitals = [], name == name.upper()  # all in capitals, "OM GHOSH" may be Om's name: no initials read
    for raw in re.findall(r"[^\s.,:ঃ]+", name):
        key = _key(raw)
        if key and key not in _TITLES:
            bengali = bool(_BENGALI.search(raw))
            letters = len(_BN_SIGNS.sub("", raw)) if bengali else len(key)
            run = raw.casefold() if not capitals and re.fullmatch(r"[A-Z]{2,3}", raw) else ""
            words.append(Word(key, letters == 1, bengali, run))
    return words


def _spelt(words: Sequence[Word]) -> list[Word]:
    """``words`` with capitals run together read as initials: "AK" as "A. K." """
    return [spelt for word in words for spelt in ([Word(ch, True, False) for ch in word.run] if word.run else [word])]


def _one_off(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def _same(a: Word, b: Word, *, surname: bool = False) -> bool:
    if a.bengali != b.bengali:  # a registered word in the written word's script, if the two names align
        a, b = (a.other, b) if a.other is not None else (a, b.other)
        if a is None or b is None:
            return False
    if a.initial or b.initial:
        return a.key[0] == b.key[0]
    return a.key == b.key or (surname and min(len(a.key), len(b.key)) >= 5 and _one_off(a.key, b.key))


def _within(short: Sequence[Word], long: Sequence[Word]) -> bool:
    """Whether ``short`` is ``long`` with some names left out (in order)."""
    rest = iter(long)
    return all(any(_same(word, other) for other in rest) for word in short)


def _agrees(written: list[Word], known: list[Word]) -> bool:
    if len(written) < 2 or len(known) < 2:  # one word (a surname alone) must be one of theirs, written whole
        return any(_same(w, k, surname=len(known) > 1) for w in written for k in known if not (w.initial or k.initial))
    for order in (written, written[1:] + written[:1]):  # as written, or the surname first
        given, theirs = order[:-1], known[:-1]
        if not _same(order[-1], known[-1], surname=True):
            continue
        if _within(given, theirs) if len(given) <= len(theirs) else _within(theirs, given):
            return True
        if any(word.run for word in given) and _within(_spelt(given), theirs):  # "AK": two of theirs, none added
            return True
    return False


def _known(names: Names, scripts: set[bool]) -> list[Word] | None:
    """The registered name's words, each with its counterpart in the other script when the two names align; for a
    name written in both scripts, None when they do not."""
    en, bn = _words(names.en), _words(names.bn)
    if len(en) == len(bn):
        return [word._replace(other=other) for word, other in zip(en, bn, strict=True)]
    return None if len(scripts) > 1 else bn if True in scripts else en


def differs(written: str, names: Names) -> bool:
    words = _words(written)
    known = _known(names, {w.bengali for w in words}) if words else None
    return known is not None and not _agrees(words, known)


def not_theirs(written: Any, employee_id: str, known: Names) -> str | None:
    """Why ``written`` cannot be the name of ``employee_id`` (registered as ``known``), or None when it may be."""
    if not isinstance(written, str) or not differs(written, known):
        return None
    return f"names {written.strip()!r}, but {employee_id} is registered as {known.en} ({known.bn}): {WHAT_TO_DO}"


def name_problems(rows: Sequence[Mapping[str, Any]], first: int | Sequence[int],
                  names: Mapping[str, Names]) -> list[Problem]:
    """The rows whose name is clearly not that of the employee their id names (``names``: by id, of those the office
    may pay), numbered as ``check`` numbers them."""
    numbers = range(first, first + len(rows)) if isinstance(first, int) else first
    problems = []
    for number, raw in zip(numbers, rows, strict=True):
        employee_id = str(raw.get("employee_id") or "").strip().upper()
        known = names.get(employee_id)
        if known is not None and (reason := not_theirs(raw.get("name"), employee_id, known)) is not None:
            problems.append(Problem(number, employee_id, f"row {number} {reason}"))
    return problems
