"""The words the complaints chat reads at any step, and what they mean: commands ("new complaint", "change
place", "জমা দিন"), a complaint's number, a rating, a district of West Bengal. ``typed`` decides, by the step, what
is done with them."""
from __future__ import annotations

import re
import unicodedata

from services.grievance.conversation.turn import STARS
from services.grievance.conversation.wants import asks_new
from services.grievance.domain import latin_digits
from shared import changed_mind
from shared.back import goes_back
from shared.districts import DISTRICTS, district_key, district_near
from shared.india import EDGES, count_in_words, typed_number, typed_word
from shared.texts import LANGS, Catalog

_DISTRICT_WORD = re.compile(r"\s+(?:district|dist|zilla|zila|jela|jila|জেলা)$")
_STAR_WORDS = ("stars", "star", "tara", "তারা", "স্টার", "ষ্টার")
_RATING = re.compile(r"(\d{1,2})\s*(?:টি|টা|টে|ta|ti|te)?\s*(?:stars?|tara|তারা|স্টার|ষ্টার|★|⭐)?", re.IGNORECASE)
# the year may be left out, as people shorten the receipt's number ("GRV 7"), but no other figures stand for it; its
# parts apart with dashes, spaces or slashes, as the applications' numbers are written ("GRV/2026/7")
NUMBER = re.compile(r"\bGRV[-\s/]?(?:(20\d\d)[-\s/]?(\d{1,6})\b|(\d{1,6})\b(?![-\s/]?\d))", re.IGNORECASE)
# Submit typed at the summary, as people say it: words of a complaint's summary are otherwise more of its description
_SUBMITTING = ("submit", "submit it", "submit koro", "submit korun", "submit kore din", "জমা", "জমা দিন", "জমা দাও",
               "জমা করুন", "জমা করো", "জমা করে দিন", "জমা করে দাও", "হ্যাঁ জমা দিন", "হ্যা জমা দিন", "joma", "joma din",
               "joma dao", "joma koro", "joma korun", "joma kore din", "jama din", "jama koro", "jama korun",
               "ha joma din", "yes submit")
_WORDS: dict[str, str] = {
    # and the Bengali words in Latin letters, as the main menu reads them (service.LATIN)
    **dict.fromkeys(("new", "complaint", "new complaint", "complain", "অভিযোগ", "নতুন অভিযোগ", "abhijog", "obhijog",
                     "nalish", "notun abhijog", "notun obhijog"), "new"),
    **dict.fromkeys(("my complaints", "complaints", "track", "status", "আমার অভিযোগ", "অবস্থা", "amar abhijog",
                     "amar obhijog", "amar nalish"), "mine"),
    **dict.fromkeys(("report", "how is my panchayat doing", "how is my panchayat doing?", "panchayat report",
                     "পঞ্চায়েত কেমন চলছে", "পঞ্চায়েত রিপোর্ট", "রিপোর্ট"), "report"),
    # হ্যাঁ as phones mostly type it, without the chandrabindu, "ok" in Bengali letters, both in Latin letters
    **dict.fromkeys(("yes", "y", "ok", "okay", "okk", "হ্যাঁ", "হাঁ", "হ্যা", "ওকে", "ঠিক আছে", "ha", "haa", "haan",
                     "han", "hya", "hyan", "hyaa", "thik ache", "thik achhe", "accha thik ache", "acha thik ache",
                     "achha thik ache", "ok thik ache", "আচ্ছা ঠিক আছে", "ওকে ঠিক আছে", *_SUBMITTING), "yes"),
    **dict.fromkeys(("no", "n", "না", "na", "naa", "nah"), "no"),
    **dict.fromkeys(("change subject", "change the subject", "wrong subject", "change category", "বিষয় বদলান",
                     "বিষয় বদলাও", "বিষয় পাল্টান", "বিষয় ভুল", "bishoy bodlan", "bisoy bodlan", "bishay badlan"),
                    "subject"),
    # at the summary (Change, and what it offers), where other words typed are more of the description
    **dict.fromkeys(("change", "edit", "change something", "বদলান", "বদলাও", "বদলাব", "পাল্টান", "bodlan", "bodlao",
                     "paltan"), "change"),
    **dict.fromkeys(("change place", "change the place", "change location", "wrong place", "জায়গা বদলান",
                     "জায়গা বদলাও", "জায়গা পাল্টান", "জায়গা ভুল", "স্থান বদলান", "jayga bodlan", "jaiga bodlan",
                     "jayga bodlao", "jaiga bodlao"), "place"),
    **dict.fromkeys(("remove photo", "remove photos", "remove the photo", "remove the photos", "remove file",
                     "remove files", "remove photo/file", "remove photos/files", "remove attachment",
                     "remove attachments", "delete photo", "delete photos", "wrong photo", "ছবি সরান", "ছবি সরাও",
                     "ছবি/ফাইল সরান", "ফাইল সরান", "ছবি বাদ দিন", "ছবি মুছুন", "ছবি মুছে দিন", "ভুল ছবি",
                     "chobi soran", "chobi sorao", "chobi bad din", "chhobi soran"), "unattach"),
    **dict.fromkeys(("cancel", "discard", "don't submit", "do not submit", "বাতিল", "বাতিল করুন", "জমা দেব না",
                     "না, জমা দেব না", "জমা দিও না", "জমা করবেন না", "batil", "batil korun", "baatil"), "cancel"),
    # a change of mind while a complaint is put together (shared.changed_mind): asked about (carry on, or start
    # again / discard it), never taken as its description nor as dropping what was given without a word
    **changed_mind.WORDS,
}
# a button's title typed instead of tapped, beside its title in each language of the texts (``titles``): Bengali in
# Latin letters (Banglish), the spellings of it phones type in Bengali letters, and plain English for the same
TYPED_TITLES: dict[str, tuple[str, ...]] = {
    "btn_yes_here": ("ha eta", "ha eta thik", "haa eta", "haan eta", "hya eta", "ha eta i", "ha etai", "eta thik",
                     "eta i thik", "etai thik", "ha thik jayga", "হ্যাঁ এটাই ঠিক", "হ্যা এটাই", "হ্যাঁ এটা", "এটাই",
                     "এটাই ঠিক", "এটা ঠিক", "ঠিক জায়গা", "yes this is right", "yes that is it", "yes this one",
                     "yes correct", "that's it", "this is right", "correct", "right place"),
    "btn_pick": ("talika theke bachhbo", "talika theke bachbo", "talika theke bachhun", "talika dekhan", "list dekhan",
                 "list theke bachbo", "তালিকা দেখান", "তালিকা থেকে বাছব", "choose from the list", "show the list",
                 "list"),
    "btn_reopen": ("abar khulun", "abar kholo", "abar khulo", "abar khule din", "abar khule dao", "abar open korun",
                   "abar open koro", "reopen korun", "reopen koro", "আবার খোলো", "আবার খোলা হোক", "আবার খুলে দিন",
                   "আবার খুলে দাও", "open again", "open it again", "reopen it", "reopen please"),
    "btn_reopen_said": ("eta diye abar khulun", "eti diye abar khulun", "এটা দিয়ে আবার খুলুন",
                        "এটা দিয়ে আবার খোলো"),
    "btn_send": ("pathan", "pathao", "pathiye din", "pathiye dao", "send korun", "send koro", "পাঠিয়ে দিন",
                 "পাঠিয়ে দাও", "পাঠাও", "send it"),
    "btn_dont_send": ("pathaben na", "pathio na", "pathiyo na", "pathabo na", "na pathan", "send korben na",
                      "পাঠিও না", "পাঠাব না", "পাঠাবো না", "পাঠাতে হবে না", "don't send it", "do not send"),
}
SUBMIT = frozenset(unicodedata.normalize("NFC", w) for w in _SUBMITTING)
WORDS = {unicodedata.normalize("NFC", w): meaning for w, meaning in _WORDS.items()}


def meaning(text: str, step: str = "") -> str | None:
    """The word typed, as the current ``step`` reads it: "0", "#" or "*" alone is "back", but for the rating's
    "0" and "*" (a number of stars, or a star); a new complaint asked for in other words ("obhijog korbo") is "new"."""
    if goes_back(text, answers="0*" if step in STARS else ""):
        return "back"
    return WORDS.get(typed_word(text)) or ("new" if asks_new(text) else None)


def titles(texts: Catalog, *keys: str) -> set[str]:
    """The titles of the buttons ``keys`` as people type them (``typed_word``): in every language of the texts,
    and as they are typed otherwise (``TYPED_TITLES``)."""
    return {typed_word(said) for key in keys
            for said in (*(texts(key, lang) for lang in LANGS), *TYPED_TITLES.get(key, ()))}


def ticket_number(text: str) -> str | None:
    """``GRV-2026-000007``; typed without its year, ``GRV-000007``, which ``tickets.of_person`` finds among the
    person's own."""
    found = NUMBER.search(typed_number(text))
    if found is None:
        return None
    year, serial = found.group(1), int(found.group(2) or found.group(3))
    return f"GRV-{year}-{serial:06d}" if year else f"GRV-{serial:06d}"


def stars(text: str) -> int:
    """A rating typed as a number ("4", "৪", "4 stars", "৪ তারা", "4 ta"), in a word ("চার", "pach tara") or as
    stars ("★★★★", "⭐⭐⭐⭐"); 0 when it is none of these, for the rule to answer with the range."""
    typed_ = latin_digits(text).strip(EDGES).replace("\ufe0f", "")
    if typed_ and not typed_.strip("★⭐ "):
        return typed_.count("★") + typed_.count("⭐")
    found = _RATING.fullmatch(typed_)
    return int(found.group(1)) if found else count_in_words(typed_, _STAR_WORDS) or 0


def stars_said(text: str) -> int:
    """A rating said as one ("4 stars", "৪ তারা", "★★★★"); 0 for a count alone, which at a complaint's view is no
    answer to anything."""
    said = typed_word(text)
    return stars(text) if "★" in said or "⭐" in said or any(word in said for word in _STAR_WORDS) else 0


def west_bengal_district(text: str) -> str | None:
    """A district of West Bengal (its key) by either name as people type it: with a slip of a letter or Bengali
    spelt in Latin letters ("puruliya"), "district" or "জেলা" after it."""
    said = _DISTRICT_WORD.sub("", typed_word(text))
    return district_key(said) or district_near(said, DISTRICTS)
