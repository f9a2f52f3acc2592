"""A greeting typed where the complaint's description is asked ("hi", "nomoskar", "নমস্কার", "good morning sir") is
no description: it is greeted back, and the description asked again with an example of one. A greeting that goes
on to the problem ("nomoskar, kol e jol nei") is the description, greeting and all."""
from __future__ import annotations

import unicodedata

from services.grievance.conversation import lodge
from services.grievance.conversation.turn import Turn
from shared.india import plain

# A word of greeting, in English, Bengali and Bengali in Latin letters, and the words said around one.
HELLO = frozenset(("hi", "hii", "hiii", "hello", "helo", "hallo", "hey", "namaste", "namaskar", "nomoskar", "namoskar",
                   "nomoshkar", "nomaskar", "pranam", "pronam", "adab", "salam", "salaam", "assalamualaikum", "morning",
                   "afternoon", "evening", "নমস্কার", "নমস্তে", "প্রণাম", "হাই", "হ্যালো", "হেলো", "আদাব", "সালাম",
                   "সুপ্রভাত", "সকাল", "সন্ধ্যা"))
AROUND = frozenset(("good", "sir", "madam", "maam", "ji", "dada", "didi", "bhai", "all", "everyone", "there", "to",
                    "you", "শুভ", "স্যার", "ম্যাডাম", "দাদা", "দিদি", "জি", "ভাই", "সবাইকে", "আপনাকে"))


def greets(text: str) -> bool:
    """The whole message a greeting: a word of greeting, and nothing but words said around one ("hello sir",
    "নমস্কার দাদা"), commas and emoji no words."""
    spaced = "".join(" " if unicodedata.category(ch)[0] == "P" else ch for ch in text)
    words = [word for word in (plain(part) for part in spaced.split()) if word]
    return any(word in HELLO for word in words) and all(word in HELLO | AROUND for word in words)


def answered(turn: Turn, text: str) -> bool:
    """A greeting at the description: greeted back, the description asked again with an example (False for words
    that are no greeting alone)."""
    if not greets(text):
        return False
    lodge.ask_description(turn, hint=turn.t("description_greeted"))
    return True
