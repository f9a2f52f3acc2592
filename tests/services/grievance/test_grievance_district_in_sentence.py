"""A district named in a sentence where the complaint's district is asked ("আমি হুগলি জেলায় থাকি", "পুরুলিয়া জেলায়
থাকি", "I live in Purulia district", "amar bari uttar dinajpur") was told to choose from the list or type the place's
name, though the name alone was read: the one district a sentence names is read as if typed alone (one the directory
does not list takes the complaint to its district office; one it lists shows its blocks). A sentence naming two, or
none ("nodir dhare", a river's bank: no Nadia), is asked again as before. Where the district is one the directory
does not list, the complaint goes to its district office with no panchayat to go by: the sentence, which may name the
village ("গ্রাম শিমুলিয়া, হুগলি জেলা"), is kept in the description, as a landmark typed there is."""
from __future__ import annotations

import pytest
from grievance_kit import Person

from services.grievance.repository import Repositories
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


async def test_the_sentence_is_kept_in_the_description_for_the_district_office(person):
    await _to_the_districts(person)
    await person.say("amar gram bagmundi, purulia jela")
    summary = await person.say(WELL)
    assert f"Description: {WELL}\namar gram bagmundi, purulia jela" in summary.text, summary.text
    done = await person.tap(summary.choice("grievance:submit:"))
    lodged = done.event("grievance.ticket.lodged")
    stored = await Repositories.of(person.store).tickets.get(lodged["number"])
    assert stored.description == f"{WELL}\namar gram bagmundi, purulia jela"


async def test_described_first_the_sentence_is_added_to_it(make_person):
    person = make_person(lang="bn")
    await person.say("আমাদের পাড়ায় তিন দিন ধরে জল আসছে না")
    summary = await person.say("গ্রাম শিমুলিয়া, হুগলি জেলা")
    assert "জায়গা: হুগলি জেলা\n" in summary.text, summary.text
    assert "আমাদের পাড়ায় তিন দিন ধরে জল আসছে না\nগ্রাম শিমুলিয়া, হুগলি জেলা" in summary.text, summary.text


async def test_a_district_typed_alone_adds_nothing(person):
    await _to_the_districts(person)
    await person.say("Purulia")
    summary = await person.say(WELL)
    assert f"Description: {WELL}\n\n" in summary.text, summary.text
