""""menu" with a slip of the keyboard ("mnu", "mneu", "menue", "menuu"), typed inside a service's step, was that step's
"Sorry, I did not understand" (a booking's guests, a complaint's district), and at the main menu "Sorry, I did not
follow that": the way back from every step failed on one letter. Each is the menu keyword, whole message only, so the
main menu comes back from any step, what was begun kept as "menu" keeps it; "manu" and "meni", which are names a
step may ask for, stay words."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words

from gateway.keywords import keyword

MAIN = ["grievance:menu", "tourism:menu", "permit:menu", "noc:menu", "payroll:menu"]


@pytest.mark.parametrize("typed", ["mnu", "Mneu", "menue", "menuu!", "meun", "menu pls"])
def test_a_slipped_menu_is_the_menu_keyword(typed):
    assert keyword(typed) == "menu", typed


@pytest.mark.parametrize("typed", ["manu", "meni", "menu card", "Manu Das"])
def test_names_and_other_words_are_not(typed):
    assert keyword(typed) != "menu", typed


@pytest.mark.parametrize(("wa_id", "taps", "typed"), [
    ("919800390001", ("tourism:menu", "tourism:book", "tourism:district:purulia"), "mnu"),
    ("919800390002", ("grievance:menu", "grievance:new", "grievance:cat:water"), "menue"),
])
async def test_inside_a_step_the_main_menu_comes_back(system, wa_id, taps, typed):
    phone = await at_the_menu(system, wa_id)
    for tap in taps:
        await phone.tap(tap, until=has("interactive"))
    got = await phone.say(typed, until=has("interactive"))
    assert choices(got)[-5:] == MAIN, choices(got)
    assert "did not" not in words(got), words(got)
