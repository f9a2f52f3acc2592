"""When one's complaint will be settled, asked ("amar complaint kobe thik hobe", "আমার অভিযোগ কবে ঠিক হবে", "when will
my complaint be resolved", "shikayat kab hal hogi"), or who has it ("ke dekhche amar complaint"), began a NEW
complaint at the main menu ("Your message is the start of a new complaint"), and at the subject question asked again
for the subject; so did a complaint taken back there ("complaint withdraw korte chai"). They list one's complaints,
each with where it stands (taken back: with how the office is told it is not needed). A complaint to be lodged with
such words ("rastar kaj kobe hobe, complaint korbo") still begins one."""
from __future__ import annotations

import pytest

from services.grievance.conversation.wants import asks_mine

LISTED = {"en": "Your complaints (latest first).", "bn": "আপনার অভিযোগ (সাম্প্রতিক আগে)।"}
ASKED = ["amar complaint kobe thik hobe", "আমার অভিযোগ কবে ঠিক হবে", "when will my complaint be resolved",
         "complaint kobe solve hobe", "amar obhijog kobe mitbe", "shikayat kab hal hogi",
         "meri shikayat kab theek hogi", "ke dekhche amar complaint", "who is looking after my complaint"]


@pytest.mark.parametrize("typed", ASKED)
def test_when_it_is_settled_is_asked_after(typed):
    assert asks_mine(typed), typed


@pytest.mark.parametrize("typed", ["rastar kaj kobe hobe, complaint korbo", "I want to complain, when will the road "
                                   "be fixed", "jol kobe asbe"])
def test_a_complaint_to_lodge_is_not(typed):
    assert not asks_mine(typed), typed


@pytest.mark.parametrize(("lang", "typed"), [("bn", "amar complaint kobe thik hobe"), ("bn", "আমার অভিযোগ কবে ঠিক হবে"),
                                             ("en", "when will my complaint be resolved"),
                                             ("en", "ke dekhche amar complaint")])
async def test_from_the_main_menus_new_complaint_tap_they_are_listed(make_person, lang, typed):
    person = make_person(lang=lang)
    number = await person.lodge()
    await person.tap("grievance:menu")

    answered = await person.send(person.envelope(text=typed, reply_id="grievance:new"))  # as the gateway sends it

    assert answered.text.startswith(LISTED[lang]), answered.text
    assert f"grievance:view:{number}" in answered.last.choices


async def test_at_the_subject_question_too(person):
    number = await person.lodge()
    await person.tap("grievance:new")

    answered = await person.say("amar complaint kobe thik hobe")

    assert answered.text.startswith(LISTED["en"]) and f"grievance:view:{number}" in answered.last.choices


@pytest.mark.parametrize("typed", ["complaint withdraw korte chai", "amar complaint ta tule nite chai"])
async def test_taken_back_at_the_subject_question_lists_them_with_how(person, typed):
    number = await person.lodge()
    await person.tap("grievance:new")

    answered = await person.say(typed)

    assert "A complaint cannot be withdrawn here" in answered.text and LISTED["en"] in answered.text, answered.text
    assert f"grievance:view:{number}" in answered.last.choices


async def test_a_complaint_to_lodge_still_begins_one(person):
    answered = await person.send(person.envelope(text="rastar kaj kobe hobe, complaint korbo",
                                                 reply_id="grievance:new"))
    assert "start of a new complaint" in answered.text, answered.text
