"""The word a whole request names as its place, by the way a place is said: "room at digha", "a room in digha",
"digha e", "digha te", "digha-te", "go to digha", "trip to digha" in Latin letters, "দিঘায় …", "দিঘাতে …",
"দিঘা-তে …" in Bengali, the place first.

Only a word so placed is read, never an ordinary word ("in advance", "at night", "ছুটিতে", "থাকতে"): the chat says
we have no guest house there only where the request clearly names a place we do not have.
"""
from __future__ import annotations

import unicodedata

_BEFORE = frozenset(("at", "in", "near"))  # "room at digha"
_GOING = frozenset(("go", "trip", "travel", "tour", "come"))  # before "to": "go to digha" ("going to" is no place)
_DOING = frozenset("book see visit stay check find get have enjoy spend meet take make do pay ask know".split())
_AFTER = frozenset(("e", "te", "ete", "y", "এ", "তে"))  # "digha te", "দিঘা তে"
_HYPHENED = ("-e", "-te", "-y", "-এ", "-তে", "-য়")  # "digha-te", "দিঘা-তে"
_BENGALI_ENDINGS = tuple(unicodedata.normalize("NFC", e) for e in ("য়ে", "য়", "তে"))  # দিঘায়, পুরীতে
# Words that follow "at" or "in", or take "e" or "te", and are no place
_ORDINARY = frozenset("""
a an the my our your his her their this that these those some any all least most once first last full
night nights day days morning evening afternoon noon time weekend week month year advance total cash person
home house guest guesthouse hotel room rooms resort stay lodge homestay place village gram para ward town city
ghor ghar bari barite kamra jayga jaiga jaega thakar thakte thakbo chai lagbe dorkar amar amader tomar apnar
ei oi ekhane okhane sekhane ekta duto rat raat din tarikh theke jonno er chuti puja holiday holidays winter summer
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
monday tuesday wednesday thursday friday saturday sunday today tomorrow
""".split())
_ORDINARY_BN = frozenset(unicodedata.normalize("NFC", w) for w in """
সময় ছুটি পুজো পুজা রাত দিন থাক থাকা থাকত থাকতে কর করত করতে যাওয়া যেত যেতে ঘুরত ঘুরতে হয় নয় জায়গা ঘর বাড়ি
আমাদের আমার ওখান এখান সেখান শীত গরম সকাল বিকাল বিকেল সন্ধ্যা একটা দুটো জন্য তারিখ রাতে দিনে সময়ে
""".split())


def place_named(words: tuple[str, ...]) -> str | None:
    """The one word ``words`` (a request's, folded, its dates and counts taken out) name as a place, as typed
    without the word or ending that says "at"; None when none is, or more than one."""
    found = {*_latin(words), *_bengali(words)}
    return found.pop() if len(found) == 1 else None


def _latin(words: tuple[str, ...]) -> list[str]:
    found = []
    for i, word in enumerate(words):
        if word in _BEFORE and i + 1 < len(words):
            found.append(words[i + 1])
        if word == "to" and 0 < i < len(words) - 1 and words[i - 1] in _GOING and words[i + 1] not in _DOING:
            found.append(words[i + 1])
        if word in _AFTER and i > 0:
            found.append(words[i - 1])
        found.extend(word.removesuffix(end) for end in _HYPHENED if word.endswith(end))
    return [word for word in found if _a_name(word)]


def _bengali(words: tuple[str, ...]) -> list[str]:
    """The first word, with a Bengali ending of place ("দিঘায় ২৫ ডিসেম্বর থেকে …")."""
    first = unicodedata.normalize("NFC", words[0]) if words else ""
    if not _bengali_script(first):
        return []
    name = next((first.removesuffix(end) for end in _BENGALI_ENDINGS if first.endswith(end)), None)
    if not name or len(name) < 2 or {first, name, name + _BENGALI_ENDINGS[1]} & _ORDINARY_BN:
        return []  # "সময়ে", "থাকতে", "জায়গায়"
    return [name]


def _a_name(word: str) -> bool:
    if _bengali_script(word):
        return len(word) > 1 and unicodedata.normalize("NFC", word) not in _ORDINARY_BN
    return len(word) > 2 and word.isascii() and word.isalpha() and word not in _ORDINARY


def _bengali_script(word: str) -> bool:
    return bool(word) and all("\u0980" <= ch <= "\u09ff" for ch in word)
