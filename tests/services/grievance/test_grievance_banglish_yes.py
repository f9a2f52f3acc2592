"""A yes or a no typed in Bengali written in Latin letters ("ha", "haan", "na"), as many type on an English
keyboard: "ha" at the summary was added to the complaint's description ("...jol nei\nha") and the complaint was
not lodged; at the place found it was not understood."""
from __future__ import annotations

from grievance_kit import KALCHINI

from services.grievance.conversation.words import meaning
from services.grievance.repository import Repositories


def test_banglish_yes_and_no_are_read_as_yes_and_no():
    assert [meaning(said) for said in ("ha", "Haa", "haan", "hya", "hyan", "ha.", "thik ache")] == ["yes"] * 7
    assert [meaning(said) for said in ("na", "Naa", "nah")] == ["no"] * 3


async def test_ha_at_the_summary_lodges_the_complaint_without_adding_it_to_the_description(make_person):
    person = make_person(lang="bn")
    await person.draft("water", text="amader parar tubewell e jol nei")
    done = await person.say("ha")
    number = done.event("grievance.ticket.lodged")["number"]
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and stored.description == "amader parar tubewell e jol nei"


async def test_haa_and_na_answer_the_place_found_from_a_location(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    await person.share(*KALCHINI)
    other = await person.say("na")
    assert "grievance:dist:703" in other.last.choices and "বুঝতে পারিনি" not in other.text
    await person.share(*KALCHINI)
    placed = await person.say("haa")
    assert placed.text.startswith("নিজের ভাষায় সমস্যাটি লিখুন")  # the place taken: the description next
