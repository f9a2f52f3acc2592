"""Words the person sent at the main menu that no service took, handed here when they tapped to send them
(``Inbound.unasked``): with no complaint being lodged nor open on screen they begin a new complaint, as its
description, instead of the person typing them again."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP

from services.grievance.repository import Repositories

WORDS_EN = "Nobody has come about it since Monday, please help us"  # naming no subject
WORDS_BN = "সোমবার থেকে কেউ আসেনি, দয়া করে সাহায্য করুন"


async def test_words_sent_unasked_begin_a_complaint_they_describe_and_it_is_lodged(person):
    begun = await person.send(person.envelope(text=WORDS_EN, unasked=True))
    assert begun.text.startswith("Your message is the start of a new complaint.")
    assert "What is the complaint about?" in begun.text and "grievance:cat:water" in begun.last.choices
    await person.tap("grievance:cat:water")
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")  # the description is not asked: the words are it
    assert f"Description: {WORDS_EN}" in confirm.text
    again = await person.send(begun.envelope)  # redelivered: the same answer, no second draft
    assert again.text == begun.text
    done = await person.tap(confirm.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and stored.description == WORDS_EN


async def test_in_bengali_too(make_person):
    person = make_person(lang="bn")
    begun = await person.send(person.envelope(text=WORDS_BN, unasked=True))
    assert begun.text.startswith("আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।")
    assert "অভিযোগটি কী বিষয়ে?" in begun.text
    await person.tap("grievance:cat:water")
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert f"বিবরণ: {WORDS_BN}" in confirm.text


async def test_words_too_short_to_describe_it_begin_it_and_the_description_is_asked(person):
    begun = await person.send(person.envelope(text="it is bad", unasked=True))
    assert begun.text.startswith("Your message is the start of a new complaint.\nPlease write a little more")


async def test_the_same_words_typed_at_the_complaints_start_begin_it_too(person):
    typed = await person.say(WORDS_EN)  # not sent unasked: a description all the same
    assert typed.text.startswith("Your message is the start of a new complaint.")


async def test_words_sent_unasked_while_a_complaint_is_being_lodged_are_its_description(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    asked = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "Describe the problem" in asked.text
    confirm = await person.send(person.envelope(text=WORDS_EN, unasked=True))
    assert not confirm.text.startswith("Your message is the start") and f"Description: {WORDS_EN}" in confirm.text
