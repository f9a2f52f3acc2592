"""A complaint about a place in a district of West Bengal the directory does not list: the district typed at the
district question takes it to that district's office, with no block or panchayat to choose. The panchayat report
has no figures there and says so; a listed district still goes to its blocks."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI_GP, Person

from services.grievance.repository import Repositories

API = "/api/grievance"
WELL = "The tube well near the school has been dry for a week."
KUA = "স্কুলের পাশের নলকূপে এক সপ্তাহ ধরে জল নেই।"


async def _to_the_districts(person: Person) -> None:
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")


@pytest.mark.parametrize("typed", ["Purulia", "puruliya", "PURULIA.", "Puruliya district", "purulia jela"])
async def test_a_district_outside_the_directory_typed_in_english_takes_the_complaint_to_its_office(person, typed):
    await person.tap("grievance:new")
    asked = await person.tap("grievance:cat:water")
    assert "If your district is not in the list, type its name." in asked.text
    described = await person.say(typed)
    assert "Describe the problem" in described.text and not described.last.choices
    summary = await person.say(WELL)
    assert "Place: Purulia district\n" in summary.text
    done = await person.tap(summary.choice("grievance:submit:"))
    lodged = done.event("grievance.ticket.lodged")
    assert (lodged["district"], lodged["block"], lodged["gp"], lodged["level"]) == ("purulia", None, None, "district")
    assert "It is with the Purulia District office." in done.text and "9 Mar 2026" in done.text
    stored = await Repositories.of(person.store).tickets.get(lodged["number"])
    assert stored is not None
    assert (stored.district, stored.district_name, stored.level, stored.block, stored.gp) == (
        "purulia", "Purulia", "district", None, None)
    assert stored.description == WELL and stored.category == "water"


@pytest.mark.parametrize("typed", ["পুরুলিয়া", "পুরুলি\u09dfা", "পুরুলিয়া জেলা"])
async def test_a_district_outside_the_directory_typed_in_bengali_takes_the_complaint_to_its_office(make_person,
                                                                                                   typed):
    person = make_person(lang="bn")
    await person.say("নতুন অভিযোগ")
    asked = await person.say("পানীয় জল")
    assert "আপনার জেলা তালিকায় না থাকলে জেলার নাম লিখে পাঠান।" in asked.text
    described = await person.say(typed)
    assert "নিজের ভাষায় সমস্যাটি লিখুন" in described.text
    summary = await person.say(KUA)
    assert "জায়গা: পুরুলিয়া জেলা\n" in summary.text
    done = await person.say("হ্যাঁ")
    lodged = done.event("grievance.ticket.lodged")
    assert (lodged["district"], lodged["level"]) == ("purulia", "district")
    assert "দায়িত্বে: পুরুলিয়া জেলা অফিস।" in done.text and "৯ মার্চ ২০২৬" in done.text


async def test_the_district_office_sees_the_complaint_and_another_districts_does_not(office):
    person = office.person()
    await _to_the_districts(person)
    await person.say("Purulia")
    summary = await person.say(WELL)
    done = await person.tap(summary.choice("grievance:submit:"))
    number = done.event("grievance.ticket.lodged")["number"]
    purulia = await office.bearer("district_officer", district="Purulia")
    shown = await office.get(f"{API}/tickets/{number}", headers=purulia)
    assert shown.status == 200
    ticket = await shown.json()
    assert ticket["place"]["district"] == "Purulia" and ticket["level"] == "district"
    queue = await (await office.get(f"{API}/tickets", headers=purulia)).json()
    assert [t["number"] for t in queue["tickets"]] == [number]
    alipurduar = await office.bearer("district_officer", district="Alipurduar")
    assert (await office.get(f"{API}/tickets/{number}", headers=alipurduar)).status == 404
    assert (await (await office.get(f"{API}/tickets", headers=alipurduar)).json())["count"] == 0


async def test_a_listed_district_typed_still_goes_to_its_blocks_and_with_a_slip_too(person):
    await _to_the_districts(person)
    for typed in ("Jhargram", "jhargam", "ঝাড়গ্রাম জেলা"):
        blocks = await person.say(typed)
        assert "grievance:blk:7041" in blocks.last.choices, typed
        await person.say("back")
    unknown = await person.say("Patna")
    assert "I could not find that name" in unknown.text and "grievance:dist:703" in unknown.last.choices


async def test_change_place_from_a_districts_summary_to_a_panchayat_and_back_again(person):
    await _to_the_districts(person)
    await person.say("Bankura")
    summary = await person.say(WELL)
    assert "Place: Bankura district" in summary.text
    await person.tap("grievance:dists")
    again = await person.say("back")  # "Change place" and back: the summary as it was
    assert "Place: Bankura district" in again.text and again.last.choices == summary.last.choices
    await person.tap("grievance:dists")
    await person.tap("grievance:dist:703")
    await person.tap("grievance:blk:7035")
    placed = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "Place: Kalchini Gram Panchayat, Kalchini block, Alipurduar district" in placed.text
    await person.tap("grievance:dists")
    moved = await person.say("Purulia")
    assert "Place: Purulia district" in moved.text and f"Description: {WELL}" in moved.text
    thanked = await person.say("thank you")  # no answer at the summary: the summary again, not the districts
    assert "Place: Purulia district" in thanked.text and thanked.last.choices == moved.last.choices
    done = await person.tap(moved.choice("grievance:submit:"))
    lodged = done.event("grievance.ticket.lodged")
    assert (lodged["district"], lodged["gp"], lodged["level"]) == ("purulia", None, "district")


async def test_back_from_the_description_of_a_district_is_the_district_list_then_the_subject(person):
    await _to_the_districts(person)
    await person.say("Purulia")
    districts = await person.say("back")
    assert "grievance:dist:703" in districts.last.choices
    subject = await person.say("back")
    assert "What is the complaint about?" in subject.text


async def test_the_panchayat_report_says_it_has_no_figures_for_a_district_outside_the_list(make_person):
    person = make_person()
    await person.tap("grievance:report")
    answer = await person.say("Purulia")
    assert "Figures are kept only for the panchayats of the districts in this list; Purulia is not one of them." \
           in answer.text
    assert "could not find" not in answer.text and "grievance:dist:703" in answer.last.choices
    assert "type its name" not in answer.text
    listed = await person.say("Jhargram")
    assert "grievance:blk:7041" in listed.last.choices
    bengali = make_person(lang="bn")
    await bengali.tap("grievance:report")
    said = await bengali.say("পুরুলিয়া")
    assert "শুধু এই তালিকার জেলাগুলির পঞ্চায়েতের হিসাব রাখা হয়; পুরুলিয়া জেলা এর মধ্যে নেই।" in said.text
    assert not [e for e in person.bus.seen if e.type == "grievance.ticket.lodged"]


async def test_a_location_far_from_every_panchayat_says_the_district_may_be_typed(make_person):
    person = make_person()
    await _to_the_districts(person)
    far = await person.share(23.33, 86.36)  # Purulia town
    assert "Please choose the district, or type its name if it is not in the list." in far.text
    described = await person.say("Purulia")
    assert "Describe the problem" in described.text
    bengali = make_person(lang="bn")
    await bengali.tap("grievance:report")
    far = await bengali.share(23.33, 86.36)
    assert "আপনার লোকেশন আমাদের তালিকার কোনো পঞ্চায়েতের কাছে নয়। জেলা বেছে নিন।" in far.text
    assert "জেলার নাম লিখুন" not in far.text
