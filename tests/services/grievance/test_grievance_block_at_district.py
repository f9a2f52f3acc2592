"""A block's name typed where the district is asked ("Kalchini", "Kalchini block", "কালচিনি") was answered 'I could not
find that name', though the directory lists that block. The block is now found, its district said ('Kalchini is a
block of Alipurduar district.') and its gram panchayats listed, "back" leading to that district's blocks. A district's
name still lists its blocks; a block the directory does not list, typed as one ("Jhalda block"), is answered with
how to find its district."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI_GP, Person

WELL = "The tube well near the school has been dry for a week."


async def _to_the_districts(person: Person) -> None:
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")


@pytest.mark.parametrize("typed", ["Kalchini", "kalchini block", "Kalchini Block.", "kalchni"])
async def test_a_block_typed_at_the_district_question_lists_its_panchayats(person, typed):
    await _to_the_districts(person)
    found = await person.say(typed)
    assert found.text.startswith("Kalchini is a block of Alipurduar district.")
    assert "Kalchini: choose the gram panchayat." in found.text and "could not find" not in found.text
    assert f"grievance:gp:{KALCHINI_GP}" in found.last.choices
    described = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "Describe the problem" in described.text
    summary = await person.say(WELL)
    assert "Place: Kalchini Gram Panchayat, Kalchini block, Alipurduar district" in summary.text


async def test_in_bengali_and_back_goes_to_the_districts_blocks(make_person):
    person = make_person(lang="bn")
    await _to_the_districts(person)
    found = await person.say("কালচিনি ব্লক")
    assert found.text.startswith("কালচিনি আলিপুরদুয়ার জেলার একটি ব্লক।")
    assert f"grievance:gp:{KALCHINI_GP}" in found.last.choices
    back = await person.say("ফিরে")
    assert "grievance:blk:7035" in back.last.choices and "grievance:blk:7031" in back.last.choices


async def test_a_districts_name_still_lists_its_blocks(person):
    await _to_the_districts(person)
    listed = await person.say("Jhargram")  # a block of that name too: the district is meant
    assert listed.text.startswith("Jhargram: choose the block.")


async def test_a_block_not_listed_is_answered_with_how_to_find_its_district(person):
    await _to_the_districts(person)
    asked = await person.say("Jhalda block")
    assert "type the name of its district" in asked.text and "Aadhaar" in asked.text
    assert "grievance:dist:703" in asked.last.choices
    placed = await person.say("Purulia")
    assert "Describe the problem" in placed.text
