"""A description typed at the complaints' start ("the tube well near the school is broken for a week", "রাস্তায় বড়
গর্ত") was answered "Sorry, I did not understand that", though the same words at the main menu begin a complaint
they describe. Now they do here too, the subject taken from them when they name one; a word or two that describes
nothing, the chat's own words and thanks are answered as before."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from grievance_kit import KALCHINI_GP

from services.grievance.repository import Repositories

TUBE_WELL = "the tube well near the school is broken for a week"


async def test_a_description_typed_at_the_start_begins_a_complaint_with_it(person):
    await person.tap("grievance:menu")
    begun = await person.say(TUBE_WELL)
    assert begun.text.startswith("Your message is the start of a new complaint.\nSubject: Drinking water")
    assert "Where is the problem?" in begun.text
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")  # the description is not asked: the words are it
    assert f"Description: {TUBE_WELL}" in confirm.text
    done = await person.tap(confirm.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and stored.description == TUBE_WELL and stored.category == "water"


@pytest.mark.parametrize("words", ["রাস্তায় বড় গর্ত", "obhijog korbo, rasta bhanga"])
async def test_in_bengali_and_banglish_too(make_person, words):
    person = make_person(lang="bn")
    await person.tap("grievance:menu")
    begun = await person.say(words)
    assert begun.text.startswith("আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।\nবিষয়: রাস্তা"), begun.text
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert f"বিবরণ: {words}" in confirm.text


@pytest.mark.parametrize("words", ["hello", "no problem", "thank you so much", "ok", "Start again",
                                   "obhijog korbo na", "cancel my complaint", "I do not want to file a complaint"])
async def test_words_that_describe_nothing_are_answered_as_before(person, words):
    await person.tap("grievance:menu")
    answered = await person.say(words)
    assert not answered.text.startswith("Your message is the start"), answered.text
    assert "grievance:new" in answered.last.choices


@pytest.mark.parametrize(("lang", "words", "begun"), [
    ("en", "rasta kharap", "Your message is the start of a new complaint.\nSubject: Roads"),
    ("en", "drain blocked", "Your message is the start of a new complaint.\nSubject: Drainage"),
    ("bn", "জল নেই", "আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।\nবিষয়: পানীয় জল")])
async def test_a_problem_told_in_a_word_or_two_begins_one_as_at_the_main_menu(make_person, lang, words, begun):
    """"rasta kharap" typed at the complaints' start was "Sorry, I did not understand that", where the main menu
    begins a complaint with it: fewer than three words that tell a problem as the main menu reads one begin it too."""
    assert menu_claims(words) == ["grievance:words"], words
    person = make_person(lang=lang)
    await person.tap("grievance:menu")
    answered = await person.say(words)
    assert answered.text.startswith(begun), answered.text
