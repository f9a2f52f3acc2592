"""A plan named with its decision or its news ("amar plan reject keno holo", "my plan was rejected", "plan er fee koto")
was asked at the main menu whether it was building permission's or a trade NOC's, and "amar plan ta ki holo",
"আমার প্ল্যান বাতিল কেন" reached no service: a plan is a house's, building permission's alone, as নকশা and "plan pass"
already were. A NOC's, a licence's or an unnamed decision is read as before."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, choices, has, words


@pytest.mark.parametrize(("typed", "expected"), [
    ("amar plan reject keno holo", ["permit:mine"]), ("my plan was rejected", ["permit:mine"]),
    ("amar plan ta ki holo", ["permit:mine"]), ("আমার প্ল্যান বাতিল কেন", ["permit:mine"]),
    ("amar plan pending keno", ["permit:mine"]), ("plan er status ki", ["permit:mine"]),
    ("প্ল্যানের কী হল", ["permit:mine"]), ("plan er fee koto", ["permit:fee"]),
])
def test_a_plan_is_building_permissions_alone(typed, expected):
    assert menu_claims(typed) == expected, typed


@pytest.mark.parametrize(("typed", "expected"), [
    ("amar licence reject keno holo", ["noc:mine"]), ("trade licence er fee koto", ["noc:fee"]),
    ("keno reject holo", ["noc:mine", "permit:mine"]), ("ki holo", []), ("recharge plan", []),
])
def test_a_licences_or_an_unnamed_decision_as_before(typed, expected):
    assert menu_claims(typed) == expected, typed


@pytest.mark.parametrize(("lang", "typed"), [("en", "amar plan reject keno holo"), ("bn", "আমার প্ল্যান বাতিল কেন")])
async def test_at_the_main_menu_ones_applications_are_shown_not_asked_which(system, lang, typed):
    phone = await at_the_menu(system, "919800000001", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert "BP/" in words(got) + " ".join(choices(got)) and "shell:claimed:noc:mine" not in choices(got), (
        words(got), choices(got))
