"""Emoji alone ("😡😡") at the subject or place list was answered "I could not find that name", as if a name had
been typed and not found. It is now told a name is wanted there, typed or picked from the list, with the list; an
angry or weary face ("😡", "🙄") gets a short kind word instead, with the same list."""
from __future__ import annotations

import pytest

WANTED = {"en": 'A name is needed here: type it, or tap "Choose" and pick it from the list.',
          "bn": 'এখানে একটি নাম লিখতে হবে: নামটি লিখুন, অথবা "বেছে নিন" চেপে তালিকা থেকে বেছে নিন।'}
KIND = {"en": "Sorry this is frustrating.", "bn": "অসুবিধার জন্য দুঃখিত।"}
NOT_FOUND = ("I could not find that name", "ওই নামটি খুঁজে পাইনি")


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_emoji_alone_at_the_subject_and_place_lists_ask_for_a_name(make_person, lang):
    person = make_person(lang=lang)
    for tap in ("grievance:new", "grievance:cat:water", "grievance:dist:704", "grievance:blk:7041"):
        shown = await person.tap(tap)
        for sent in ("😡😡", "🙄", "???"):
            answer = await person.say(sent)
            said = WANTED[lang] if sent == "???" else KIND[lang]
            assert said in answer.text, (tap, sent, answer.text)
            assert not any(said in answer.text for said in NOT_FOUND), (tap, sent)
            assert answer.last.choices == shown.last.choices, (tap, sent)


async def test_a_name_not_found_is_still_said_not_found(make_person):
    person = make_person()
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    answer = await person.say("Xyzzyville")
    assert "I could not find that name" in answer.text
