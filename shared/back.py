"""The way back, the same in every service: what a person types to go one step back.

Someone who learnt "back" (or ফিরে) in one service expects it in the next, so the words live here once
and tourism, grievance, payroll and the casework desk (permit, NOC) all read them. What a service does
with them is its own: one step back where it has steps, its start where it has none.
"""
from __future__ import annotations

from shared.india import typed_word

# As compared after ``typed_word``: case, the NFC spelling and what a phone adds around a word do not count.
WORDS = frozenset(typed_word(word) for word in (
    "back", "go back", "previous",
    "ফিরে", "ফিরে যান", "ফিরুন", "ফেরত", "পিছনে", "আগের",
))


def goes_back(text: str) -> bool:
    """Whether the whole message asks to go one step back."""
    return typed_word(text) in WORDS
