"""Leaving a complaint being put together by "back" at its first question, or typing "new complaint" where its
description is asked: a photo sent first and what was given were dropped without a word (back went to the
complaints' start, a fresh draft in place of the old), or "new complaint" became the description itself. Now the
person is told what the draft holds and asked to carry on with it or drop it."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP

from services.grievance.repository import Repositories


async def test_back_at_the_subject_after_a_photo_asks_and_carry_on_keeps_the_photo(person):
    await person.photo("media-back-1")
    asked = await person.say("back")
    assert "The complaint you began is not sent yet:\n*1 attached*" in asked.text
    assert "Carry on with it, or discard it?" in asked.text
    assert list(asked.last.choices) == ["grievance:resume", asked.choice("grievance:drop:")]
    await person.tap("grievance:resume")
    await person.tap("grievance:cat:water")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    confirm = await person.say("The tube well near the primary school has been dry for a week.")
    done = await person.tap(confirm.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and [m.id for m in stored.media] == ["media-back-1"]


async def test_back_then_discard_says_so_in_bengali(make_person):
    person = make_person(lang="bn")
    await person.photo("media-back-2")
    asked = await person.say("ফিরে")
    assert "আপনার শুরু করা অভিযোগটি এখনও জমা পড়েনি:\n*১টি সংযুক্তি*" in asked.text, asked.text
    dropped = await person.tap(asked.choice("grievance:drop:"))
    assert dropped.text.startswith("খসড়াটি বাতিল হয়েছে")


async def test_back_at_the_subject_with_nothing_given_goes_to_the_start(person):
    await person.tap("grievance:new")
    back = await person.say("back")
    assert "not sent yet" not in back.text and "grievance:new" in back.last.choices


async def test_new_complaint_typed_where_the_description_is_asked_is_no_description(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    asked = await person.say("new complaint")
    assert "The complaint you began is not sent yet" in asked.text
    await person.tap("grievance:resume")
    confirm = await person.say("The tube well near the primary school has been dry for a week.")
    assert "The tube well near the primary school" in confirm.text and "new complaint" not in confirm.text.lower()
