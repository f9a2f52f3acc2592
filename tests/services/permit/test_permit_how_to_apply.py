"""Someone asking how to apply for building permission ("how do I apply", "কীভাবে আবেদন করব", "kivabe apply korbo")
was told 'Sorry, I did not understand' or shown the service's start, which only asks for an application number they
do not have yet. They are now told where to apply (the gram panchayat office, not WhatsApp) and that the number they
are given there is what to send here; the same words at the main menu reach this answer."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN

from gateway.menu import phrase_pattern
from services.permit.service import MENU
from shared.india import plain

STRANGER = "919812340011"


@pytest.mark.parametrize(("lang", "words", "said"), [
    ("en", "how do i apply for building permission", "make an application at your gram panchayat office"),
    ("en", "I want to apply for a new house plan", "make an application at your gram panchayat office"),
    ("bn", "বাড়ি বানানোর অনুমতির জন্য কীভাবে আবেদন করব?", "গ্রাম পঞ্চায়েত অফিসে আবেদন জমা দিন"),
    ("bn", "আবেদন করব কীভাবে", "গ্রাম পঞ্চায়েত অফিসে আবেদন জমা দিন"),
    ("bn", "kivabe apply korbo", "গ্রাম পঞ্চায়েত অফিসে আবেদন জমা দিন")])
async def test_how_to_apply_is_answered(citizen, lang, words, said):
    for who in (STRANGER, ARJUN):  # whether or not they have applied before
        answer = await citizen(who, lang=lang).say(words)
        assert said in answer.text and "বুঝতে পারিনি" not in answer.text, (words, answer.text)


@pytest.mark.parametrize("words", ["কীভাবে আবেদনের অবস্থা দেখব", "how is my application", "apply again"])
async def test_other_questions_are_not_taken_for_it(citizen, words):
    answer = await citizen(ARJUN, lang="bn").say(words)
    assert "গ্রাম পঞ্চায়েত অফিসে আবেদন জমা দিন।" not in answer.text or "আবার" in answer.text, answer.text


def claimed(text: str) -> str | None:
    said = plain(text)
    return next((p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(said)), None)


@pytest.mark.parametrize(("typed", "action"), [
    ("how do i apply for building permission", "apply"), ("বাড়ির অনুমতির জন্য কীভাবে আবেদন করব", "apply"),
    ("how to apply again", "again"), ("how to apply for a trade NOC", None)])
def test_the_main_menu_hands_the_words_on(typed, action):
    assert claimed(typed) == action
