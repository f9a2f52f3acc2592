"""The carry-on offer's buttons typed instead of tapped ("Start again", "চালিয়ে যান", or their numbers "1", "২") do
what the buttons do, while the offer is what was last asked: never the complaint's words."""
from __future__ import annotations

import pytest
from test_grievance_resume import described

from services.grievance.repository import Repositories

HOME = {"grievance:new", "grievance:mine", "grievance:report"}


async def offered(person):
    await described(person)
    back = await person.tap("grievance:menu")
    assert set(back.last.choices) == {"grievance:resume", "grievance:restart"}


@pytest.mark.parametrize("lang, typed", [("en", "Start again"), ("bn", "আবার শুরু করুন"), ("en", "2"), ("bn", "২")])
async def test_start_again_typed_opens_the_complaints(make_person, lang, typed):
    person = make_person(lang=lang)
    await offered(person)
    again = await person.say(typed)
    assert set(again.last.choices) == HOME
    assert set((await person.tap("grievance:menu")).last.choices) == HOME  # nothing is in progress now


@pytest.mark.parametrize("lang, typed", [("en", "carry on"), ("en", "Continue"), ("bn", "চালিয়ে যান"), ("en", "1")])
async def test_carry_on_typed_asks_the_question_left(make_person, lang, typed):
    person = make_person(lang=lang)
    await offered(person)
    carried = await person.say(typed)
    assert "dry for a week" in carried.text and "grievance:submit:" in str(carried.choices)
    done = await person.tap(carried.choice("grievance:submit:"))
    ticket = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert ticket.description == "The tube well near the primary school has been dry for a week."
