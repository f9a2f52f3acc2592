"""A mistake said to be in the paper itself, no detail named ("certificate e bhul ache", "noc te bhul ache",
"অনুমতিপত্রে ভুল আছে", "permission letter e bhul ache"), was read at the main menu as the letter asked for again, or as
the NOC's menu, or reached no service ("amar licence e bhul"): it is a correction, made only at the gram panchayat
office (``amend``), as "amar licence er naam bhul" is, at the main menu and in the chat. "bhul kore" (by mistake), a
letter asked again, and another scheme's paper are read as before."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, has, words

SAID = {"noc": "are corrected only at the gram panchayat office"}


@pytest.mark.parametrize(("typed", "expected"), [
    ("certificate e bhul ache", ["noc:amend", "permit:amend"]), ("শংসাপত্রে ভুল আছে", ["noc:amend", "permit:amend"]),
    ("noc te bhul ache", ["noc:amend"]), ("amar licence e bhul", ["noc:amend"]),
    ("permission letter e bhul ache", ["permit:amend"]), ("অনুমতিপত্রে ভুল আছে", ["permit:amend"]),
])
def test_a_mistake_in_the_paper_is_a_correction(typed, expected):
    assert menu_claims(typed) == expected, typed


@pytest.mark.parametrize(("typed", "expected"), [
    ("amar licence er naam bhul", ["noc:amend"]), ("certificate ta abar pathan", ["noc:letters", "permit:letters"]),
    ("trade licence bhul kore batil holo keno", ["noc:mine"]), ("birth certificate e bhul ache", []),
])
def test_other_words_are_read_as_before(typed, expected):
    assert menu_claims(typed) == expected, typed


async def test_at_the_main_menu_the_office_is_said(system):
    phone = await at_the_menu(system, "919800394001", "en")
    got = await phone.say("noc te bhul ache", until=has("interactive"))
    assert SAID["noc"] in words(got), words(got)


async def test_in_the_nocs_chat_too(system):
    phone = await at_the_menu(system, "919800394002", "en")
    await phone.tap("noc:menu", until=has("interactive"))
    got = await phone.say("certificate e bhul ache", until=has("interactive"))
    assert SAID["noc"] in words(got), words(got)
