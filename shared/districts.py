"""West Bengal's 23 districts by key, with their Bengali and English names, and a district read from a name as
people type it: the key, either name, or either with a slip of a letter or two.

The tourism catalog files its properties under these keys; the grievance service places a complaint by them
in a district its own directory does not cover, and names such a district by them.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable

from shared.india import typed_word

# (Bengali, English) by key
DISTRICTS: dict[str, tuple[str, str]] = {
    "alipurduar": ("আলিপুরদুয়ার", "Alipurduar"), "bankura": ("বাঁকুড়া", "Bankura"),
    "birbhum": ("বীরভূম", "Birbhum"), "cooch-behar": ("কোচবিহার", "Cooch Behar"),
    "dakshin-dinajpur": ("দক্ষিণ দিনাজপুর", "Dakshin Dinajpur"), "darjeeling": ("দার্জিলিং", "Darjeeling"),
    "hooghly": ("হুগলি", "Hooghly"), "howrah": ("হাওড়া", "Howrah"), "jalpaiguri": ("জলপাইগুড়ি", "Jalpaiguri"),
    "jhargram": ("ঝাড়গ্রাম", "Jhargram"), "kalimpong": ("কালিম্পং", "Kalimpong"), "malda": ("মালদহ", "Malda"),
    "murshidabad": ("মুর্শিদাবাদ", "Murshidabad"), "nadia": ("নদিয়া", "Nadia"),
    "north-24-parganas": ("উত্তর ২৪ পরগনা", "North 24 Parganas"),
    "paschim-bardhaman": ("পশ্চিম বর্ধমান", "Paschim Bardhaman"),
    "paschim-medinipur": ("পশ্চিম মেদিনীপুর", "Paschim Medinipur"),
    "purba-bardhaman": ("পূর্ব বর্ধমান", "Purba Bardhaman"), "purba-medinipur": ("পূর্ব মেদিনীপুর", "Purba Medinipur"),
    "purulia": ("পুরুলিয়া", "Purulia"), "south-24-parganas": ("দক্ষিণ ২৪ পরগনা", "South 24 Parganas"),
    "uttar-dinajpur": ("উত্তর দিনাজপুর", "Uttar Dinajpur"),
}
# and in Hindi, as tourists from the rest of India and Hindi-speaking villagers type them: read, never shown
HINDI: dict[str, str] = {key: unicodedata.normalize("NFC", name) for key, name in {
    "alipurduar": "अलीपुरद्वार", "bankura": "बांकुड़ा", "birbhum": "बीरभूम", "cooch-behar": "कूचबिहार",
    "dakshin-dinajpur": "दक्षिण दिनाजपुर", "darjeeling": "दार्जिलिंग", "hooghly": "हुगली", "howrah": "हावड़ा",
    "jalpaiguri": "जलपाईगुड़ी", "jhargram": "झाड़ग्राम", "kalimpong": "कालिम्पोंग", "malda": "मालदा",
    "murshidabad": "मुर्शिदाबाद", "nadia": "नदिया", "north-24-parganas": "उत्तर 24 परगना",
    "paschim-bardhaman": "पश्चिम बर्धमान", "paschim-medinipur": "पश्चिम मेदिनीपुर", "purba-bardhaman": "पूर्व बर्धमान",
    "purba-medinipur": "पूर्व मेदिनीपुर", "purulia": "पुरुलिया", "south-24-parganas": "दक्षिण 24 परगना",
    "uttar-dinajpur": "उत्तर दिनाजपुर",
}.items()}


def district_name(key: str, lang: str) -> str:
    """A district by its key, in the reader's language; an unknown key as it is."""
    bn, en = DISTRICTS.get(key, (key, key))
    return bn if lang == "bn" else en


def district_key(text: str) -> str | None:
    """A district from its key or either name, e.g. a back-office scope ``district=Purulia``, as a person types
    it (``typed_word``): a Bengali name whose য় or ড় the keyboard wrote as one character, a full stop after it; or
    its Hindi name."""
    return _BY_NAME.get(typed_word(text))


# every name ``district_key`` reads (the key, the Bengali, English and Hindi names), to its district
_BY_NAME = {typed_word(name): key for key, (bn, en) in DISTRICTS.items() for name in (key, bn, en, HINDI[key])}


NEAR = 0.8  # how alike a misspelt name must be to one we have ("darjeling", "দার্জিলিঙ": 0.9 or more)


def near(typed: str, names: Iterable[str]) -> bool:
    """Whether ``typed`` (folded by ``typed_word``) is one of ``names``, or one of their words, with a slip of a
    letter or two, as a phone keyboard makes them."""
    if len(typed) < 3:
        return False
    words = {w for name in names for w in (name.casefold(), *name.casefold().split())}
    return bool(difflib.get_close_matches(typed, words, n=1, cutoff=NEAR))


def district_near(text: str, keys: Iterable[str]) -> str | None:
    """The one district among ``keys`` whose name in either language is close to what was typed; None when none
    is, or more than one (a guess between two would send the guest to the wrong end of the state)."""
    wanted = typed_word(text)
    close = [key for key in keys if near(wanted, (key, *DISTRICTS.get(key, ()), HINDI.get(key, key)))]
    return close[0] if len(close) == 1 else None


# endings a district's name takes in a sentence: পুরুলিয়ায়, হুগলিতে, বাঁকুড়ার, "purulia te" is two words; and the
# words between the words of a sentence
_ENDINGS = tuple(unicodedata.normalize("NFC", ending) for ending in ("য়ে", "য়", "তে", "ের", "ে", "র", "এ"))
_BETWEEN = re.compile(r"[\s,.;:!?।()\"'“”‘’-]+")


def district_in(text: str) -> str | None:
    """The one district a sentence names, by either name or its Hindi one, in one, two or three of its words, a
    Bengali ending on it or not ("আমি হুগলি জেলায় থাকি", "পুরুলিয়ায় থাকি", "I live in Purulia district", "amar bari
    uttar dinajpur"); None when it names none, or two. No slips: in a sentence, "nodi" (a river) is no Nadia."""
    words = [w for w in _BETWEEN.split(unicodedata.normalize("NFC", text)) if w]
    said = {" ".join(words[i:i + n]) for n in (1, 2, 3) for i in range(len(words) - n + 1)}
    said |= {form.removesuffix(ending) for form in set(said) for ending in _ENDINGS
             if form.endswith(ending) and len(form) > len(ending) + 1}
    found = {key for form in said if (key := district_key(form)) is not None}
    return found.pop() if len(found) == 1 else None
