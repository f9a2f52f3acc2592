"""Moving a complaint to a higher office asked at its view ("escalate korun", "higher authority te pathan", "please
send it to the BDO", "উপরের অফিসে পাঠান") was only offered to be sent to the official, as any words are: nothing said
that a complaint moves up by itself. Above the same offer it is now said: the office holding it, the office it moves
up to and the day its time runs out (a message does not move it sooner); at the district office, that it is the
highest. When it will be put right is still answered by its expected day; a closed complaint is not told either."""
from __future__ import annotations

import pytest

from services.grievance import escalation
from services.grievance.domain import Directory
from services.grievance.service import DIRECTORY

PLACES = Directory.load(DIRECTORY)
SEND = "Send this to the official handling complaint"


@pytest.mark.parametrize("typed", ["escalate korun", "higher authority te pathan", "please send it to the BDO",
                                   "upor mohol e janan"])
async def test_at_the_panchayat_the_block_and_the_day_are_said(person, typed):
    number = await person.lodge()  # water: 7 days at the gram panchayat, expected by 9 March
    await person.tap(f"grievance:view:{number}")
    answer = await person.say(typed)
    assert (f"Complaint {number} moves up to the block office by itself if the Kalchini Gram Panchayat office has not "
            "put it right by 9 Mar 2026") in answer.text, answer.text
    assert SEND in answer.text and f"grievance:send:{number}" in answer.last.choices


async def test_in_bengali(make_person):
    person = make_person(lang="bn")
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    answer = await person.say("উপরের অফিসে পাঠান")
    assert f"অভিযোগ {number} নিজে থেকেই ব্লক অফিস-এ যাবে" in answer.text, answer.text


async def test_at_the_district_office_it_is_the_highest(person, runtime, clock):
    number = await person.lodge()
    for days in (8, 8):  # past the panchayat's 7 days, then the block's
        clock.advance(days=days)
        assert await escalation.escalate_due(runtime.context, PLACES) == 1
    await person.tap(f"grievance:view:{number}")
    answer = await person.say("escalate korun")
    assert f"Complaint {number} is with the Alipurduar District office, the highest office" in answer.text, answer.text
    assert SEND in answer.text


async def test_when_asked_is_still_its_day_and_other_words_neither(person):
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    when = await person.say("kobe thik hobe")
    assert "expects to resolve" in when.text and "moves up" not in when.text, when.text
    await person.tap(f"grievance:unsent:{number}")
    await person.tap(f"grievance:view:{number}")
    other = await person.say("the tap is still dry")
    assert "moves up" not in other.text and SEND in other.text, other.text
