"""A first message asking after an application ("amar trade licence er ki holo", "my building permit status"), sent
first or at the language question, goes straight to building permission or the trade NOC in the language the gateway
guesses from the words; but neither said the language was only guessed, so someone whose words were read as the
other language went on in it with no word of how to change it. The answer to such a message now says, in the other
language, how to change it (as complaints, payroll and tourism do); the next answer no longer says it, nor does one
to a chosen language."""
from __future__ import annotations

import pytest
from phone_kit import TO_BENGALI, TO_ENGLISH, Phone, first_words, has, words


@pytest.mark.parametrize("greeted", [False, True])  # sent first, or at the language question
@pytest.mark.parametrize("typed, asked, other", [
    ("amar trade licence er ki holo", "NOC মেনু", TO_ENGLISH),
    ("আমার ট্রেড লাইসেন্সের কী হল", "NOC মেনু", TO_ENGLISH),
    ("my building permit status", "permission menu", TO_BENGALI),  # none on the number: said, with the menu
])
async def test_a_first_question_says_how_to_change_the_guessed_language(system, greeted, typed, asked, other):
    http, base = system
    phone = Phone(http, base, "919700000061", name="Asker")
    first = await first_words(phone, typed, asked, greeted=greeted)
    assert other in words(first)
    again = await phone.say("kichu ekta", until=has("interactive"))  # the next answer says it no more
    assert TO_ENGLISH not in words(again) and TO_BENGALI not in words(again)


@pytest.mark.parametrize("lang, typed, asked", [
    ("bn", "amar trade licence er ki holo", "NOC মেনু"), ("en", "my building permit status", "permission menu")])
async def test_a_chosen_language_is_not_said_to_be_guessed(system, lang, typed, asked):
    http, base = system
    phone = Phone(http, base, "919700000062", name="Asker")
    await phone.start(lang)
    got = await phone.say(typed, until=lambda m: asked in words(m))
    assert TO_ENGLISH not in words(got) and TO_BENGALI not in words(got)
