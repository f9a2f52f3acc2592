"""Complaints tells the main menu when its answer is its own menu (``wa.session.home``), so "back" next goes up to
the main menu: not after a tap of its menu, which the gateway reads as such itself, nor at any other screen."""
from __future__ import annotations


async def test_its_menu_reached_by_back_is_said_and_its_menu_tapped_or_a_list_is_not(person):
    tapped = await person.tap("grievance:menu")
    assert "grievance:new" in tapped.choices and not tapped.home
    await person.lodge()
    listed = await person.tap("grievance:mine")
    assert any(c.startswith("grievance:view:") for c in listed.choices) and not listed.home
    back = await person.say("back")
    assert "grievance:new" in back.choices and back.home
    assert back.events == []  # the word to the main menu is no domain event
