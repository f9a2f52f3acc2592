"""A complaint asked for, or a problem named, with its subject alone ("water complaint", "I want to complain about
water", "jol er complaint korbo", "জলের অভিযোগ", "water problem", "জলের সমস্যা", "rastar somossa") asked "What is the
complaint about?" (at the main menu and the chat's own "new" words), began one with those words as its description
(a longer ask at the complaints' start), or was "Sorry, I did not understand that" there ("water problem"). Each now
begins a complaint at that subject, said taken from the words, the place asked next and then the description: the
words describe nothing. A subject with more said of it is the description as before; words naming no subject, or
refusing a complaint, are read as before."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI_GP
from phone_kit import at_the_menu, choices, has, words

from services.grievance.conversation.wants import named_alone
from services.grievance.repository import Repositories

TAKEN = {"en": "Subject: Drinking water, as your words say.", "bn": "বিষয়: পানীয় জল, আপনার লেখা থেকে বোঝা গেল।"}
DESCRIBE = {"en": "Describe the problem in your own words", "bn": "নিজের ভাষায় সমস্যাটি লিখুন"}


@pytest.mark.parametrize("typed", ["water problem", "জলের সমস্যা", "rastar somossa", "light er problem",
                                   "water complaint", "I want to complain about water", "jol er complaint korbo",
                                   "জলের অভিযোগ", "amar jol er somossa ache", "I have a water problem"])
def test_a_subject_alone_with_a_problem_or_complaint_is_read(typed):
    assert named_alone(typed), typed


@pytest.mark.parametrize("typed", ["rasta bhanga complaint", "jol er complaint korbo na", "joler kono somossa nei",
                                   "no water problem", "complaint", "new complaint", "I want to complain", "problem",
                                   "the tube well near the school is broken"])
def test_more_said_none_named_or_refused_is_not(typed):
    assert not named_alone(typed), typed


@pytest.mark.parametrize(("lang", "typed"), [("en", "water problem"), ("en", "I want to complain about water"),
                                             ("bn", "জলের সমস্যা"), ("bn", "jol er complaint korbo")])
async def test_at_the_complaints_start_begun_at_the_subject_and_the_description_asked_after_the_place(
        make_person, lang, typed):
    person = make_person(lang=lang)
    await person.tap("grievance:menu")
    begun = await person.say(typed)
    assert begun.text.startswith(TAKEN[lang]), begun.text
    assert "grievance:new" not in begun.last.choices
    asked = await person.tap(f"grievance:gp:{KALCHINI_GP}")  # the words are no description: it is asked
    assert DESCRIBE[lang] in asked.text, asked.text
    described = await person.say("the tube well near the school gives no water for a week")
    done = await person.tap(described.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and stored.category == "water", stored
    assert stored.description == "the tube well near the school gives no water for a week", stored.description


@pytest.mark.parametrize("typed", ["water complaint", "I want to complain about water", "জলের অভিযোগ করব"])
async def test_at_the_main_menu_a_complaint_asked_with_its_subject_is_begun_there(system, typed):
    phone = await at_the_menu(system, "919800360001")
    got = await phone.say(typed, until=has("interactive"))
    assert "Drinking water, as your words say" in words(got) and "Where is the problem?" in words(got), words(got)
    assert "grievance:cat:roads" not in choices(got), choices(got)


async def test_at_the_main_menu_a_complaint_asked_alone_still_asks_its_subject(system):
    phone = await at_the_menu(system, "919800360002")
    got = await phone.say("I want to make a complaint", until=has("interactive"))
    assert "What is the complaint about?" in words(got) and "grievance:cat:roads" in choices(got), words(got)
