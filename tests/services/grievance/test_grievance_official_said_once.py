"""Asking for an official with one complaint open ("talk to an officer", "অফিসারের সঙ্গে কথা বলতে চাই") was answered
"An official answers you here about your complaint …" and then "… An official will answer here.": the same thing
twice. The prompt names the complaint, asks for the message, and says once that the answer comes here."""
from __future__ import annotations

import pytest

ANSWER = {"en": "answer", "bn": "উত্তর"}


@pytest.mark.parametrize(("lang", "typed"), [
    ("en", "I want to talk to an officer"), ("bn", "অফিসারের সঙ্গে কথা বলতে চাই"),
    ("bn", "officer er sathe kotha bolte chai"), ("en", None), ("bn", None)])
async def test_asking_for_an_official_says_once_that_the_answer_comes_here(make_person, lang, typed):
    person = make_person(lang=lang)
    number = await person.lodge()
    asked = await (person.say(typed) if typed else person.tap("grievance:official"))
    prompt = asked.text.split("\n\n")
    assert number in prompt[0] and asked.text.lower().count(ANSWER[lang]) == 1, asked.text
    assert {"en": "Write your message to the Kalchini", "bn": "বার্তা লিখুন"}[lang] in asked.text


@pytest.mark.parametrize("lang", ("en", "bn"))
async def test_talk_to_an_official_tapped_says_it_once(make_person, lang):
    person = make_person(lang=lang)
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    asked = await person.tap(f"grievance:human:{number}")
    assert asked.text.lower().count(ANSWER[lang]) == 1, asked.text
    words = await person.say("?? !!")  # no words: asked again in words, the answer still said once
    assert "grievance.handoff.requested" not in words.types() and words.text.lower().count(ANSWER[lang]) == 1
