"""A question ("ki korbo", "which block is mine?", "কোনটা আমার?") or a yes or a no ("ha", "না") typed at the district,
block or gram panchayat list was answered "I could not find that name", as if a place's name had been typed. It is
now told what the list wants: the place chosen or its name typed, or the location shared to find it, with the list;
a name not found is still said not found."""
from __future__ import annotations

import pytest

HELP = {"en": "Share your location (📎 → Location) and I will find it.",
        "bn": "লোকেশন পাঠান (📎 → লোকেশন), আমি খুঁজে দেব।"}
NOT_FOUND = ("I could not find that name", "ওই নামটি খুঁজে পাইনি")
ASKED = {"en": ("ki korbo", "which block is mine?", "ha", "no", "I don't know"),
         "bn": ("কী করব", "কোনটা আমার?", "হ্যাঁ", "না", "জানি না")}


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_a_question_or_a_yes_at_the_place_lists_is_told_what_is_wanted(make_person, lang):
    person = make_person(lang=lang)
    await person.tap("grievance:new")
    for tap in ("grievance:cat:water", "grievance:dist:703", "grievance:blk:7035"):
        shown = await person.tap(tap)
        for sent in ASKED[lang]:
            answer = await person.say(sent)
            assert HELP[lang] in answer.text, (tap, sent, answer.text)
            assert not any(said in answer.text for said in NOT_FOUND), (tap, sent)
            assert answer.last.choices == shown.last.choices and not answer.events, (tap, sent)


async def test_a_place_not_found_is_still_said_not_found(make_person):
    person = make_person()
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    await person.tap("grievance:dist:703")
    answer = await person.say("Xyzzyville")
    assert "I could not find that name" in answer.text and HELP["en"] not in answer.text
