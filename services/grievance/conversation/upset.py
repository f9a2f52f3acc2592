"""What is said when a name typed at the subject or place list is not found, or no name was typed: emoji or marks
alone ("???") are told a name is wanted; an angry or sad face among them ("😡", "😭🙄") is frustration, not a
wrong answer, and gets a short kind word before the same question. At the district, block or gram panchayat list,
a question ("ki korbo", "which block is mine?"), a plea for help ("sir please help me") or a yes or a no ("ha", "না")
is no name looked for: it is told what the list wants, the place chosen or typed, or the location shared to find it;
at the subject list, such words or a sentence that neither names a subject nor tells a problem ("Please help us,
nobody listens.") are told to choose the subject or tell the problem in a few words (which give it); at a place's
list a sentence of its own that holds no place ("school e teacher ase na") is said to name none, with the ways to give
the place; a word or a few not found is a name not found."""
from __future__ import annotations

import re
import unicodedata

from services.grievance.conversation.turn import Turn
from services.grievance.domain import says_something
from shared.india import plain

UPSET = frozenset("😡😠🤬😤😞😟😢😭😩😫😣😖😒🙄👎💢😑😔☹🙁😕🤦")
PLACE_STEPS = ("district", "block", "gp")
SENTENCE = 3  # words at the subject list that are no misspelt subject: "Please help us, nobody listens."
PLACE_SENTENCE = 5  # words at a place's list that are no misspelt place ("South 24 Parganas" has three): "amader gram
# e doctor nei", "school e teacher ase na"
# a question's words as a whole word, in English, Banglish and Bengali, and "I don't know" or "I don't understand"
ASKS = re.compile(r"(?<!\w)(?:what|which|where|how|why|who|ki|kii|kon|konta|konti|kothay|kothai|kothae|kivabe|"
                  r"kibhabe|kemne|keno|কী|কি|কোন|কোনটা|কোনটি|কোথায়|কীভাবে|কিভাবে|কেন|(?:don'?t|do\s+not)\s+"
                  r"(?:know|understand)|not\s+sure|jani\s*na|bujhi\s*na|bujhte\s+parchi\s+na|জানি\s*না|বুঝি\s*না|"
                  r"বুঝতে\s+পারছি\s+না|help|sahajj?o|sahajy[oa]|সাহায্য|হেল্প)(?!\w)")  # "sir please help me"


# Where the spot is, said at the district, block or panchayat list ("near the school", "bazar er pashe", "মন্দিরের
# সামনে", "ward no 5"): no name of the list, but no words to drop either (``landmark``)
LANDMARK = re.compile(r"(?<!\w)(?:near|beside|opposite|behind|next\s+to|in\s+front\s+of|close\s+to|pa(?:s|sh)e|kache"
                      r"|samne|pichone|pichhone|ulto\s+dike|dhare|mor(?:e|er)|ward\s*(?:no\.?|number)?\s*\d+|পাশে|কাছে"
                      r"|সামনে|পিছনে|উল্টো\s*দিকে|ধারে|মোড়ে|মোড়ের|ওয়ার্ড)(?!\w)")


def landmark(text: str) -> bool:
    """The words say where the spot is, beside a place or a thing ("near the school", "স্কুলের পাশে")."""
    return bool(LANDMARK.search(plain(text)))


def upset(text: str) -> bool:
    """Emoji alone, one of them an angry, sad or weary face."""
    return not says_something(text) and bool(UPSET & set(unicodedata.normalize("NFKC", text)))


def asks(text: str, word: str | None) -> bool:
    """A question, or a yes or a no (``word``), where a name is wanted."""
    return word in ("yes", "no") or "?" in text or bool(ASKS.search(plain(text)))


def list_hint(turn: Turn, text: str, word: str | None = None) -> str:
    """The line above the list asked again."""
    if says_something(text):
        if asks(text, word) or turn.chat.step not in PLACE_STEPS and len(text.split()) >= SENTENCE:
            return turn.t("place_help" if turn.chat.step in PLACE_STEPS else "subject_help")
        if len(text.split()) >= PLACE_SENTENCE:  # a sentence, no name: said so, with the ways to give the place
            return turn.t("no_place_in_words")
        return turn.t("pick_from_list")  # a name typed, not found
    return turn.t("upset_at_list" if upset(text) else "name_wanted")
