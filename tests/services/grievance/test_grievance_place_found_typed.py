"""The place found from a shared location, confirmed in words: the button's own title typed ("হ্যাঁ, এটাই", "Yes,
that's it") and a yes said with a word more ("ha eta thik", "হ্যাঁ এটাই ঠিক", "yes this is right") were answered
'Sorry, I did not follow that' with the same question, though that answer says to type one of the words shown;
"তালিকা থেকে বাছুন" typed did not open the list. Each now does what its button does."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI


async def _found(make_person, lang: str):
    person = make_person(lang=lang)
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    await person.share(*KALCHINI)
    return person


@pytest.mark.parametrize("lang,typed,next_asked", [
    ("bn", "হ্যাঁ, এটাই", "নিজের ভাষায় সমস্যাটি লিখুন"),
    ("bn", "ha eta thik", "নিজের ভাষায় সমস্যাটি লিখুন"),
    ("bn", "হ্যাঁ এটাই ঠিক", "নিজের ভাষায় সমস্যাটি লিখুন"),
    ("bn", "haan eta", "নিজের ভাষায় সমস্যাটি লিখুন"),
    ("en", "Yes, that's it", "Describe the problem"),
    ("en", "yes this is right", "Describe the problem"),
])
async def test_the_place_found_confirmed_in_words_is_taken(make_person, lang, typed, next_asked):
    person = await _found(make_person, lang)
    placed = await person.say(typed)
    assert placed.text.startswith(next_asked), placed.text


@pytest.mark.parametrize("lang,typed", [("bn", "তালিকা থেকে বাছুন"), ("bn", "talika theke bachhbo"),
                                        ("en", "choose from list")])
async def test_the_list_asked_for_in_words_opens_the_districts(make_person, lang, typed):
    person = await _found(make_person, lang)
    listed = await person.say(typed)
    assert "grievance:dist:703" in listed.last.choices and "বুঝতে পারিনি" not in listed.text, listed.text
