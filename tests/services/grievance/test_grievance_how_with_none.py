"""Through the real webhook: how to add a photo to one's complaint, or to take one back, asked by someone with no
complaint ("amar complaint e photo add korbo", "complaint withdraw korte chai") was told to choose the complaint
"below" above "You have no complaints with us yet": the line about choosing is left out when there is none to choose,
and kept above the list for someone who has complaints."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words

NONE = "You have no complaints with us yet."
HOW = {"add": "To add a photo or more words to a complaint, choose it below",
       "take_back": "A complaint cannot be withdrawn here."}


@pytest.mark.parametrize(("n", "typed", "how"), [(1, "amar complaint e photo add korbo", "add"),
                                                 (2, "complaint withdraw korte chai", "take_back")])
async def test_with_no_complaint_no_line_about_choosing_one(system, n, typed, how):
    phone = await at_the_menu(system, f"91980039500{n}", "en")
    got = await phone.say(typed, until=has("interactive"))
    assert NONE in words(got) and HOW[how] not in words(got), words(got)


@pytest.mark.parametrize(("typed", "how"), [("amar complaint e photo add korbo", "add"),
                                            ("complaint withdraw korte chai", "take_back")])
async def test_with_complaints_the_line_stays_above_them(system, typed, how):
    phone = await at_the_menu(system, "919800000001", "en")  # the demo's villager with complaints
    got = await phone.say(typed, until=has("interactive"))
    assert HOW[how] in words(got) and any(c.startswith("grievance:view:") for c in choices(got)), words(got)
