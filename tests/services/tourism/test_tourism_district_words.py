"""Words at the districts question that name no district of ours. Before, "na", "is there parking?" and "I want to
go to Digha with family" were all told "We have nowhere to stay in a district by that name", Digha never named, and
"I want to go to Purulia" too, though we have places there. Now a place we have no guest house in is named, a "no"
or a question is asked to choose a district (the way back below), and a district or guest house named in a sentence
is taken (on 1 March 2026). What a stay has asked there ("is there parking?") is told of every guest house listed."""
from __future__ import annotations

import pytest

NOWHERE = ("nowhere to stay in a district", "ওই নামে কোনো জেলায়")
ASKED = {"en": "Which district would you like to stay in?", "bn": "কোন জেলায় থাকতে চান?"}


async def districts_again(guest, lang: str, typed: str, told: str):
    """``typed`` at the districts question: ``told`` said, the question and the districts again, no district refused."""
    await guest.tap("tourism:book")
    answer = await guest.say(typed)
    assert told in answer.text and ASKED[lang] in answer.text, answer.text
    assert not any(word in answer.text for word in NOWHERE)
    assert "tourism:district:purulia" in answer.last.choices
    return guest


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "I want to go to Digha with family", "We have no guest house in Digha."),
    ("en", "is there a guest house in Digha?", "We have no guest house in Digha."),
    ("en", "trip to mandarmani", "We have no guest house in Mandarmani."),
    ("bn", "দিঘায় যাব", "দিঘা নামের জায়গায় আমাদের কোনো অতিথিনিবাস নেই।"),
])
async def test_a_place_we_have_nothing_in_is_named(make_guest, lang, typed, told):
    await districts_again(make_guest(lang), lang, typed, told)


@pytest.mark.parametrize("lang, typed, told", [
    ("en", "na", "To book a room, choose a district from the list."),
    ("en", "no", "To book a room, choose a district from the list."),
    ("bn", "না", "ঘর বুক করতে তালিকা থেকে একটি জেলা বেছে নিন।"),
    # what a stay has asked, none named: what each guest house has, as "room e parking ache?" there is answered
    ("en", "is there parking?", "What each guest house has"),
    ("en", "What about parking", "What each guest house has"),
    ("bn", "গাড়ি রাখার জায়গা আছে?", "আগে একটি জেলা বেছে নিন"),
])
async def test_a_no_or_a_question_is_asked_for_a_district(make_guest, lang, typed, told):
    guest = await districts_again(make_guest(lang), lang, typed, told)
    back = await guest.say("back")
    assert "tourism:book" in back.last.choices


@pytest.mark.parametrize("typed", ["I want to go to Purulia", "actually purulia is better"])
async def test_a_district_named_in_a_sentence_is_taken(guest, typed):
    await guest.tap("tourism:book")
    answer = await guest.say(typed)
    assert "tourism:property:ayodhya-hills" in answer.last.choices, answer.text


async def test_a_word_of_no_place_is_still_no_district(guest):
    await guest.tap("tourism:book")
    assert "We have nowhere to stay in a district by that name" in (await guest.say("Goa")).text
