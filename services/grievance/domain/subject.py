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
              "pani", "tubewel", "kol er jol", "জল", "পানি", "পানীয় জল", "নলকূপ", "টিউবওয়েল", "টিউবকল", "কলের জল",
              "kol", "কল", "chapakol", "chapa kol", "চাপাকল", "tubekol", "tube kol", "nolkup", "nalkup", "nolkoop",
              "jolkol", "jalkol", "pipeline", "পাইপলাইন", "পাইপ"),
    "roads": ("road", "pothole", "rasta", "raasta", "sarak", "sadak", "gorto", "রাস্তা", "সড়ক", "গর্ত", "খানাখন্দ",
              "rastha", "path", "পথ", "goli", "গলি", "street", "bridge", "culvert", "setu", "সেতু", "কালভার্ট", "pul",
              "পুল", "সাঁকো", "sanko", "sako", "পিচ"),
    "lights": ("street light", "streetlight", "light", "lamp", "bati", "batti", "path bati", "পথবাতি", "বাতি", "লাইট",
               "ল্যাম্প", "স্ট্রিট লাইট", "alo", "আলো", "rastar alo", "rastar batti", "rastar bati", "rastar light",
               "রাস্তার আলো", "রাস্তার বাতি", "রাস্তার লাইট", "bulb", "বাল্ব", "lamp post", "lamppost", "ল্যাম্পপোস্ট",
               "andhokar", "ondhokar", "অন্ধকার", "jole na", "jolche na", "jwole na", "jwolche na", "জ্বলে না",
               "জ্বলছে না"),
    "drainage": ("drain", "drainage", "sewer", "sewage", "garbage", "rubbish", "sanitation", "nala", "nalla", "nullah",
                 "nordoma", "drain jam", "moyla", "নালা", "নর্দমা", "ড্রেন", "নিকাশি", "নিকাশী", "আবর্জনা", "ময়লা",
                 "জঞ্জাল", "abor jona", "aborjona", "abarjana", "abarjona", "jonjal", "nordama", "nardama", "nikashi",
                 "nikasi", "jol nikashi", "jal nikashi", "jol nikasi", "জল নিকাশি", "জল নিকাশী", "jol jome",
                 "jol jomeche", "jol jomche", "জল জমে", "জল জমেছে", "জল জমছে", "nongra", "নোংরা", "kachra", "kochra",
                 "durgondho", "দুর্গন্ধ", "toilet", "latrine", "shouchagar", "souchagar", "শৌচাগার", "শৌচালয়",
                 "paykhana", "পায়খানা", "dustbin", "ডাস্টবিন", "mosquito", "mosquitoes", "mosha", "mosa", "মশা"),
    "housing": ("awas", "awaas", "abas", "housing scheme", "pmay", "আবাস", "আবাস যোজনা", "বাংলা আবাস", "housing",
                "pakka bari", "pakka ghar", "pucca house", "পাকা বাড়ি", "পাকা ঘর", "ghorer taka", "ঘরের টাকা",
                "barir taka", "বাড়ির টাকা"),
    "pension": ("pension", "old age allowance", "widow allowance", "bhata", "vata", "lakshmir bhandar", "পেনশন",
                "পেনসন", "ভাতা", "বার্ধক্য ভাতা", "বিধবা ভাতা", "লক্ষ্মীর ভাণ্ডার", "penson", "bhatta", "allowance",
                "lokkhir bhandar", "laxmir bhandar", "lakhir bhandar", "lokhir bhandar", "lakshmi bhandar",
                "lokkhi bhandar", "laxmi bhandar", "lakhi bhandar", "lokhi bhandar", "lokkhir vandar",
                "লক্ষ্মী ভাণ্ডার", "লক্ষ্মীর ভান্ডার", "লক্ষ্মী ভান্ডার", "লক্ষীর ভাণ্ডার", "লক্ষীর ভান্ডার",
                "লক্ষী ভান্ডার", "বার্ধক্য", "বিধবা",
                "bidhoba", "bidhaba", "joy bangla", "জয় বাংলা"),
    "jobcard": ("job card", "jobcard", "100 din", "100 days", "100 days work", "ekso din", "mgnrega", "nrega",
                "mgnregs", "wages", "wage", "mojuri", "majuri", "জব কার্ড", "জবকার্ড", "100 দিন", "একশো দিন",
                "মজুরি", "মজুরী", "eksho din", "একশ দিন", "narega", "manrega", "নরেগা", "মনরেগা", "karmashree",
                "karmasree", "kormoshree", "কর্মশ্রী", "job kard"),
    "certificates": ("birth certificate", "death certificate", "jonmo", "janma", "mrityu", "জন্ম", "মৃত্যু",
                     "জন্ম সার্টিফিকেট", "মৃত্যু সার্টিফিকেট", "শংসাপত্র", "birth", "mrittu", "sonsapatra",
                     "songsapatra", "shongshapotro"),
    "building": ("building permission", "building plan", "bhabon", "ভবন", "নির্মাণের অনুমতি", "বাড়ি তৈরির অনুমতি",
                 "bhaban", "plan pass", "barir plan", "বাড়ির নকশা", "বাড়ির প্ল্যান", "নকশা অনুমোদন",
                 "nirman onumoti", "nirmaner onumoti"),
    "trade": ("trade licence", "trade license", "trade noc", "ট্রেড লাইসেন্স", "ট্রেড", "trade", "licence", "license",
              "লাইসেন্স", "byabsa", "bebsa", "babsa", "ব্যবসা"),
    "conduct": ("bribe", "rude", "misbehave", "misbehaved", "misbehaviour", "ghus", "ghush", "ঘুষ", "অভদ্র",
                "দুর্ব্যবহার", "খারাপ ব্যবহার", "ghoosh", "corruption", "durniti", "দুর্নীতি", "taka chay",
                "taka chaiche", "taka cheyeche", "টাকা চায়", "টাকা চাইছে", "টাকা চেয়েছে", "galagali", "গালাগালি",
                "গালি", "kharap byabohar", "kharap bebohar", "durbyabohar", "durbebohar", "খারাপ আচরণ",
                "kharap achoron", "kharap acharan", "dhomki", "dhamki", "হুমকি"),
    # stray dogs biting, monkeys or elephants a menace: no office's subject of its own
    "other": ("stray dog", "dog", "dogs", "kukur", "কুকুর", "monkey", "monkeys", "bandor", "bondor", "বাঁদর", "হনুমান",
              "elephant", "elephants", "hati", "হাতি"),
}
# and Hindi's, in Latin letters and in Devanagari ("paani nahi aa raha", "नाली जाम है", "सड़क टूटी है"); "bijli"
# (electricity) names no category: its supply is the electricity company's, a street light's is the lights'
_HINDI: dict[str, tuple[str, ...]] = {
    "water": ("paani", "पानी", "peene ka paani", "पीने का पानी", "nal", "नल", "hand pump", "हैंडपंप", "चापाकल"),
    "roads": ("सड़क", "रास्ता", "गली", "gaddha", "gadda", "गड्ढा", "पुल"),
    "lights": ("बत्ती", "स्ट्रीट लाइट", "लाइट", "andhera", "अंधेरा"),
    "drainage": ("nali", "naali", "नाली", "नाला", "कचरा", "kooda", "kuda", "कूड़ा", "gandagi", "गंदगी", "machhar",
                 "मच्छर", "shauchalay", "शौचालय"),
    "housing": ("आवास", "pakka makan", "पक्का मकान"),
    "pension": ("पेंशन", "vridha pension", "वृद्धा पेंशन", "विधवा पेंशन"),
    "jobcard": ("जॉब कार्ड", "मनरेगा", "mazdoori", "majdoori", "मजदूरी"),
    "certificates": ("janm praman patra", "जन्म प्रमाण पत्र", "मृत्यु प्रमाण पत्र"),
    "conduct": ("rishwat", "रिश्वत", "घूस", "bhrashtachar", "भ्रष्टाचार"),
    "other": ("kutta", "kutte", "कुत्ता", "कुत्ते", "bandar", "बंदर", "haathi", "हाथी"),
}
_CLUES = {key: clues + _HINDI.get(key, ()) for key, clues in _CLUES.items()}
# a pradhan, a member, the secretary, an officer or the BDO not working, not at the office or not answering the phone,
# "pradhan kaj korche na", "প্রধান অফিসে আসে না", "officer phone dhorche na": the official's conduct; the official
# alone names none ("pradhan rasta banay ni": roads)
_OFFICIALS = ("pradhan", "prodhan", "upopradhan", "secretary", "sochib", "sachib", "member", "officer", "bdo",
              "প্রধান", "উপপ্রধান", "সচিব", "মেম্বার", "অফিসার", "বিডিও")
_UNDONE = ("kaj kore na", "kaj korche na", "kaj koren na", "kaj korchen na", "office e ase na", "office e asen na",
           "phone dhore na", "phone dhoren na", "phone dhorche na", "phone dhorchen na", "কাজ করে না", "কাজ করছে না",
           "কাজ করেন না", "কাজ করছেন না", "অফিসে আসে না", "অফিসে আসেন না", "ফোন ধরে না", "ফোন ধরেন না", "ফোন ধরছে না",
           "ফোন ধরছেন না")
_CLUES["conduct"] += tuple(f"{official} {undone}" for official in _OFFICIALS for undone in _UNDONE)
# what each language adds to a word: a plural, a case ending, "the" (টা, টি), "also"
_ENDINGS = ("", "s", "es", "e", "er", "r", "y", "te", "ke", "ta", "ti", "gulo", "o",
            "ে", "ের", "র", "য়", "তে", "কে", "টা", "টি", "টার", "টির", "গুলো", "গুলি", "ও", "ই")
_ENDINGS = tuple(unicodedata.normalize("NFC", ending) for ending in _ENDINGS)
# a road's words that say only where something is ("rastay alo nei", the light on the road): with a light's words the
# light is the street's, and the road no subject of its own; a pothole, a bridge, tar are the road's own trouble
_WHERE = frozenset(("road", "rasta", "raasta", "rastha", "path", "পথ", "রাস্তা", "সড়ক", "sarak", "sadak", "goli",
                    "গলি", "street", "सड़क", "रास्ता", "गली"))


def _words(text: str) -> list[str]:
    """``text`` as words: NFC (a Bengali letter has two spellings in Unicode), case folded, Bengali digits as
    Latin ones, split at spaces, punctuation (the dari too) and symbols."""
    text = latin_digits(unicodedata.normalize("NFC", text)).casefold()
    cut = "".join(" " if unicodedata.category(ch)[0] in "PSZC" else ch for ch in text)
    return cut.split()


# each clue's words, and the forms its last word is said in (with each of ``_ENDINGS``)
_TABLE: dict[str, list[tuple[list[str], frozenset[str]]]] = {
    key: [(words, frozenset(words[-1] + ending for ending in _ENDINGS)) for words in map(_words, clues)]
    for key, clues in _CLUES.items()}
_WHERE_SAID = frozenset(word + ending for word in map(" ".join, map(_words, _WHERE)) for ending in _ENDINGS)


def _spans(words: list[str], at: dict[str, list[int]], clue: list[str], last_said: frozenset[str]
           ) -> list[tuple[int, int]]:
    """Where ``clue`` is said in ``words`` (``at``: where each word is), as (first, past the last) word; looked for
    only where its first word is, not at every word of the text for every clue."""
    last = len(clue) - 1
    starts = at.get(clue[0], []) if last else sorted(i for said in last_said for i in at.get(said, ()))
    return [(start, start + last + 1) for start in starts if start + last < len(words)
            and words[start:start + last] == clue[:last] and words[start + last] in last_said]


def guess(text: str, offered: Iterable[str]) -> str | None:
    """The one category among ``offered`` (keys) whose words ``text`` says; None when none or several do. Words
    said within a longer clue of another category are that clue's: "rastar batti" (the road's lamp) names the lights,
    not the road too; "batti jole na" (does not burn) and "jol jome ache" (water stands) are no drinking water. A
    light said with the road it stands on alone ("rastay alo jole na") is a street light."""
    words = _words(text)
    at: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        at.setdefault(word, []).append(i)
    said = [(key, span) for key in offered for clue, last_said in _TABLE.get(key, ())
            for span in _spans(words, at, clue, last_said)]
    return named(words, said)


def named(words: list[str], said: list[tuple[str, tuple[int, int]]]) -> str | None:
    """The one category ``said`` (each category with where its clue is in ``words``) names: words within a longer
    clue of another category are that clue's; a light with the road it stands on alone is the light's."""
    def within_other(key: str, span: tuple[int, int]) -> bool:
        return any(other != key and wider[0] <= span[0] and span[1] <= wider[1] and wider != span
                   for other, wider in said)

    keys = list(dict.fromkeys(key for key, span in said if not within_other(key, span)))
    if set(keys) == {"lights", "roads"} and all(
            " ".join(words[span[0]:span[1]]) in _WHERE_SAID for key, span in said if key == "roads"):
        return "lights"
    return keys[0] if len(keys) == 1 else None
