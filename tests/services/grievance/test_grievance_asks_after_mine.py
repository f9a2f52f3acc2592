"""Words asking after one's complaints, typed in the complaints chat ("status of my complaint pls" just after
lodging one, "আমার অভিযোগের কী হল?", "amar complaint er ki holo" at its start) began a new complaint with them as
its description ("Your message is the start of a new complaint"); they now list the person's complaints, as "my
complaints" does. Words that describe a problem still begin one, and words at a complaint's view stay a remark."""
from __future__ import annotations

import pytest

LISTED = {"en": "Your complaints (latest first).", "bn": "আপনার অভিযোগ (সাম্প্রতিক আগে)।"}


@pytest.mark.parametrize("words", ["status of my complaint pls", "what happened to my complaint?"])
async def test_asked_just_after_lodging_lists_them(person, words):
    number = await person.lodge()
    answered = await person.say(words)
    assert answered.text.startswith(LISTED["en"]), answered.text
    assert f"grievance:view:{number}" in answered.last.choices


@pytest.mark.parametrize("words", ["হ্যালো, আমার অভিযোগের কী হল?", "amar complaint er ki holo",
                                   "আমার অভিযোগটা কোথায় আছে", "abhijog er ki khobor"])
async def test_in_bengali_and_banglish_at_the_start(make_person, words):
    person = make_person(lang="bn")
    number = await person.lodge()
    await person.tap("grievance:menu")
    answered = await person.say(words)
    assert answered.text.startswith(LISTED["bn"]), answered.text
    assert f"grievance:view:{number}" in answered.last.choices


async def test_at_the_subject_question_too(person):
    number = await person.lodge()
    await person.tap("grievance:new")
    answered = await person.say("no I want the status of my complaint")
    assert answered.text.startswith(LISTED["en"]), answered.text
    assert f"grievance:view:{number}" in answered.last.choices


async def test_a_problem_described_still_begins_one(person):
    await person.lodge()
    await person.tap("grievance:menu")
    begun = await person.say("my complaint is that the road near school is broken")
    assert begun.text.startswith("Your message is the start of a new complaint."), begun.text
