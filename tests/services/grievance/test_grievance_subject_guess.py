"""A complaint begun with words (a photo's caption, a description typed where the subject is asked) takes its subject
from them when they name exactly one category: the place is asked next, with a line saying which subject was taken
and how to change it; words naming none or several leave the subject to be asked as before."""
from __future__ import annotations

import unicodedata

import pytest
from grievance_kit import KALCHINI, KALCHINI_GP

from services.grievance.domain import Categories
from services.grievance.domain.subject import guess
from services.grievance.repository import Repositories
from services.grievance.service import CATEGORIES

OFFERED = [c.key for c in Categories.load(CATEGORIES).chosen_by_people()]


@pytest.mark.parametrize(("text", "key"), [
    ("No drinking water in the tube well", "water"), ("রাস্তায় বড় গর্ত", "roads"),
    ("street light not working", "lights"), ("nala jam", "drainage"), ("পেনশন পাচ্ছি না", "pension"),
    (unicodedata.normalize("NFD", "রাস্তায় বড় গর্ত"), "roads"), ("amader parar kole jol nei", "water"),
    ("১০০ দিনের কাজের টাকা পাইনি", "jobcard"), ("পথবাতিগুলো জ্বলছে না", "lights"),
    ("water on the road", None), ("the broadband is slow", None), ("hello", None), ("", None)])
def test_the_subject_is_guessed_only_when_one_categorys_words_appear_as_whole_words(text, key):
    assert guess(text, OFFERED) == key


def test_a_category_not_offered_is_never_guessed():
    assert guess("nala jam", [k for k in OFFERED if k != "drainage"]) is None


@pytest.mark.parametrize(("lang", "caption", "key", "subject", "asked"), [
    ("en", "No drinking water in the tube well for a week.", "water", "Subject: Drinking water, as your words say",
     "Where is the problem?"),
    ("bn", "স্কুলের সামনের রাস্তায় বড় গর্ত হয়েছে।", "roads", "বিষয়: রাস্তা, আপনার লেখা থেকে বোঝা গেল।",
     "সমস্যাটি কোথায়?"),
    ("bn", "amader parar street light 10 din dhore jolche na", "lights", "বিষয়: পথবাতি, আপনার লেখা থেকে",
     "সমস্যাটি কোথায়?")])
async def test_a_caption_that_names_the_subject_leads_straight_to_the_place(make_person, lang, caption, key,
                                                                            subject, asked):
    person = make_person(lang=lang)
    begun = await person.photo(f"media-guess-{key}", caption=caption)
    assert subject in begun.text and asked in begun.text, begun.text
    assert "grievance:dist:703" in begun.last.choices and "grievance:cats" in begun.last.choices
    assert not [c for c in begun.last.choices if c.startswith("grievance:cat:")]
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert ("*change subject*" if lang == "en" else "*বিষয় বদলান*") in confirm.text
    done = await person.tap(confirm.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and stored.category == key and stored.description == caption


async def test_words_naming_two_subjects_leave_the_subject_to_be_asked(person):
    begun = await person.photo("media-guess-two", caption="Water on the road near the school after every rain.")
    assert "What is the complaint about?" in begun.text and "grievance:cat:water" in begun.last.choices
    assert "Subject:" not in begun.text


async def test_a_guessed_subject_is_changed_at_the_summary_by_typing_and_at_the_place_by_its_row(person):
    begun = await person.photo("media-guess-change", caption="No drinking water in the tube well for a week.")
    listed = await person.tap(begun.choice("grievance:cats"))
    assert "What is the complaint about?" in listed.text and "grievance:cat:lights" in listed.last.choices
    placed = await person.tap("grievance:cat:roads")
    assert "Where is the problem?" in placed.text and "grievance:cats" not in placed.last.choices
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "Subject: Roads" in confirm.text and "change subject" not in confirm.text
    again = await person.say("change subject")  # words at the summary add to the description, but these
    assert "What is the complaint about?" in again.text
    confirm = await person.tap("grievance:cat:lights")
    assert "Subject: Street lights" in confirm.text
    assert "Description: No drinking water in the tube well for a week.\n" in confirm.text
    done = await person.tap(confirm.choice("grievance:submit:"))
    assert done.event("grievance.ticket.lodged")["category"] == "lights"


async def test_a_guessed_subject_is_changed_by_typing_in_bengali_and_from_the_place_found(make_person):
    person = make_person(lang="bn")
    await person.share(*KALCHINI)
    begun = await person.photo("media-guess-located", caption="কলে এক সপ্তাহ ধরে জল আসছে না।")
    assert "বিষয়: পানীয় জল" in begun.text and "grievance:cats" in begun.last.choices
    assert begun.choice("grievance:here:")
    listed = await person.say("বিষয় বদলান")
    assert "অভিযোগটি কী বিষয়ে?" in listed.text
    found = await person.tap("grievance:cat:drainage")  # the place found is asked again, the guess gone
    assert set(found.last.choices) == {f"grievance:here:{KALCHINI_GP}", "grievance:dists"}
    confirm = await person.tap(f"grievance:here:{KALCHINI_GP}")
    assert "বিষয়: নিকাশি ও স্বচ্ছতা" in confirm.text and "বিষয় বদলান" not in confirm.text
    assert "বিবরণ: কলে এক সপ্তাহ ধরে জল আসছে না।" in confirm.text


async def test_words_typed_at_the_subject_question_that_name_one_are_taken_as_it(person):
    await person.tap("grievance:new")
    placed = await person.say("No drinking water in the tube well near the school.")
    assert "Subject: Drinking water" in placed.text and "Where is the problem?" in placed.text
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "Description: No drinking water in the tube well near the school." in confirm.text
    asked = await person.tap("grievance:new")  # the complaint begun is not dropped unasked
    await person.tap(asked.choice("grievance:anew:"))
    short = await person.say("nala jam")  # the subject, too few words to describe it: asked after the place
    assert "Subject: Drainage and sanitation" in short.text and "Where is the problem?" in short.text
    described = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "Describe the problem" in described.text
    asked = await person.tap("grievance:new")
    await person.tap(asked.choice("grievance:anew:"))
    unknown = await person.say("Please help us, nobody listens.")
    assert "tell the problem in a few words" in unknown.text and "grievance:cat:water" in unknown.last.choices
    assert "I could not find that name" not in unknown.text  # a plea, no name misspelt


async def test_a_description_given_after_the_subject_was_chosen_changes_nothing_about_it(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:lights")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    confirm = await person.say("No drinking water in the tube well, and the road is broken.")
    assert "Subject: Street lights" in confirm.text and "change subject" not in confirm.text
    more = await person.photo("media-guess-later", caption="The drain is blocked too.")
    assert "Subject: Street lights" in more.text
    done = await person.tap(more.choice("grievance:submit:"))
    assert done.event("grievance.ticket.lodged")["category"] == "lights"
