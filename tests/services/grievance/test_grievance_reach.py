"""Asking for a person ("I want to talk to an officer", "অফিসারের সঙ্গে কথা বলতে চাই") instead of tapping: an official
answers through a complaint, so the words lead to one, and nothing of a complaint being drafted is lost."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words

from shared.reach import asks_for_person


@pytest.mark.parametrize("typed", [
    "I want to talk to a human", "talk to officer", "Officer", "agent please", "Can I speak with someone?",
    "connect me to the panchayat officer", "অফিসারের সঙ্গে কথা বলতে চাই", "আমি একজন মানুষের সাথে কথা বলতে চাই",
    "আধিকারিক", "officer er sathe kotha bolte chai", "Hello, I need to speak to an officer please",
    "অফিসারের সাথে একটু কথা বলব", "স্যার, কোনো অফিসারের সঙ্গে কথা বলা যাবে?",
    # the talk said first, or with "someone", which were 'not understood' at the main menu
    "kotha bolte chai manusher sathe", "kotha bolbo officer er sathe", "karo sathe kotha bolte chai",
    "কথা বলতে চাই অফিসারের সঙ্গে", "কারো সাথে কথা বলতে চাই",
])
def test_words_that_ask_for_a_person(typed: str):
    assert asks_for_person(typed)


@pytest.mark.parametrize("typed", [
    "complaint against the officer", "the officer took a bribe", "my complaint", "call me back tomorrow",
    "অফিসার টাকা চাইছে", "The tube well near the school has been dry for a week.",
    # another service's matter, or a complaint that names an officer: not for an official's message box
    "I want to talk to someone about my booking", "talk to an officer about my building application",
    "I tried to contact the panchayat officer many times, the tube well near the school is broken",
    "বুকিং নিয়ে অফিসারের সঙ্গে কথা বলতে চাই", "অফিসারের সাথে কথা বলেছি কিন্তু রাস্তা এখনও ভাঙা",
    "officer er sathe kotha bolechi kintu kaj hoyni", "kotha bolte chai amar booking niye",
])
def test_words_about_an_officer_or_anything_else_are_no_such_ask(typed: str):
    assert not asks_for_person(typed)


async def test_with_no_complaint_a_new_one_begins_said_to_be_read_by_an_official(person):
    await person.tap("grievance:menu")
    asked = await person.say("I want to talk to an officer")
    assert asked.text.startswith("An official of the panchayat reads every complaint and answers it here.")
    assert "What is the complaint about?" in asked.text and "grievance:cat:water" in asked.last.choices


async def test_with_one_complaint_its_office_is_asked_for_the_message(person):
    number = await person.lodge()
    asked = await person.tap("grievance:official")  # the gateway's tap for the words typed at the main menu
    assert asked.text.startswith(f"Your complaint {number}.\n\nWrite your message")
    assert "Write your message to the Kalchini Gram Panchayat office" in asked.text
    sent = await person.say("When will the tube well be repaired?")
    assert sent.event("grievance.handoff.requested")["message"] == "When will the tube well be repaired?"


async def test_with_several_complaints_the_person_chooses_which(make_person):
    person = make_person(lang="bn")
    first = await person.lodge()
    second = await person.lodge(category="roads")
    asked = await person.say("অফিসারের সঙ্গে কথা বলতে চাই")
    assert asked.text.startswith("আপনার কোনো একটি অভিযোগ নিয়ে একজন আধিকারিক এখানেই উত্তর দেন")
    assert {f"grievance:view:{first}", f"grievance:view:{second}"} <= set(asked.last.choices)
    view = await person.tap(f"grievance:view:{second}")
    assert f"grievance:human:{second}" in view.last.choices
    at_view = await person.say("অফিসার")  # typed while the complaint is open: that complaint's office
    assert "বার্তা লিখুন" in at_view.text and not at_view.events


async def test_asked_in_the_middle_of_a_draft_the_draft_is_kept_and_its_step_asked_again(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    asked = await person.say("talk to an officer")
    assert asked.text.startswith("An official reads your complaint once it is submitted, and answers here.")
    assert "grievance:dists" in asked.last.choices or "grievance:dist:703" in asked.last.choices  # still the place
    confirm = await person.tap("grievance:gp:703101")
    assert "Describe the problem" in confirm.text


async def test_asked_twice_before_anything_was_drafted_it_is_the_same_fresh_start(person):
    await person.say("agent")
    again = await person.tap("grievance:official")
    assert again.text.startswith("An official of the panchayat reads every complaint")


@pytest.mark.parametrize("lang, typed", [("bn", "kotha bolte chai manusher sathe"), ("bn", "কারো সাথে কথা বলতে চাই")])
async def test_the_talk_said_first_at_the_main_menu_reaches_an_official(system, lang, typed):
    """It was 'I could not tell which service', the words kept for Complaints."""
    phone = await at_the_menu(system, "919800000079", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert "প্রতিটি অভিযোগ পঞ্চায়েতের একজন আধিকারিক পড়েন" in words(got), words(got)
