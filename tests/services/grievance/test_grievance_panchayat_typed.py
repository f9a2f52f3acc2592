"""A villager knows their gram panchayat, not always its block: "আগুইবনি" typed where the block of Jhargram is asked
was answered 'I could not find that name. Please pick from the list', and so at the district question. The gram
panchayat is now found among the district's (at the district question, among all the directory lists), said with its
block and district ('Aguiboni Gram Panchayat is in Jhargram block, Jhargram district.') and the complaint goes on; a
block's name still lists its panchayats, and a name that is none still asks again."""
from __future__ import annotations

import pytest
from grievance_kit import Person

AGUIBONI, JHARGRAM = "704101", "704"
LIGHTS = "The street lights in our para have not worked for a month."


async def _to_the_blocks(person: Person) -> None:
    await person.tap("grievance:new")
    await person.tap("grievance:cat:lights")
    await person.tap(f"grievance:dist:{JHARGRAM}")


@pytest.mark.parametrize("typed", ["Aguiboni", "aguiboni gp", "Aguboni"])
async def test_a_panchayat_typed_at_the_block_question_places_the_complaint(person, typed):
    await _to_the_blocks(person)
    placed = await person.say(typed)
    assert placed.text.startswith("Aguiboni Gram Panchayat is in Jhargram block, Jhargram district."), placed.text
    assert "Describe the problem" in placed.text and "could not find" not in placed.text
    summary = await person.say(LIGHTS)
    assert "Place: Aguiboni Gram Panchayat, Jhargram block, Jhargram district" in summary.text


async def test_in_bengali_at_the_block_question(make_person):
    person = make_person(lang="bn")
    await _to_the_blocks(person)
    placed = await person.say("আগুইবনি")
    assert placed.text.startswith("আগুইবনি গ্রাম পঞ্চায়েত ঝাড়গ্রাম জেলার ঝাড়গ্রাম ব্লকে।"), placed.text
    assert "খুঁজে পাইনি" not in placed.text
    summary = await person.say("এক মাস ধরে আমাদের পাড়ায় রাস্তার আলো জ্বলে না।")
    assert "জায়গা: আগুইবনি গ্রাম পঞ্চায়েত, ঝাড়গ্রাম ব্লক, ঝাড়গ্রাম জেলা" in summary.text


async def test_a_panchayat_typed_at_the_district_question(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:lights")
    placed = await person.say("আগুইবনি")
    assert placed.text.startswith("আগুইবনি গ্রাম পঞ্চায়েত ঝাড়গ্রাম জেলার ঝাড়গ্রাম ব্লকে।"), placed.text


async def test_a_block_still_lists_its_panchayats_and_no_name_asks_again(person):
    await _to_the_blocks(person)
    nothing = await person.say("Kolkata Maidan")
    assert "could not find that name" in nothing.text
    listed = await person.say("Binpur-I")
    assert "choose the gram panchayat" in listed.text and "grievance:gp:704203" in listed.last.choices


async def test_at_the_district_question_a_slip_is_no_panchayat(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:lights")
    unknown = await person.say("Patna")  # not Patina, a panchayat of Nayagram block
    assert "could not find that name" in unknown.text
