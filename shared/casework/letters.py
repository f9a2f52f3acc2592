"""English letters typed in Bengali ones, as a person without an English keyboard writes a code (a district's, in a
building-permission number): each letter by its name (পিইউআর, "pee-you-aar", for PUR), or as it sounds (পুর).

By names the code is read one way only. As it sounds it is not: পুর is PUR or POR, বাঁকুড়া's BNK has no sound at
all, so what ``spellings`` gives is every code of the length asked that the letters could stand for, and the
caller decides among them (the records it holds).
"""
from __future__ import annotations

import itertools
import re
import unicodedata

# the names of the English letters as Bengali writes them (বিপি for BP)
NAMES = {unicodedata.normalize("NFC", name): letter for name, letter in {
    "এ": "A", "বি": "B", "সি": "C", "ডি": "D", "ই": "E", "এফ": "F", "জি": "G", "এইচ": "H", "আই": "I", "জে": "J",
    "কে": "K", "এল": "L", "এম": "M", "এন": "N", "ও": "O", "পি": "P", "কিউ": "Q", "আর": "R", "এস": "S", "টি": "T",
    "ইউ": "U", "ভি": "V", "ডব্লিউ": "W", "ডাব্লিউ": "W", "ডাবলিউ": "W", "এক্স": "X", "ওয়াই": "Y", "জেড": "Z",
}.items()}
# each Bengali letter as it sounds, by the English letters it may stand for
CONSONANTS = {unicodedata.normalize("NFC", letter): sounds for letter, sounds in {
    "ক": ("K", "C"), "খ": ("K",), "গ": ("G",), "ঘ": ("G",), "চ": ("C",), "ছ": ("C",), "জ": ("J", "Z"), "ঝ": ("J",),
    "ট": ("T",), "ঠ": ("T",), "ড": ("D",), "ঢ": ("D",), "ণ": ("N",), "ত": ("T",), "থ": ("T",), "দ": ("D",),
    "ধ": ("D",), "ন": ("N",), "প": ("P",), "ফ": ("F", "P"), "ব": ("B", "V", "W"), "ভ": ("B", "V"), "ম": ("M",),
    "য": ("J", "Y"), "র": ("R",), "ল": ("L",), "শ": ("S",), "ষ": ("S",), "স": ("S",), "হ": ("H",), "ড়": ("R",),
    "ঢ়": ("R",), "য়": ("Y",), "ৎ": ("T",), "ং": ("N",),
}.items()}
VOWELS = {
    "া": ("A",), "ি": ("I",), "ী": ("I", "E"), "ু": ("U", "O"), "ূ": ("U", "O"), "ৃ": ("R",), "ে": ("E", "A"),
    "ৈ": ("I",), "ো": ("O",), "ৌ": ("O",), "অ": ("A", "O"), "আ": ("A",), "ই": ("I",), "ঈ": ("I", "E"), "উ": ("U", "O"),
    "ঊ": ("U", "O"), "ঋ": ("R",), "এ": ("E", "A"), "ঐ": ("I",), "ও": ("O",), "ঔ": ("O",),
}
INHERENT = ("", "A", "O")  # the vowel a consonant carries when no sign follows it: said, or not
SILENT = {"ঁ", "\u200c", "\u200d"}  # the nasal mark, the joiners
HASANTA = "্"
_BY_NAMES = re.compile("(?:" + "|".join(sorted(map(re.escape, NAMES), key=len, reverse=True)) + ")+")


def by_names(bengali: str) -> str | None:
    """The English letters the Bengali names (পিইউআর → PUR); None when the text is no run of letter names."""
    text = _plain(bengali)
    if not _BY_NAMES.fullmatch(text):
        return None
    found = _names(text)
    return found[0] if len(found) == 1 else None


def spellings(bengali: str, length: int) -> tuple[str, ...]:
    """The codes of ``length`` English letters that ``bengali`` could be: by the letters' names when it is a run of
    them (one code), else by their sounds (every one of that length, each once, in the order first found)."""
    if (named := by_names(bengali)) is not None:
        return (named,) if len(named) == length else ()
    options: list[tuple[str, ...]] = []
    letters = _letters(_plain(bengali))
    for at, char in enumerate(letters):
        after = letters[at + 1] if at + 1 < len(letters) else ""
        if char in CONSONANTS:
            carries = after != HASANTA and after not in VOWELS
            options.append(tuple(c + v for c in CONSONANTS[char] for v in (INHERENT if carries else ("",))))
        elif char in VOWELS:
            options.append(VOWELS[char])
        elif char != HASANTA and char not in SILENT:
            return ()  # a mark or letter no code is made of
    found = dict.fromkeys("".join(parts) for parts in itertools.product(*options)) if options else {}
    return tuple(code for code in found if len(code) == length)


def _plain(bengali: str) -> str:
    return unicodedata.normalize("NFC", bengali).replace(" ", "")


def _letters(text: str) -> list[str]:
    """The text letter by letter, ড় and ঢ় (a letter and its dot once NFC has parted them) each one letter."""
    return re.findall(r".\u09bc?", text)


def _names(text: str) -> list[str]:
    """Every way ``text`` is a run of letter names, as the letters it names."""
    if not text:
        return [""]
    return [NAMES[name] + rest for name in NAMES if text.startswith(name) for rest in _names(text[len(name):])]
