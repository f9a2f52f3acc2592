"""A complaint asked for with the problem in the same message, at the main menu ("the street light is not working, I
want to complain", "I want to complain against the pradhan, he took a bribe", "জল আসছে না, অভিযোগ করতে চাই"): the
subject was asked and **the words were dropped**, the person left to type the problem again. They begin the complaint
as the problem said alone does: its subject taken when the words name one, the words its description. The ask alone
("I want to complain", "abhijog korbo", the *New complaint* button) asks the subject as before."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words

STRANGER = "919800340001"


@pytest.mark.parametrize("lang, typed, subject", [
    ("en", "the street light is not working, I want to complain", "Subject: Street lights"),
    ("en", "I want to complain against the pradhan, he took a bribe", "Subject: "),
    ("bn", "জল আসছে না, অভিযোগ করতে চাই", "বিষয়: পানীয় জল"),
])
async def test_the_problem_said_with_the_ask_begins_the_complaint(system, lang, typed, subject):
    phone = await at_the_menu(system, STRANGER, lang)
    got = await phone.say(typed, until=has("interactive"))
    text = words(got)
    started = {"en": "Your message is the start of a new complaint", "bn": "আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল"}
    assert started[lang] in text and subject in text, text


async def test_the_words_are_the_description(system):
    phone = await at_the_menu(system, STRANGER)
    await phone.say("the street light is not working, I want to complain", until=has("interactive"))
    await phone.tap("grievance:dist:703", until=has("interactive"))
    await phone.tap("grievance:blk:7031", until=has("interactive"))
    summary = await phone.tap("grievance:gp:703103", until=has("interactive"))
    assert "Description: the street light is not working, I want to complain" in words(summary), words(summary)


@pytest.mark.parametrize("typed", ["I want to complain", "abhijog korbo", "complaint",
                                   # a greeting or "I have" before the ask is no problem said
                                   "namaskar, amar ekta complaint ache", "নমস্কার, আমার একটা অভিযোগ আছে",
                                   "good morning sir, I have a complaint", "dada, amar ekta abhijog ache",
                                   # a problem said to be had, and no more ("I could not tell which service" before)
                                   "I have a problem", "amar ekta somossa ache", "আমার একটা সমস্যা আছে",
                                   "ekta problem hoyeche sir"])
async def test_the_ask_alone_asks_the_subject(system, typed):
    phone = await at_the_menu(system, STRANGER)
    got = await phone.say(typed, until=has("interactive"))
    assert "What is the complaint about?" in words(got) and "start of a new complaint" not in words(got), words(got)


@pytest.mark.parametrize("typed, problem", [("shikayat karni hai", False), ("मुझे शिकायत दर्ज करनी है", False),
                                            ("paani nahi aa raha, shikayat karni hai", True)])
def test_hindis_ask_alone_is_no_problem_said(typed, problem):
    from services.grievance.conversation.wants import problem_beside
    assert problem_beside(typed) is problem


@pytest.mark.parametrize("typed", ["kono somossa nei", "I have a problem with my PIN", "amar jol er somossa ache",
                                   "no problem"])
def test_no_problem_or_a_problem_named_is_not_the_ask_alone(typed):
    from gateway.menu import phrase_pattern
    from services.grievance.conversation.wants import PROBLEM_HAD
    from shared.india import plain
    assert not phrase_pattern(PROBLEM_HAD).search(plain(typed))
