"""A number asked for as an ID ("amar complaint id ta ki", "complaint id bhule gechi", "আমার অভিযোগের আইডি কত") began
a NEW complaint with those words as its description; a booking's ID ("booking id") reached no service, an
application's ("application id") opened the services' menus. Each is asked as its number is: one's own complaints,
bookings or applications, each with its number. An ID card, a voter ID, one's own ID told stay no one's."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, choices, has, words

ARJUN = "919800000002"  # the demo's complainant: GRV-2026-000001, -000002 and -000005 are his


@pytest.mark.parametrize(("typed", "claims"), [
    ("complaint id", ["grievance:mine"]), ("amar complaint id ta ki", ["grievance:mine"]),
    ("complaint id bhule gechi", ["grievance:mine"]), ("complaint er id", ["grievance:mine"]),
    ("complaint ID number ki", ["grievance:mine"]), ("আমার অভিযোগের আইডি কত", ["grievance:mine"]),
    ("booking id", ["tourism:mine"]), ("application id", ["noc:mine", "permit:mine"]),
    ("permit application id", ["permit:mine"]), ("noc id", ["noc:mine"])])
def test_an_id_asked_is_ones_own_number_asked(typed, claims):
    assert menu_claims(typed) == claims, typed


@pytest.mark.parametrize("typed", ["voter id", "id card", "voter id card banabo", "my id is 12345", "amar id nei"])
def test_an_id_of_ones_own_is_no_number_asked(typed):
    assert not [claim for claim in menu_claims(typed) if claim.endswith(":mine")], typed


@pytest.mark.parametrize(("lang", "typed", "listed"), [
    ("en", "amar complaint id ta ki", "Your complaints (latest first)."),
    ("bn", "আমার অভিযোগের আইডি কত", "আপনার অভিযোগ (সাম্প্রতিক আগে)।")])
async def test_at_the_main_menu_ones_complaints_are_listed_and_none_begun(system, lang, typed, listed):
    phone = await at_the_menu(system, ARJUN, lang)
    got = await phone.say(typed, until=has("interactive"))
    assert listed in words(got) and "start of a new complaint" not in words(got), words(got)
    assert {"grievance:view:GRV-2026-000001", "grievance:view:GRV-2026-000002"} <= set(choices(got))


async def test_in_the_complaints_chat_too(system):
    phone = await at_the_menu(system, ARJUN)
    await phone.tap("grievance:menu", until=has("interactive"))
    got = await phone.say("complaint id", until=has("interactive"))
    assert "Your complaints (latest first)." in words(got), words(got)
    assert "grievance:view:GRV-2026-000002" in choices(got)


async def test_nobody_is_shown_anothers(system):
    phone = await at_the_menu(system, "919800000079")
    got = await phone.say("amar complaint id ta ki", until=has("interactive"))
    assert "You have no complaints with us yet." in words(got), words(got)
    assert not [c for c in choices(got) if c.startswith("grievance:view:")], choices(got)
