"""What is said when a name typed at the subject or place list is not found, or no name was typed: emoji or marks
alone ("???") are told a name is wanted; an angry or sad face among them ("😡", "😭🙄") is frustration, not a
wrong answer, and gets a short kind word before the same question."""
from __future__ import annotations

import unicodedata

from services.grievance.conversation.turn import Turn
from services.grievance.domain import says_something

UPSET = frozenset("😡😠🤬😤😞😟😢😭😩😫😣😖😒🙄👎💢😑😔☹🙁😕🤦")


def upset(text: str) -> bool:
    """Emoji alone, one of them an angry, sad or weary face."""
    return not says_something(text) and bool(UPSET & set(unicodedata.normalize("NFKC", text)))


def list_hint(turn: Turn, text: str) -> str:
    """The line above the list asked again."""
    if says_something(text):
        return turn.t("pick_from_list")
    return turn.t("upset_at_list" if upset(text) else "name_wanted")
