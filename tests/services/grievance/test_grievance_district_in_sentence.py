"""A district named in a sentence where the complaint's district is asked ("আমি হুগলি জেলায় থাকি", "পুরুলিয়া জেলায়
থাকি", "I live in Purulia district", "amar bari uttar dinajpur") was told to choose from the list or type the place's
name, though the name alone was read: the one district a sentence names is read as if typed alone (one the directory
does not list takes the complaint to its district office; one it lists shows its blocks). A sentence naming two, or
none ("nodir dhare", a river's bank: no Nadia), is asked again as before."""
from __future__ import annotations

import pytest
from grievance_kit import Person

from shared.districts import district_in

WELL = "The tube well near the school has been dry for a week."


async def _to_the_districts(person: Person) -> None:
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")


@pytest.mark.parametrize(("typed", "key"), [("আমি হুগলি জেলায় থাকি", "hooghly"), ("পুরুলিয়ায় থাকি", "purulia"),
                                            ("I live in Purulia district", "purulia"),
                                            ("amar bari uttar dinajpur", "uttar-dinajpur"),
                                            ("North 24 Parganas e thaki", "north-24-parganas"),
                                            ("মালদহের একটা গ্রামে", "malda"), ("हम हुगली में रहते हैं", "hooghly"),
                                            ("nodir dhare", None), ("purulia ar bankura", None),
                                            ("amar gram naam jani na", None)])
def test_the_one_district_a_sentence_names(typed, key):
    assert district_in(typed) == key


@pytest.mark.parametrize("typed", ["I live in Purulia district", "purulia te thaki"])
async def test_a_district_outside_the_directory_in_a_sentence_takes_the_complaint_there(person, typed):
    await _to_the_districts(person)
    described = await person.say(typed)
    assert "Describe the problem" in described.text, described.text
    summary = await person.say(WELL)
    assert "Place: Purulia district\n" in summary.text


async def test_in_bengali(make_person):
    person = make_person(lang="bn")
    await _to_the_districts(person)
    described = await person.say("আমি হুগলি জেলায় থাকি")
    assert "নিজের ভাষায় সমস্যাটি লিখুন" in described.text, described.text
    summary = await person.say("স্কুলের পাশের নলকূপে এক সপ্তাহ ধরে জল নেই।")
    assert "জায়গা: হুগলি জেলা\n" in summary.text


async def test_a_listed_district_in_a_sentence_shows_its_blocks(person):
    await _to_the_districts(person)
    found = await person.say("amar bari alipurduar jelay")
    assert "grievance:blk:7035" in found.last.choices and "grievance:blk:7031" in found.last.choices, found.text


async def test_two_districts_are_asked_again(person):
    await _to_the_districts(person)
    again = await person.say("purulia ar bankura")
    assert "grievance:dist:703" in again.last.choices and "Describe the problem" not in again.text
