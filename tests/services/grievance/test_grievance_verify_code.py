"""A document's verification code typed in the middle of a complaint ('HF6S-PZL2-QOPN-VOOO', printed under a
letter's QR code) was taken as the complaint's words. It now gets the link to its public /verify page, as the main
menu and the permit and NOC chats answer it, and the complaint is kept: the step's question again, saying so. Where
words are asked for, a code among other words is the complaint's words, and sixteen digits are no code."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI

CODE = "HF6S-PZL2-QOPN-VOOO"


async def describing(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    located = await person.share(*KALCHINI)
    return await person.tap(located.choice("grievance:here:"))


@pytest.mark.parametrize("lang, typed", [("en", CODE), ("bn", "যাচাই hf6s pzl2 qopn v000")])
async def test_a_code_at_the_description_gets_its_link_and_the_complaint_is_kept(make_person, lang, typed):
    person = make_person(lang=lang)
    asked = await describing(person)
    answer = await person.say(typed)
    assert f"/verify/{CODE}" in answer.replies[0].text and "grievance:submit:" not in str(answer.choices), answer
    assert ("is kept" if lang == "en" else "রাখা আছে") in answer.text
    assert asked.text.split("\n\n")[0] in answer.text  # the description's question again
    summary = await person.say("The tube well near the primary school has been dry for a week.")
    assert "grievance:submit:" in str(summary.choices) and CODE not in summary.text


async def test_a_code_at_a_list_among_words_gets_its_link(make_person):
    person = make_person()
    await person.tap("grievance:new")
    answer = await person.say(f"is {CODE} genuine?")
    assert f"/verify/{CODE}" in answer.text and "grievance:cat:water" in answer.choices, answer


@pytest.mark.parametrize("typed", [f"The shop's certificate {CODE} is not genuine, please check the shop",
                                   "No money came to account 1234 5678 1234 5678 for the tube well work"])
async def test_words_with_a_code_are_the_description(make_person, typed):
    person = make_person()
    await describing(person)
    summary = await person.say(typed)
    assert "/verify/" not in summary.text and "grievance:submit:" in str(summary.choices), summary
