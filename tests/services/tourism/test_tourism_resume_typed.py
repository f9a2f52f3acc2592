"""The carry-on offer's buttons typed by their number ("1", "২", "2") are taken as tapped while the offer is what was
last asked; at any other step a number is that step's answer, and the offer's words are still no guest's name."""
from __future__ import annotations

import pytest
from test_tourism_name_not_a_command import at_name
from test_tourism_resume import at_nights


@pytest.mark.parametrize("lang, typed", [("en", "2"), ("bn", "২")])
async def test_the_second_buttons_number_starts_again(make_guest, lang, typed):
    guest = make_guest(lang)
    await at_nights(guest)
    await guest.tap("tourism:menu")
    again = await guest.say(typed)
    assert "tourism:book" in again.choices
    assert "tourism:book" in (await guest.tap("tourism:menu")).choices  # nothing is left in progress


@pytest.mark.parametrize("lang, typed", [("en", "1"), ("bn", "১")])
async def test_the_first_buttons_number_carries_on(make_guest, lang, typed):
    guest = make_guest(lang)
    await at_nights(guest)
    await guest.tap("tourism:menu")
    carried = await guest.say(typed)
    assert "How many nights" in carried.text or "কত রাত" in carried.text


async def test_a_number_at_the_question_itself_is_its_answer(guest):
    await at_nights(guest)
    assert "How many guests" in (await guest.say("2")).text  # 2 nights, as before


@pytest.mark.parametrize("typed, said", [("Continue", "That is not a person's name."),
                                         ("Start again", "Carry on with it, or drop it and start a new one?")])
async def test_the_offers_words_where_no_offer_was_made_name_nobody(make_guest, typed, said):
    """"Start again" is a change of mind, asked about as anywhere in a booking (``changed``)."""
    guest = make_guest(name="WhatsApp User")
    await at_name(guest)
    asked = await guest.say(typed)
    assert said in asked.text and "Your quote" not in asked.text
