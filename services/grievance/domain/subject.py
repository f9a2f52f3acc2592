"""What a complaint is about, read from the person's own words (a photo's caption, a description typed before the
subject was asked), so the chat does not ask what was already said.

Honest on purpose: a few clear words per category, in English, Bengali and Bengali typed in Latin letters, matched
as whole words (with the endings the languages add: রাস্তায়, জলের, rastay, lights). A guess is made only when the
words of exactly one category appear; "water on the road" names two, and the person is asked as before.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from services.grievance.domain.show import latin_digits

_CLUES: dict[str, tuple[str, ...]] = {
    "water": ("water", "drinking water", "tube well", "tubewell", "hand pump", "handpump", "tap water", "jol", "jal",
              "pani", "tubewel", "kol er jol", "জল", "পানি", "পানীয় জল", "নলকূপ", "টিউবওয়েল", "টিউবকল", "কলের জল"),
    "roads": ("road", "pothole", "rasta", "raasta", "sarak", "sadak", "gorto", "রাস্তা", "সড়ক", "গর্ত", "খানাখন্দ"),
    "lights": ("street light", "streetlight", "light", "lamp", "bati", "batti", "path bati", "পথবাতি", "বাতি", "লাইট",
               "ল্যাম্প", "স্ট্রিট লাইট"),
    "drainage": ("drain", "drainage", "sewer", "sewage", "garbage", "rubbish", "sanitation", "nala", "nalla", "nullah",
                 "nordoma", "drain jam", "moyla", "নালা", "নর্দমা", "ড্রেন", "নিকাশি", "নিকাশী", "আবর্জনা", "ময়লা",
                 "জঞ্জাল"),
    "housing": ("awas", "awaas", "abas", "housing scheme", "pmay", "আবাস", "আবাস যোজনা", "বাংলা আবাস"),
    "pension": ("pension", "old age allowance", "widow allowance", "bhata", "vata", "lakshmir bhandar", "পেনশন",
                "পেনসন", "ভাতা", "বার্ধক্য ভাতা", "বিধবা ভাতা", "লক্ষ্মীর ভাণ্ডার"),
    "jobcard": ("job card", "jobcard", "100 din", "100 days", "100 days work", "ekso din", "mgnrega", "nrega",
                "mgnregs", "wages", "wage", "mojuri", "majuri", "জব কার্ড", "জবকার্ড", "100 দিন", "একশো দিন",
                "মজুরি", "মজুরী"),
    "certificates": ("birth certificate", "death certificate", "jonmo", "janma", "mrityu", "জন্ম", "মৃত্যু",
                     "জন্ম সার্টিফিকেট", "মৃত্যু সার্টিফিকেট", "শংসাপত্র"),
    "building": ("building permission", "building plan", "bhabon", "ভবন", "নির্মাণের অনুমতি", "বাড়ি তৈরির অনুমতি"),
    "trade": ("trade licence", "trade license", "trade noc", "ট্রেড লাইসেন্স", "ট্রেড"),
    "conduct": ("bribe", "rude", "misbehave", "misbehaved", "misbehaviour", "ghus", "ghush", "ঘুষ", "অভদ্র",
                "দুর্ব্যবহার", "খারাপ ব্যবহার"),
}
# what each language adds to a word: a plural, a case ending, "the" (টা, টি), "also"
_ENDINGS = ("", "s", "es", "e", "er", "r", "y", "te", "ke", "ta", "ti", "gulo", "o",
            "ে", "ের", "র", "য়", "তে", "কে", "টা", "টি", "টার", "টির", "গুলো", "গুলি", "ও", "ই")
_ENDINGS = tuple(unicodedata.normalize("NFC", ending) for ending in _ENDINGS)


def _words(text: str) -> list[str]:
    """``text`` as words: NFC (a Bengali letter has two spellings in Unicode), case folded, Bengali digits as
    Latin ones, split at spaces, punctuation (the dari too) and symbols."""
    text = latin_digits(unicodedata.normalize("NFC", text)).casefold()
    cut = "".join(" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in text)
    return cut.split()


_TABLE: dict[str, list[list[str]]] = {key: [_words(clue) for clue in clues] for key, clues in _CLUES.items()}


def _said(words: list[str], clue: list[str]) -> bool:
    last = len(clue) - 1
    for start in range(len(words) - last):
        if words[start:start + last] == clue[:last] and any(words[start + last] == clue[last] + ending
                                                             for ending in _ENDINGS):
            return True
    return False


def guess(text: str, offered: Iterable[str]) -> str | None:
    """The one category among ``offered`` (keys) whose words ``text`` says; None when none or several do."""
    words = _words(text)
    named = [key for key in offered if any(_said(words, clue) for clue in _TABLE.get(key, ()))]
    return named[0] if len(named) == 1 else None
