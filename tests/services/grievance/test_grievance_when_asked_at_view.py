"""When one's open complaint will be put right, asked at it ("kobe thik hobe?", "when will it be fixed?", "কবে ঠিক
হবে?"): the words were only offered to be sent to the official, though the office had set a day for it. The day is
said above that offer (still made: the person may want to ask), or, once it has passed, that it has and the official
can be asked why. A finished complaint is not given a day."""
from __future__ import annotations

import pytest
from grievance_kit import YEAR
from phone_kit import at_the_menu, choices, has, words

ARJUN = "919800000002"  # GRV-2026-000002 in progress, expected by a day to come; GRV-2026-000001 resolved


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "when will it be fixed?", f"The office expects to resolve complaint GRV-{YEAR}-000002 by"),
    ("bn", "kobe thik hobe?", f"অফিস অভিযোগ GRV-{YEAR}-000002-এর সমাধান"),
    ("bn", "কবে ঠিক হবে?", f"অফিস অভিযোগ GRV-{YEAR}-000002-এর সমাধান")])
async def test_the_day_set_is_said_above_the_offer_to_ask(system, lang, typed, said):
    arjun = await at_the_menu(system, ARJUN, lang, name="Arjun")
    await arjun.say(f"GRV-{YEAR}-000002", until=has("interactive"))
    got = await arjun.say(typed, until=has("interactive"))
    assert said in words(got), words(got)
    assert f"grievance:send:GRV-{YEAR}-000002" in choices(got), choices(got)


async def test_a_finished_complaint_is_given_no_day(system):
    arjun = await at_the_menu(system, ARJUN, name="Arjun")
    await arjun.say(f"GRV-{YEAR}-000001", until=has("interactive"))
    got = await arjun.say("when will it be fixed?", until=has("interactive"))
    assert "expects to resolve" not in words(got) and "that day has passed" not in words(got), words(got)


async def test_once_the_day_has_passed_it_is_said(office, clock):
    person = office.person()
    number = await person.lodge()
    clock.advance(days=40)  # past any term an office is given
    await person.say(number)
    got = await person.say("when will it be fixed?")
    assert "and that day has passed: you can ask the official why" in got.text, got.text
    assert f"grievance:send:{number}" in got.choices, got.choices
