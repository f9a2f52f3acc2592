"""Words of a changed mind while something is being put together (a complaint, a booking), the same in every
service: "start again" (আবার শুরু, "abar shuru") and "never mind" (থাক, "chai na", লাগবে না).

A person who typed them in one service expects them in the next, so the words live here once. What a service does
with them is its own, but neither is ever an answer to the question on screen, nor drops what was given without a
word: "start again" asks whether to carry on with it or drop it and begin anew, "never mind" whether to carry on
with it or drop it, saying what it holds.
"""
from __future__ import annotations

from shared.india import typed_word

AGAIN, LEAVE = "again", "leave"
# As compared after ``typed_word``: Bengali as people type it, and in Latin letters (Banglish)
_AGAIN = frozenset(typed_word(word) for word in (
    "start again", "start over", "restart", "begin again", "reset", "start from the beginning", "from the beginning",
    "আবার শুরু", "আবার শুরু করুন", "আবার শুরু করব",
    "নতুন করে শুরু", "নতুন করে শুরু করুন", "abar shuru", "abar suru", "abar shuru korbo", "abar shuru korun",
    "notun kore shuru",
))
_LEAVE = frozenset(typed_word(word) for word in (
    "never mind", "nevermind", "forget it", "leave it", "not now", "থাক", "থাক থাক", "থাকুক", "চাই না", "লাগবে না",
    "দরকার নেই", "দরকার নাই", "thak", "thak thak", "chai na", "chaina", "lagbe na", "dorkar nei", "dorkar nai",
))
WORDS = dict.fromkeys(_AGAIN, AGAIN) | dict.fromkeys(_LEAVE, LEAVE)


def changed_mind(text: str) -> str | None:
    """``AGAIN`` for "start again", ``LEAVE`` for "never mind", typed as the whole message; None for anything else."""
    return WORDS.get(typed_word(text))
