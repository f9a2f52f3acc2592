"""Words asking after one's complaints, typed in the complaints chat ("status of my complaint pls" just after
lodging one, "আমার অভিযোগের কী হল?", "amar complaint er ki holo" at its start) began a new complaint with them as
its description ("Your message is the start of a new complaint"); they now list the person's complaints, as "my
complaints" does. Words that describe a problem still begin one, and words at a complaint's view stay a remark.

Asked as people also put it, a subject between ("amar tubewell er complaint ta", "আমার জলের অভিযোগটা", "my water
complaint"), the one made ("je complaint ta korechilam tar ki khobor", "যে অভিযোগ করেছিলাম তার কী হল"), its update
("আমার অভিযোগের আপডেট দিন"), the official word ("status of my grievance") or in Hindi ("meri shikayat", "shikayat ka kya
hua"), they began a new complaint at the main menu and in the chat ("status of my grievance": no service's): they list
them too. "amar ekta abhijog", "my new complaint" still begin one.

One's complaint's number asked ("amar complaint number ki", "আমার অভিযোগের নম্বর", "complaint number bhule gechi"), or
one's complaint said not acted on, nothing more said ("amar complaint er kono kaj hoyni", "অভিযোগের সমাধান হয়নি", "my
complaint is not resolved yet", "complaint korechi kintu kichu hoyni"), began a new complaint with those words as its
description: they list one's complaints, each with its number and where it stands. A subject named ("complaint rastar
kaj hoyni") still begins one."""
from __future__ import annotations

import pytest

from gateway.menu import phrase_pattern
from services.grievance.service import MENU
from shared.india import plain

LISTED = {"en": "Your complaints (latest first).", "bn": "আপনার অভিযোগ (সাম্প্রতিক আগে)।"}

ASKED_SO = ["amar tubewell er complaint ta", "আমার জলের অভিযোগটা", "my water complaint",
            "je complaint ta korechilam tar ki khobor", "যে অভিযোগ করেছিলাম তার কী হল", "আমার অভিযোগের আপডেট দিন",
            "status of my grievance", "meri shikayat", "shikayat ka kya hua", "complaint update"]
NUMBER_ASKED = ["amar complaint number ki", "আমার অভিযোগের নম্বর", "আমার অভিযোগ নম্বর কত",
                "complaint number bhule gechi", "abhijog number", "অভিযোগ নম্বর জানি না", "complaint no"]
UNSETTLED = ["amar complaint er kono kaj hoyni", "অভিযোগের সমাধান হয়নি", "আমার অভিযোগের সমাধান হয়নি",
             "my complaint is not resolved yet", "complaint solve hoyni", "অভিযোগ করেছিলাম কিন্তু কিছু হয়নি",
             "complaint korechi kintu kichu hoyni"]


@pytest.mark.parametrize("words", ["status of my complaint pls", "what happened to my complaint?"])
async def test_asked_just_after_lodging_lists_them(person, words):
    number = await person.lodge()
    answered = await person.say(words)
    assert answered.text.startswith(LISTED["en"]), answered.text
    assert f"grievance:view:{number}" in answered.last.choices


@pytest.mark.parametrize("words", ["হ্যালো, আমার অভিযোগের কী হল?", "amar complaint er ki holo",
                                   "আমার অভিযোগটা কোথায় আছে", "abhijog er ki khobor", *ASKED_SO, *NUMBER_ASKED,
                                   *UNSETTLED])
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


def menu_action(text: str) -> str | None:
    return next((p.action for p in MENU.phrases if phrase_pattern(p.pattern).search(plain(text))), None)


@pytest.mark.parametrize("words", [*ASKED_SO, *NUMBER_ASKED, *UNSETTLED])
def test_asked_as_people_also_put_it_is_theirs_at_the_main_menu(words):
    assert menu_action(words) == "mine", words


@pytest.mark.parametrize("words", ["amar ekta abhijog", "আমার একটা অভিযোগ", "my new complaint", "amar notun complaint",
                                   "complaint rastar kaj hoyni"])
def test_a_new_one_asked_for_is_not(words):
    assert menu_action(words) != "mine", words
