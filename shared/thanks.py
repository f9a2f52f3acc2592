"""Thanks and "ok", the same in every part: what a person sends once they have what they came for.

The words live here once: the gateway answers them outside any conversation, and inside one its service does,
warmly and with the question it was asking, unless its step reads them as an answer ("ok" is yes at a
confirmation, any words are a complaint's description or a message to an official). They are compared whole,
as the gateway's keywords are (``plain``: "Thanks!", "thank you 🙏"). A message of emoji alone is read by its
emoji: 🙏 😊 ❤️ are thanks, 👍 👌 ✅ ok, with any skin tone; one other emoji among them ("👍😡") and it is neither.
Thanks said with more words around it ("ok dhonnobad", "onek dhonnobad", "ok thanks a lot", "অনেক অনেক ধন্যবাদ স্যার")
is thanks too, as long as every other word only goes with thanks ("ok", "a lot", "অনেক", "sir"): one word more
("thanks, but the water is still not coming") and it is a message.
"""
from __future__ import annotations

import unicodedata
from typing import Literal

from shared.india import plain

Courtesy = Literal["thanks", "ok"]

# Bengali as people type it, the English words in Bengali letters and the Bengali ones in Latin (Banglish).
THANKS = ("thanks", "thank you", "thanks a lot", "thank you so much", "thank you sir", "thanks sir", "many thanks",
          "thx", "tnx", "ok thanks", "ok thank you", "ধন্যবাদ", "অনেক ধন্যবাদ", "ধন্যবাদ স্যার", "অনেক ধন্যবাদ স্যার",
          "ধন্যবাদ স্যার অনেক", "আপনাকে ধন্যবাদ", "ঠিক আছে ধন্যবাদ", "থ্যাংকস", "থ্যাঙ্কস", "থ্যাংক ইউ",
          "dhonnobad", "dhonyobad", "dhanyabad", "dhonnobaad")
# a goodbye is answered as an ok is: a warm word and the way back (never a yes to a question asked)
BYE = ("bye", "bye bye", "byee", "goodbye", "good bye", "tata", "ta ta", "see you", "good night", "gn", "bye sir",
       "আসি", "এখন আসি", "বিদায়", "টাটা", "বাই", "বাই বাই", "শুভ রাত্রি", "ভালো থাকবেন", "bhalo thakben",
       "bhalo thakun", "shubho ratri", "subho ratri", "asi", "ekhon asi")
OK = ("ok", "okay", "okk", "ok sir", "fine", "alright", "all right", "got it", "ঠিক আছে", "আচ্ছা", "ওকে",
      "ঠিক আছে স্যার", "accha", "achha", "acha", "thik ache", "thik ase", "accha thik ache", "acha thik ache",
      "achha thik ache", "ok thik ache", "আচ্ছা ঠিক আছে", "ওকে ঠিক আছে", *BYE)
# "yes" said to nothing asked, as after an answer read: an "ok" where no question wants a yes or no (the casework chats)
YES = ("yes", "yes sir", "ha", "haa", "haan", "han", "hya", "hyan", "hmm", "hm", "ji", "ji haan", "হ্যাঁ", "হ্যা", "হাঁ",
       "হা", "হ্যাঁ স্যার", "হুম", "জি", "জি হ্যাঁ")
THANKS_EMOJI = frozenset("🙏😊🙂☺😀😃😄😁🤗🥰😍❤♥💖💕💗💐🌹🌸🌺🤝👏")
OK_EMOJI = frozenset("👍👌✅✔☑🆗")
# A word of thanks, and the words that may stand around it without saying anything more.
THANKS_WORDS = frozenset(("thanks", "thank", "thanku", "thankyou", "thanx", "thnx", "thnks", "thx", "tnx", "ty",
                          "dhonnobad", "dhonyobad", "dhanyabad", "dhonnobaad", "dhonnyobad", "dhonyabad", "dhanyavad",
                          "dhanyavaad", "shukriya", "sukriya", "ধন্যবাদ", "থ্যাংকস", "থ্যাঙ্কস", "থ্যাংক", "থ্যাঙ্ক"))
AROUND_THANKS = frozenset(("ok", "okay", "okk", "k", "sir", "madam", "maam", "ji", "dada", "didi", "you", "u", "a",
                           "lot", "so", "very", "much", "many", "again", "onek", "anek", "apnake", "thik", "ache",
                           "ase", "accha", "achha", "acha", "bahut", "bohot", "অনেক", "অসংখ্য", "আপনাকে", "স্যার",
                           "ম্যাডাম", "দাদা", "দিদি", "জি", "ঠিক", "আছে", "আচ্ছা", "ওকে", "ইউ"))
_WITH_THANKS = THANKS_WORDS | AROUND_THANKS
_WORDS: dict[str, Courtesy] = {**{plain(w): "thanks" for w in THANKS}, **{plain(w): "ok" for w in OK}}
_YES = frozenset(plain(w) for w in YES)


def courtesy(text: str | None, *, yes: bool = False) -> Courtesy | None:
    """Whether the whole message is thanks or ok, in words or in emoji alone; ``yes``: where no question wants a yes,
    "ha", "হ্যাঁ" are ok too."""
    if not text:
        return None
    said = plain(text)
    if said:
        return "ok" if yes and said in _YES else _WORDS.get(said) or thanked(said)
    # Emoji alone: the pictures, without skin tones (Sk), presentation selectors, joiners, spaces or punctuation.
    sent = {ch for ch in unicodedata.normalize("NFKC", text) if unicodedata.category(ch) == "So"}
    if not sent or not sent <= THANKS_EMOJI | OK_EMOJI:
        return None
    return "thanks" if sent & THANKS_EMOJI else "ok"


def thanked(said: str) -> Courtesy | None:
    """Thanks among words that only go with it ("ok thanks a lot", "onek dhonnobad"), ``said`` as ``plain`` reads a
    message: each word so read, a comma or an emoji between them no word. Read word by word, it stops at the first
    word that does not go with thanks, as most messages' first word does."""
    thanks = False
    for part in said.split():
        spaced = "".join(" " if unicodedata.category(ch)[0] == "P" else ch for ch in part)
        for word in (plain(piece) for piece in spaced.split()):
            if not word:
                continue
            if word not in _WITH_THANKS:
                return None
            thanks = thanks or word in THANKS_WORDS
    return "thanks" if thanks else None
