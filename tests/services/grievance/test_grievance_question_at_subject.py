"""At a new complaint's subject list, a question or a yes or a no ("what is this?", "no", "কী করব?", "না") was told
"I could not find that name", as if a subject's name had been misspelt. It is told what the list wants, as the place
lists tell it: the subject chosen, or the problem in a few words, which give the subject; so is a plea or a sentence
("sir please help me", at the place lists too); a word or two that are neither still get "could not find that name"."""
from __future__ import annotations

import pytest

HELP = {"en": "Choose what the complaint is about from the list (tap \"Choose\"), or tell the problem in a few words, "
              "such as \"no water in the tube well\".",
        "bn": "তালিকা থেকে অভিযোগের বিষয় বেছে নিন (\"বেছে নিন\" চেপে), অথবা সমস্যাটি কয়েক কথায় লিখুন, যেমন "
              "\"কলে জল নেই\"।"}
NOT_FOUND = {"en": "I could not find that name.", "bn": "ওই নামটি খুঁজে পাইনি।"}
SUBJECT = {"en": "What is the complaint about?", "bn": "অভিযোগটি কী বিষয়ে?"}


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "no"), ("en", "what is this?"), ("en", "ha"), ("en", "I don't know"),
    ("bn", "না"), ("bn", "কী করব?"), ("bn", "হ্যাঁ"), ("bn", "jani na"),
])
async def test_a_question_or_a_yes_or_a_no_is_told_what_the_subject_list_wants(make_person, lang, said):
    person = make_person(lang=lang)
    await person.tap("grievance:new")
    told = await person.say(said)
    assert told.text.startswith(HELP[lang]) and SUBJECT[lang] in told.text, told.text
    assert NOT_FOUND[lang] not in told.text
    assert "grievance:cat:water" in str(told.choices)  # the list again


@pytest.mark.parametrize(("lang", "said"), [("en", "xyzzy plugh"), ("bn", "কখগঘ")])
async def test_other_words_are_still_a_name_not_found(make_person, lang, said):
    person = make_person(lang=lang)
    await person.tap("grievance:new")
    told = await person.say(said)
    assert told.text.startswith(NOT_FOUND[lang]) and HELP[lang] not in told.text, told.text


async def test_the_problem_told_after_it_gives_the_subject(person):
    await person.tap("grievance:new")
    await person.say("what is this?")
    place = await person.say("no water in the tube well")
    assert "Subject: Drinking water" in place.text, place.text


@pytest.mark.parametrize(("lang", "said"), [("en", "sir please help me"), ("en", "Please help us, nobody listens."),
                                            ("bn", "amake sahajjo korun"), ("bn", "দয়া করে সাহায্য করুন")])
async def test_a_plea_or_a_sentence_is_told_what_the_list_wants(make_person, lang, said):
    """'sir please help me' at the subject list was told "I could not find that name"."""
    person = make_person(lang=lang)
    await person.tap("grievance:new")
    told = await person.say(said)
    assert told.text.startswith(HELP[lang]) and NOT_FOUND[lang] not in told.text, told.text


@pytest.mark.parametrize("said", ["sir please help me", "amake sahajjo korun"])
async def test_a_plea_at_a_place_list_is_told_what_that_list_wants(make_person, said):
    person = make_person()
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    told = await person.say(said)
    assert "Choose the place from the list" in told.text and NOT_FOUND["en"] not in told.text, told.text
