"""Words naming another problem than the complaint's, typed at its screen ("the road near the school is broken" at a
tube well's complaint), were only offered to its official ("Send this to the official handling ...?", *Send* /
*Don't send*). They are now asked about as words after lodging are: a new complaint (begun with them, its subject
from them), about this complaint (then the question of sending them), or not sent; nothing reaches an official
unasked. Words of its own subject, or of none, are asked about as before."""
from __future__ import annotations

import pytest

HANDOFF = "grievance.handoff.requested"


@pytest.mark.parametrize("typed", ["the road near the school is broken", "rastar alo jole na",
                                   "নালা উপচে পড়ছে"])
async def test_another_problem_at_a_complaints_screen_asks_new_or_about_it(person, typed):
    number = await person.lodge()  # drinking water
    await person.tap(f"grievance:view:{number}")
    asked = await person.say(typed)
    assert not asked.events and f"Is this a new complaint, or about complaint {number}" in asked.text, typed
    assert "another problem" in asked.text and f"“{typed}”" in asked.text
    assert list(asked.last.choices) == [f"grievance:leftnew:{number}", f"grievance:leftabout:{number}",
                                        f"grievance:leftdrop:{number}"]


async def test_new_complaint_begins_one_with_the_words(person):
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    await person.say("the road near the school is broken")
    begun = await person.tap(f"grievance:leftnew:{number}")
    assert not begun.events and "Roads" in begun.text and "Send this to the official" not in begun.text


async def test_about_it_asks_whether_to_send_to_its_official(person):
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    asked = await person.say("the road near the school is broken")
    assert not asked.events and f"grievance:leftabout:{number}" in asked.last.choices
    about = await person.tap(f"grievance:leftabout:{number}")
    assert f"Send this to the official handling complaint {number}" in about.text and not about.events
    sent = await person.tap(f"grievance:send:{number}")
    assert sent.event(HANDOFF)["message"] == "the road near the school is broken"


async def test_dont_send_sends_nothing(person):
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    await person.say("the road near the school is broken")
    dropped = await person.tap(f"grievance:leftdrop:{number}")
    assert "your words were not sent" in dropped.text and f"Complaint {number}" in dropped.text
    assert not dropped.events


async def test_in_bengali(make_person):
    person = make_person(lang="bn")
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    asked = await person.say("রাস্তার আলো জ্বলছে না")
    assert f"এটি কি নতুন অভিযোগ, নাকি অভিযোগ {number} নিয়ে?" in asked.text and "আলাদা সমস্যা" in asked.text


@pytest.mark.parametrize("typed", ["still no water today", "when will someone come?"])
async def test_its_own_subjects_words_or_none_are_asked_as_before(person, typed):
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    kept = await person.say(typed)
    assert f"Send this to the official handling complaint {number}" in kept.text, typed
    assert list(kept.last.choices) == [f"grievance:send:{number}", f"grievance:unsent:{number}"]
