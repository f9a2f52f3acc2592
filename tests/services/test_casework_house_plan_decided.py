"""A house's plan or map asked after in Latin letters ("I want my house map approved", "naksha pending keno", "house
map approve korte chai") was read as a trade NOC's decision too, and the menu asked which of the two; the plan is a
building permission's alone (as নকশা and বাড়ি already were), answered at once. A NOC's or an unnamed decision is asked
as before."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_pay_unnamed import claimed


@pytest.mark.parametrize("typed", ["I want my house map approved", "house map approve korte chai",
                                   "naksha pending keno", "amar naksha approve hoyeche?", "house plan rejected why"])
def test_a_house_plan_decided_is_building_permissions_alone(typed):
    services = {c.split(":")[0] for c in claimed(typed)}
    assert services == {"permit"}, claimed(typed)


@pytest.mark.parametrize("typed, services", [("my trade licence approved?", {"noc"}),
                                             ("keno reject holo", {"noc", "permit"})])
def test_a_nocs_or_an_unnamed_decision_as_before(typed, services):
    assert {c.split(":")[0] for c in claimed(typed)} == services


async def test_at_the_main_menu_it_is_answered_not_asked_which(system):
    phone = await at_the_menu(system, "919800000093", "en")
    got = await phone.say("I want my house map approved", until=has("interactive"))
    assert "building permission" in words(got) and "shell:claimed:noc:mine" not in choices(got), (words(got),
                                                                                                   choices(got))
