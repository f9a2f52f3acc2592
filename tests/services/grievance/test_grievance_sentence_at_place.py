"""A sentence of the person's own that holds no place, typed where a complaint's district, block or panchayat is asked
("amader gram e doctor nei", "school e teacher ase na", "ration card er jonno apply korbo"), was answered "I could not
find that name", though no name had been typed. It is said that no place name was found in the words, with the ways
to give the place, and the same list; a word or a few not found ("Atlantis", "Patna", "Xyzzy Nagar") are still
a name not found, a place in a sentence is still taken, and a landmark is still kept."""
from __future__ import annotations

import pytest

NONE_FOUND = {"en": "I found no place name in your words", "bn": "আপনার লেখায় কোনো জায়গার নাম পাইনি"}
NOT_FOUND = ("I could not find that name", "ওই নামটি খুঁজে পাইনি")


@pytest.mark.parametrize(("lang", "taps", "typed"), [
    ("en", ("grievance:new", "grievance:cat:water"), "amader gram e doctor nei"),
    ("en", ("grievance:new", "grievance:cat:roads", "grievance:dist:704"), "school e teacher ase na"),
    ("en", ("grievance:new", "grievance:cat:roads", "grievance:dist:704", "grievance:blk:7041"),
     "ration card er jonno apply korbo"),
    ("bn", ("grievance:new", "grievance:cat:water"), "আমাদের গ্রামে ডাক্তার রোজ আসে না"),
])
async def test_a_sentence_with_no_place_is_said_to_name_none(make_person, lang, taps, typed):
    person = make_person(lang=lang)
    for tap in taps:
        shown = await person.tap(tap)
    answer = await person.say(typed)
    assert NONE_FOUND[lang] in answer.text, answer.text
    assert not any(said in answer.text for said in NOT_FOUND), answer.text
    assert answer.last.choices == shown.last.choices


@pytest.mark.parametrize("typed", ["Atlantis", "Xyzzy Nagar", "Patna Bihar"])
async def test_a_word_or_a_few_not_found_are_still_a_name_not_found(make_person, typed):
    person = make_person()
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    answer = await person.say(typed)
    assert "I could not find that name" in answer.text and NONE_FOUND["en"] not in answer.text, answer.text


async def test_a_place_in_a_sentence_is_still_taken(make_person):
    person = make_person()
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    blocks = await person.say("the problem is in Jhargram district")
    assert "grievance:blk:7041" in blocks.last.choices, blocks.text
