"""A call asked for ("call me", "please call me back", "amake ekta phone korun", "আমাকে ফোন করুন") was no service's at
the main menu: "I could not tell which service", the words kept to send to Complaints as a complaint in those very
words, and in the complaints' chat not understood. No one calls from this number: that is said, and an official is
reached as "talk to an officer" reaches one (a new complaint, or one's complaint still handled). Words that say more
than the ask ("call me at 5", "I will call my friend") or refuse it ("amake phone korben na") are none of it."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_grievance_official_number_asked import claimed, told_and_his_complaint_chosen

NO_CALL = {"en": "No calls are made from this number.", "bn": "এই নম্বর থেকে কাউকে ফোন করা হয় না।"}


@pytest.mark.parametrize("typed", ["call me", "please call me back", "can you call me", "please call me sir",
                                   "amake ekta phone korun", "amake phone kore din", "আমাকে ফোন করুন",
                                   "প্লিজ আমাকে একবার ফোন করবেন"])
def test_a_call_asked_is_complaints_reaching_an_official(typed: str):
    assert claimed(typed)[:1] == [("grievance", "official")], (typed, claimed(typed))


@pytest.mark.parametrize("typed", ["call me at 5", "I will call my friend", "amake phone korben na",
                                   "ami phone korbo", "call the pradhan about the road"])
def test_more_than_the_ask_is_none_of_it(typed: str):
    assert ("grievance", "official") not in claimed(typed), (typed, claimed(typed))


@pytest.mark.parametrize("lang, typed", [("en", "please call me back"), ("bn", "আমাকে ফোন করুন"),
                                         ("bn", "amake ekta phone korun")])
async def test_with_no_complaint_it_is_said_and_a_complaint_begun(system, lang, typed):
    phone = await at_the_menu(system, "919800000089", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert NO_CALL[lang] in words(got) and "grievance:cat:water" in choices(got), words(got)


async def test_with_complaints_handled_it_is_said_and_one_chosen(system):
    await told_and_his_complaint_chosen(system, "call me", NO_CALL["en"])


async def test_in_the_complaints_chat_it_is_said_too(system):
    phone = await at_the_menu(system, "919800000087", "en")
    await phone.tap("grievance:menu", until=has("interactive"))
    got = await phone.say("please call me", until=has("interactive"))
    said = words(got)
    assert NO_CALL["en"] in said and "did not" not in said, said
