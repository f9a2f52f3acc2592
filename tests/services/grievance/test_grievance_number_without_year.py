"""A complaint's number typed without its year, as people shorten it from the receipt ("GRV 1",
"grv ০০০০০১"): the person's own complaint with that number, never a made-up year."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("typed", ["GRV 1", "grv ০০০০০১", "GRV-000001"])
async def test_a_number_without_its_year_opens_ones_own_complaint(person, typed):
    assert await person.lodge() == "GRV-2026-000001"
    view = await person.say(typed)
    assert "Complaint GRV-2026-000001" in view.text and "Status: Lodged" in view.text, typed


async def test_from_the_main_menu_too(person):
    await person.lodge()
    view = await person.tap("grievance:view:grv ০০০০০১")
    assert "Complaint GRV-2026-000001" in view.text


async def test_another_persons_number_without_its_year_stays_theirs(make_person):
    owner, stranger = make_person(), make_person()
    await owner.lodge()
    view = await stranger.say("GRV 1")
    assert "GRV-2026-000001" not in view.text and "no complaint GRV-000001 among yours" in view.text
