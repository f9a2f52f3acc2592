"""The words of a changed mind, read the same by complaints and tourism: as the whole message, in English, Bengali and
Bengali in Latin letters; never inside a longer message (a complaint may well say "chai na")."""
from __future__ import annotations

import pytest

from shared.changed_mind import AGAIN, LEAVE, changed_mind


@pytest.mark.parametrize(("typed", "meant"), [
    ("Start again", AGAIN), ("abar shuru", AGAIN), ("আবার শুরু।", AGAIN), ("Never mind!", LEAVE), ("thak", LEAVE),
    ("থাক", LEAVE), ("chai na", LEAVE), ("লাগবে না", LEAVE),
])
def test_the_words_alone(typed, meant):
    assert changed_mind(typed) == meant


@pytest.mark.parametrize("typed", ["jol chai na ekhane", "রাস্তা ঠিক করা দরকার", "25/12/2026", "back"])
def test_other_words_are_none(typed):
    assert changed_mind(typed) is None
