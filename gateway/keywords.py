"""The few words the gateway answers itself, in either language, whatever the service in between.

They are the person's way out of any conversation ("menu" always returns to the menu), so they are
matched on the whole message only — "menu" inside a sentence is ordinary text for the service. What a
phone adds around a word does not count: case, full-width letters (NFKC), invisible joiners and spaces
(format characters), and punctuation, emoji and symbols at either end ("Hi 👋", "নমস্কার 🙏").
"""
from __future__ import annotations

import re
import unicodedata
from typing import Literal

from shared.chat import Lang
from shared.india import plain, slip_of
from shared.thanks import OK, THANKS, courtesy, thanked

Keyword = Literal["hello", "greeting", "menu", "help", "language", "stop", "start", "thanks", "ok"]

# The English words as people also write them in Bengali script (a Bengali keyboard): "মেনু", "হেল্প", "স্টপ"; the
# Bengali ones as they write them in Latin letters (Banglish): "nomoskar", "sahajjo", "bondho".
_WORDS: dict[str, Keyword] = {
    **dict.fromkeys(("hi", "hii", "hello", "hey", "hi sir", "hello sir", "good morning", "namaste", "নমস্কার",
                     "নমস্তে", "হাই", "হ্যালো", "হেলো", "namaskar", "nomoskar", "namoskar", "nomoshkar"), "hello"),
    # Greeted back with the menu, inside a conversation too as "hi" is (``greets``), but for those that are names too
    # ("Salam", ``_NAMED_GREETINGS``): there they may be its step's answer
    **dict.fromkeys(("hlo", "helo", "hallo", "hiii", "hello ji", "good evening", "good afternoon", "good morning sir",
                     "good evening sir", "salam", "salaam", "assalamu alaikum", "assalamualaikum", "assalamu alaykum",
                     "asalamu alaikum", "assalam alaikum", "asalam alaikum", "salam alaikum", "salamu alaikum", "adab",
                     "pranam", "সালাম", "আসসালামু আলাইকুম", "আস্সালামু আলাইকুম", "আসসালামুয়ালাইকুম", "আদাব", "প্রণাম",
                     "সুপ্রভাত", "শুভ সকাল", "শুভ সন্ধ্যা", "শুভ বিকেল", "নমস্কার স্যার", "namaskar sir"), "greeting"),
    **dict.fromkeys(("menu", "main menu", "menu please", "মেনু", "মেন্যু", "মূল মেনু"), "menu"),
    # ... and as a phone's keyboard slips on it, the way back from any step ("mnu", "mneu", "menue"); never "manu" or
    # "meni", which are names a step may ask for
    **dict.fromkeys(("mnu", "mneu", "menue", "menuu", "meun", "menyu", "menu pls", "menu plz"), "menu"),
    # the menu asked for in everyday words, whole: "মেনু দিন", "menu dekhao", "back to menu"
    **dict.fromkeys(("মেনু দিন", "মেনু দাও", "মেনু দেখান", "মেনু দেখাও", "মেনুতে ফিরুন", "মেনুতে যান", "main মেনু",
                     "মেইন মেনু", "menu dao", "menu din", "menu dekhao", "menu dekhan", "show menu", "show me the menu",
                     "go to menu", "back to menu", "go back to menu", "back to main menu", "open menu"), "menu"),
    **dict.fromkeys(("help", "সাহায্য", "হেল্প", "হেলপ", "sahajya", "sahajyo", "sahajjo", "shahajjo", "sahayya",
                     "help me", "help please", "help pls", "need help", "i need help", "সাহায্য চাই", "সাহায্য করুন",
                     "সাহায্য দরকার", "হেল্প চাই", "help chai", "help korun", "help lagbe", "help dorkar",
                     "sahajyo chai", "sahajjo chai", "sahajya chai", "sahajyo lagbe", "sahajjo lagbe", "sahajyo korun",
                     "sahajjo korun", "please help", "pls help", "please help me", "সাহায্য লাগবে", "হেল্প লাগবে",
                     "একটু সাহায্য করুন", "ektu help korun", "ektu sahajyo korun"), "help"),
    # a newcomer's first questions, whole: what can be done here (the help), which services there are (the menu)
    **dict.fromkeys(("what can i do", "what can i do here", "what can you do", "how does this work", "how to use this",
                     "ami ki korte pari", "ki korte pari", "ekhane ki kora jay", "ki kora jay", "ekhane ki hoy",
                     "আমি কী করতে পারি", "আমি কি করতে পারি", "কী করতে পারি", "কি করতে পারি", "এখানে কী করা যায়",
                     "এখানে কি করা যায়", "কী করা যায়", "কি করা যায়", "এখানে কী হয়",
                     # with "here" after it, or before "I"
                     "ami ki korte pari ekhane", "ekhane ami ki korte pari", "ekhane ki korte pari",
                     "ki korte pari ekhane", "what can i do with this",
                     "আমি এখানে কী করতে পারি", "আমি এখানে কি করতে পারি", "এখানে আমি কী করতে পারি",
                     "এখানে আমি কি করতে পারি", "এখানে কী করতে পারি", "এখানে কি করতে পারি",
                     # what all ("ki ki"), as often asked
                     "ekhane ki ki kora jay", "ki ki kora jay", "এখানে কী কী করা যায়", "এখানে কি কি করা যায়"), "help"),
    **dict.fromkeys(("what services are there", "what services", "which services", "what services do you have",
                     "ki ki seba ache", "ki ki sheba ache", "ki ki seba pabo", "ki ki sheba pabo", "kon kon seba ache",
                     "কী কী পরিষেবা আছে", "কি কি পরিষেবা আছে", "কী কী সেবা আছে", "কি কি সেবা আছে", "কী কী পরিষেবা পাব",
                     "কোন কোন পরিষেবা আছে",
                     # and as people put it to a desk: "what services do you provide", "services", পরিষেবার তালিকা
                     "services", "all services", "list of services", "service list", "show services",
                     "show me the services", "what services do you provide", "what services do you offer",
                     "what services are available", "which services are available", "which services do you provide",
                     "what services can i get", "ki ki service ache", "ki ki service pabo", "ki ki seba dewa hoy",
                     "কী কী পরিষেবা দেওয়া হয়", "কি কি পরিষেবা দেওয়া হয়", "পরিষেবার তালিকা", "সব পরিষেবা",
                     # seva, sheva, as the word is spelt in Latin letters too
                     "ki ki seva ache", "ki ki seva pabo", "ki ki sheva ache", "ki ki seba pawa jay",
                     "ki ki seva pawa jay", "ki ki service pawa jay", "kon kon seva ache", "কী কী সেবা পাওয়া যায়",
                     "কী কী পরিষেবা পাওয়া যায়"), "menu"),
    **dict.fromkeys(("language", "lang", "ভাষা", "ল্যাঙ্গুয়েজ", "bhasha", "bhasa"), "language"),
    # asked to change it in everyday words, whole, without naming one: "change language", "ভাষা বদলাও"
    **dict.fromkeys(("change language", "change the language", "language change", "change my language",
                     "ভাষা বদলাও", "ভাষা বদলান", "ভাষা বদলাতে চাই", "ভাষা পরিবর্তন", "ভাষা পরিবর্তন করুন",
                     "ভাষা পাল্টাও", "ভাষা পাল্টান", "bhasha bodlao", "bhasha bodlan", "bhasha change",
                     "language change korbo", "language bodlao"), "language"),
    # Whole messages only, so ordinary answers at a service's step are not taken: no bare "শুরু" (begin).
    **dict.fromkeys(("stop", "unsubscribe", "stop promotions", "বন্ধ", "বন্ধ করুন", "বিজ্ঞপ্তি বন্ধ", "স্টপ", "bondho",
                     "bandho", "bondho korun"), "stop"),
    # the messages refused in everyday words, whole ("please stop the tanker" stays a complaint's words)
    **dict.fromkeys(("stop messages", "stop sending messages", "stop sending", "stop notifications", "stop please",
                     "please stop", "please stop sending messages", "stop messaging", "stop messaging me",
                     "stop sending me messages", "please stop sending me messages",
                     "don't send messages", "don’t send messages", "dont send messages", "do not send messages",
                     "no more messages", "বার্তা বন্ধ", "বার্তা বন্ধ করুন", "মেসেজ বন্ধ", "মেসেজ বন্ধ করুন",
                     "বার্তা পাঠাবেন না", "মেসেজ পাঠাবেন না", "আর মেসেজ পাঠাবেন না", "আর বার্তা পাঠাবেন না",
                     "message bondho", "message bondho korun", "message pathaben na", "sms bondho"), "stop"),
    **dict.fromkeys(("start", "subscribe", "চালু", "চালু করুন", "বিজ্ঞপ্তি চালু", "আবার চালু", "স্টার্ট", "chalu",
                     "chalu korun"), "start"),
    # Said when the person has what they came for (shared.thanks): inside a service's conversation its service
    # answers them, as they may be its answer there, so the shell answers them only outside any.
    **dict.fromkeys(THANKS, "thanks"), **dict.fromkeys(OK, "ok"),
}
# A no, or none of them, typed alone: at the list asking which service words are for, the person sends them nowhere
_DECLINED = ("no", "n", "na", "naa", "nah", "nope", "none", "neither", "no thanks", "not these", "none of these",
             "না", "নাহ", "না থাক", "থাক", "কোনোটাই না", "কোনটাই না", "কোনোটা না", "thak", "na thak", "konotai na",
             "kono tai na", "kono ta na", "konota na")
# Greetings that are names too (a guest's, "Salam"): inside a conversation they stay its step's answer
_NAMED_GREETINGS = ("salam", "salaam", "সালাম")
# A language named in either language; the numbers only answer the language question (1 বাংলা, 2 English).
_LANGS: dict[str, Lang] = {
    **dict.fromkeys(("বাংলা", "bangla", "bengali", "bangali"), "bn"),
    **dict.fromkeys(("english", "ইংরেজি", "ইংলিশ", "ingreji", "inglish"), "en"),
}
_NUMBERS: dict[str, Lang] = {"1": "bn", "১": "bn", "2": "en", "২": "en"}
# A language asked for in everyday words: its name with a case ending ("ইংরেজিতে", "বাংলায়", "banglay", "englishe")
# among words that only ask ("bangla te bolo", "english please", "বাংলায় বলুন", "reply in English"); none of them
# says anything else, so "my english is weak" or "ami bangla bujhi na" stay the person's words for the service
_ENDINGS = ("তে", "য়", "ে", "te", "y", "e")
_ASKING = frozenset((
    "please", "pls", "plz", "in", "speak", "talk", "reply", "write", "answer", "me", "to", "with", "only", "language",
    "can", "you", "switch", "change", "use", "te", "e", "a", "ta", "bolo", "bolun", "bol", "bolben", "bolte", "kotha",
    "korun", "koro", "likhun", "likho", "lekho", "uttor", "din", "dao", "chai", "bhasay", "bhashay", "bhasa", "bhasha",
    "kore", "doya", "daya", "amar", "amake", "sathe", "shathe", "বলুন", "বলো", "বল", "বলবেন", "কথা", "লিখুন", "লেখো",
    "লিখো", "উত্তর", "দিন", "দাও", "চাই", "ভাষায়", "ভাষা", "করে", "করুন", "দয়া", "প্লিজ", "আমার", "আমাকে", "সাথে",
    "সঙ্গে",
))
# Bengali written in Latin letters (Banglish): the keywords above in it, and the everyday words of a first message
# ("amar complain ache", "rastay boro gorto", "jol nei tin din dhore", "dada amar ekta obhijog ache"), none of them
# English, so that a first message in it puts বাংলা first and is answered in Bengali when the language is guessed
BANGLISH = frozenset((
    "namaskar", "nomoskar", "namoskar", "nomoshkar", "sahajya", "sahajyo", "sahajjo", "shahajjo", "sahayya",
    "bhasha", "bhasa", "bondho", "bandho", "korun", "chalu", "dhonnobad", "dhonyobad", "dhanyabad", "dhonnobaad",
    "accha", "achha", "thik", "ache", "achhe", "ase", "amar", "ami", "amader", "amra", "apnar", "apni", "apnader",
    "amake", "tumi", "tomar", "nei", "nai", "na", "hoyni", "hocche", "hobe", "hoye", "hoyeche", "geche", "gache",
    "korbo", "korte", "kore", "korchi", "koreche", "chai", "dorkar", "lagbe", "kothay", "kobe", "keno", "kemon",
    "kivabe", "ki", "kichu", "kono", "keu", "ekta", "ekti", "onek", "khub", "ekhane", "ekhon", "aaj", "kal", "theke",
    "dhore", "din", "jolche", "jol", "jal", "alo", "rasta", "rastay", "rastar", "raasta", "boro", "choto", "gorto",
    "bhanga", "bhenge", "bari", "barir", "barite", "panchayater", "obhijog", "abhijog", "ovijog", "nalish", "bhai",
    "dada", "didi", "kaku", "pani", "kharap", "batti", "ghor", "mayne", "mainer", "beton", "betoner", "jolena",
    # asking for something: "salary slip dao", "slip pathan", "payslip diben", "amar slip ta dekhao"
    "dao", "diben", "deben", "dite", "dekhao", "dekhan", "pathan", "pathao", "pathaben", "pathiye", "koro",
    "korben", "bolo", "bolun", "janan", "janaben", "chaichi", "taka", "koto", "ta", "er",
    # and what a first message tells: "current bill beshi eseche", "rastar kaj korche na", "taka ekhono paini"
    "beshi", "kom", "eseche", "esechhe", "asche", "ashche", "asbe", "ashe", "korche", "korchhe", "korlo",
    "kaj", "pabo", "paini", "pelam", "chilo", "chhilo", "jabe", "dicche", "dilo", "ekhono", "abar", "kintu",
    "bhalo", "hoy", "hoyna", "dhukeche", "dhukche", "pawa", "paoa",
))
# The words an English sentence is hardly without, and Hindi's in Latin letters (hai, nahi, mera: Hindi is no
# Bengali either): a message with as many of them as of the words above is no Banglish ("the road near my bari is
# broken" stays English, "Ami" or "bari" a name in it)
NOT_BANGLISH = frozenset((
    "the", "a", "an", "is", "are", "was", "were", "be", "been", "has", "have", "had", "i", "my", "me", "we", "our",
    "you", "your", "it", "this", "that", "there", "not", "no", "for", "of", "in", "on", "at", "to", "from", "with",
    "and", "since", "please", "can", "will", "do", "does", "what", "where", "when", "how", "why",
    "hai", "hain", "nahi", "nahin", "mera", "meri", "mere", "kya", "aur",
))

# The words above that an English or Hindi sentence also holds: a name (Ami, Amar), a word English took (chai, dada,
# didi) or Hindi's too (na, ki, kal, din, jal, rasta, bari, bhai, aaj, thik, accha). A tie of Banglish and English
# words is Bengali only when a Banglish word among them is none of these but Bengali's own grammar ("my ghor book
# korbo", "water nei at home"): the person writes Bengali with English words in it, as people here do, and a sentence
# can hold a name or a borrowed word but hardly "korbo" or "nei" unless it is Bengali ("Dada the road" stays English)
SHARED = frozenset((
    "ami", "amar", "na", "nai", "ki", "kal", "din", "jal", "rasta", "raasta", "bari", "bhai", "dada", "didi", "kaku",
    "chai", "aaj", "thik", "accha", "achha", "boro", "khub", "ase", "pani", "batti", "pathan", "bolo", "ta", "er",
))
# Bengali's "the one" and "of" ("slip ta", "salary er slip") are English chat's thanks and pause too ("ta very much",
# "er, I want to book a room"): they count only beside a word of Bengali's own grammar (one not in ``SHARED``)
PARTICLES = frozenset(("ta", "er"))
_BENGALI = re.compile(r"[\u0980-\u09FF]")
WORDS = {plain(word): kw for word, kw in _WORDS.items()}
DECLINED = frozenset(plain(word) for word in _DECLINED)
NAMED_GREETINGS = frozenset(plain(word) for word in _NAMED_GREETINGS)
LANG_NAMES = {plain(word): lang for word, lang in _LANGS.items()}
ENDINGS = tuple(plain(ending) for ending in _ENDINGS)
ASKING = frozenset(plain(word) for word in _ASKING)


def keyword(text: str | None) -> Keyword | None:
    """The keyword a whole message is, ignoring case, spaces and punctuation around it ("Hi!" → hello); a message
    of emoji alone is thanks or ok when they are all emoji of thanks or approval, and thanks said with words that
    only go with it ("ok thank you so much", "onek dhonnobad") is thanks."""
    if not text:
        return None
    said = plain(text)
    return WORDS.get(said) or thanked(said) if said else courtesy(text)  # emoji alone: 👍 is ok, 🙏 thanks


# Lost for what to do, said whole: "I don't understand", "ki korbo bujhte parchi na", "কী করব". At the main menu, and
# from a first-timer, the help answers it; inside a service's conversation it is that step's to answer (a list's
# question, "which block is mine?", is told what the list wants)
CONFUSED = frozenset(plain(phrase) for phrase in (
    "i don't understand", "i dont understand", "i do not understand", "don't understand", "dont understand",
    "i am confused", "i'm confused", "im confused", "confused", "what should i do", "what do i do", "what to do",
    "what should i do now", "what do i do now", "i don't know what to do", "i dont know what to do",
    "ki korbo", "ami ki korbo", "ekhon ki korbo", "ki korte hobe", "bujhte parchi na", "bujhchi na", "bujhi na",
    "kichu bujhchi na", "kichu bujhte parchi na", "ki korbo bujhte parchi na", "ki korbo bujhchi na",
    # and said of what was just read ("kichu bujhlam na", "I didn't understand", "বুঝতে পারলাম না")
    "bujhlam na", "kichu bujhlam na", "kichui bujhlam na", "bujhte parlam na", "kichu bujhte parlam na",
    "i didn't understand", "i didnt understand", "i did not understand", "didn't understand", "not understood",
    "বুঝলাম না", "কিছু বুঝলাম না", "কিছুই বুঝলাম না", "বুঝতে পারলাম না", "কিছু বুঝতে পারলাম না",
    "কী করব", "কি করব", "আমি কী করব", "আমি কি করব", "এখন কী করব", "এখন কি করব", "কী করতে হবে", "কি করতে হবে",
    "বুঝতে পারছি না", "কিছু বুঝতে পারছি না", "বুঝছি না", "কিছু বুঝছি না", "বুঝি না", "কী করব বুঝতে পারছি না",
    "কি করব বুঝতে পারছি না"))


_QUESTION_MARKS = frozenset("?？¿")  # "?" or "???" alone: a question with no words, as lost as "ki korbo"


def confused(text: str | None) -> bool:
    """A whole message saying the person does not know what to do here (``CONFUSED``), or question marks alone."""
    if not text or not (said := "".join(text.split())):
        return False
    return set(said) <= _QUESTION_MARKS or plain(text.replace("’", "'")) in CONFUSED


# a machine or a person, as asked of a chat ("a bot", "a real person", "human")
_WHAT = (r"(?:an?\s+|the\s+)?(?:bot|robot|chat\s*bot|machine|computer|ai|human(?:\s+being)?|real\s+(?:person|human)"
         r"|person|automatic|automated(?:\s+(?:reply|service|system))?)")
# Who runs this number, asked in a whole message ("who are you?", "is this an official government number?", "customer
# care number?", "apni ke?", "এটা কি সরকারি নম্বর?"): at the main menu, whose it is and the help, not unread words
ABOUT = re.compile(unicodedata.normalize("NFKC", (
    r"(?:who\s+are\s+you|who\s+is\s+this|what\s+is\s+this(?:\s+(?:number|service|chat|account))?"
    r"|is\s+this\s+(?:an?\s+|the\s+)?(?:official|government|govt|genuine|real|fake|true|authentic|legit)"
    r"(?:\s+(?:government|govt|official))?(?:\s+(?:number|service|chat|account|whatsapp))?"
    r"|whose\s+number\s+is\s+this|(?:customer\s+care|helpline|help\s+line|contact|toll\s+free)\s+(?:number|no)"
    r"|apn(?:i|ara)\s+ke|ke\s+apn(?:i|ara)|tumi\s+ke|tomra\s+ke|eta\s+kar\s+number"
    r"|eta\s+ki(?:\s+(?:sarkari|sorkari|official|asol|asli))?(?:\s+number)?"
    r"|helpline\s+number\s+(?:ki|koto|den|din|dao)"
    r"|আপনি\s*কে|আপনারা\s*কে|তুমি\s*কে|তোমরা\s*কে|এটা\s*কার\s*(?:নম্বর|নাম্বার)|এটা\s*(?:কী|কি)(?:\s*(?:সরকারি|আসল))?(?:\s*(?:নম্বর|নাম্বার))?"
    r"|হেল্পলাইন(?:\s*(?:নম্বর|নাম্বার))?"
    # or whether a machine answers ("are you a bot?", "am I talking to a human?", "apni ki manush?", "এটা কি রোবট?")
    rf"|(?:are\s+you|is\s+this|am\s+i\s+(?:talking|chatting|speaking)\s+(?:to|with))\s+{_WHAT}(?:\s+or\s+{_WHAT})?"
    r"|(?:apni|tumi|eta|ata)\s+ki\s+(?:robot|bot|manush|machine|computer)"
    r"(?:\s+na(?:ki)?\s+(?:robot|bot|manush|machine))?"
    r"|(?:আপনি|তুমি|এটা)\s*(?:কি|কী)\s*(?:রোবট|বট|মানুষ|যন্ত্র|মেশিন)(?:\s*না(?:কি)?\s*(?:রোবট|বট|মানুষ|যন্ত্র|মেশিন))?)")))


def about(text: str | None) -> bool:
    """A whole message asking who runs this number (``ABOUT``)."""
    return bool(text) and ABOUT.fullmatch(plain((text or "").replace("’", "'"))) is not None


def declines(text: str | None) -> bool:
    """A whole message that says no, or none of those offered ("na", "না", "কোনোটাই না"), nothing else."""
    return plain(text or "") in DECLINED


def greets(text: str | None) -> bool:
    """A whole message that is a greeting, which returns to the menu from inside a conversation as "hi" does ("good
    evening", "সুপ্রভাত", "hlo"); not one that is a name too ("Salam": a guest's), which stays the step's answer."""
    word = keyword(text)
    return word == "hello" or word == "greeting" and plain(text or "") not in NAMED_GREETINGS


def language_named(text: str | None, *, numbers: bool = False) -> Lang | None:
    """The language a whole message names ("বাংলা", "English"), or chooses by number when ``numbers`` (the
    answer to the language question: 1 or ১ Bengali, 2 or ২ English)."""
    if not text:
        return None
    said = plain(text)
    return LANG_NAMES.get(said) or (_NUMBERS.get(said) if numbers else None) or _asked_for(said)


def _asked_for(said: str) -> Lang | None:
    """The one language the words name, when every other word only asks for it ("bangla te bolo", "ইংরেজিতে").
    It stops at the first word that says anything else, so a long message costs no more than a short one."""
    named: Lang | None = None
    for word in said.split():
        if word in ASKING:
            continue
        lang = _name(word)
        if lang is None or named is not None:
            return None
        named = lang
    return named


def _name(word: str) -> Lang | None:
    """The language a word names, bare or with a case ending (``_ENDINGS``)."""
    return LANG_NAMES.get(word) or next((lang for ending in ENDINGS if word.endswith(ending)
                                         if (lang := LANG_NAMES.get(word.removesuffix(ending)))), None)


def language_meant(text: str | None) -> Lang | None:
    """The language a short answer to the language question names with a slip of a letter or beside a word
    ("bangala", "Bengli", "bangla te"); None for anything else."""
    words = plain(text or "").split()
    return next((lang for word in words if len(words) <= 3 if (lang := slip_of(word, LANG_NAMES))), None)


def guess_lang(text: str | None) -> Lang:
    """Bengali for Bengali script, or Latin letters with more Banglish words than English (or Hindi) ones (``PARTICLES``
    counted only beside one of Bengali's own), or as many with one of Bengali's own among them (not ``SHARED``), or
    nothing to go by (most people writing in are Bengali speakers); English for other Latin letters. It reads first
    messages only: three set lookups a word."""
    if not text or _BENGALI.search(text):
        return "bn"
    words = re.findall(r"[a-z]+", plain(text))
    banglish = [word for word in words if word in BANGLISH]
    english = sum(word in NOT_BANGLISH for word in words)
    own = not set(banglish) <= SHARED  # a word of Bengali's own grammar: "dao", "korbo", "nei"
    if not own:
        banglish = [word for word in banglish if word not in PARTICLES]
    if len(banglish) > english or banglish and len(banglish) == english and own:
        return "bn"
    return "en" if re.search(r"[A-Za-z]", text) else "bn"
