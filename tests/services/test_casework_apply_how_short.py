"""How to apply asked with "apply" and how alone ("apply kivabe", "online apply kivabe", "abedon kivabe") or applying
online asked ("can I apply online") was "Sorry, I did not understand" in the building-permission and trade-NOC chats
and no service's at the main menu, where "apply kivabe korbo" was answered: it is how to apply (at the gram
panchayat office, not on WhatsApp), the menu asking which where no service is named. How one's application is seen
("apply kivabe dekhbo"), one's applying said done ("ami online apply korechi") and another office's scheme ("pension
apply kivabe") are read as before."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import at_the_menu, has, words
from test_casework_how_to_get import HOW

BOTH = ["noc:apply", "permit:apply"]


@pytest.mark.parametrize("typed", ["apply kivabe", "apply kivabe?", "online apply kivabe", "abedon kivabe",
                                   "can I apply online", "apply online korte chai"])
def test_how_to_apply_said_short_is_how_to_apply(typed):
    assert menu_claims(typed) == BOTH, typed


@pytest.mark.parametrize(("typed", "claims"), [("trade licence online apply kivabe", ["noc:apply"]),
                                               ("apply kivabe dekhbo", []),
                                               ("ami online apply korechi", ["noc:mine", "permit:mine"]),
                                               ("pension apply kivabe", [])])
def test_others_are_read_as_before(typed, claims):
    assert menu_claims(typed) == claims, typed


@pytest.mark.parametrize(("service", "typed"), [("permit", "online apply kivabe"), ("noc", "apply kivabe"),
                                                ("permit", "can I apply online")])
async def test_in_the_chat_how_to_apply(system, service, typed):
    phone = await at_the_menu(system, "919811200402")
    await phone.tap(f"{service}:menu", until=has("interactive"))
    answer = words(await phone.say(typed, until=has("interactive")))
    assert HOW[service] in answer and "did not understand" not in answer, answer
