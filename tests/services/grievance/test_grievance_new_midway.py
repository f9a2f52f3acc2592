""""New complaint" typed (or "obhijog korbo", or an earlier message's New complaint tapped) while a complaint is being
put together began a fresh draft: a photo sent first, and anything given, were dropped without a word. While the
draft holds something, the person is told what and asked to carry on with it or start again and drop it."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP

from services.grievance.repository import Repositories


async def test_new_complaint_typed_after_a_photo_asks_and_carry_on_keeps_the_photo(person):
    await person.photo("media-midway-1")
    asked = await person.say("new complaint")
    assert "The complaint you began is not sent yet:\n*1 attached*" in asked.text
    assert list(asked.last.choices) == ["grievance:resume", asked.choice("grievance:anew:")]
    carried = await person.tap("grievance:resume")
    assert "What is the complaint about?" in carried.text
    await person.tap("grievance:cat:water")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    confirm = await person.say("The tube well near the primary school has been dry for a week.")
    done = await person.tap(confirm.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and [m.id for m in stored.media] == ["media-midway-1"]


async def test_start_again_drops_the_draft_and_says_so_in_bengali(make_person):
    person = make_person(lang="bn")
    await person.photo("media-midway-2")
    await person.tap("grievance:cat:water")
    asked = await person.say("obhijog korbo")
    assert "আপনার শুরু করা অভিযোগটি এখনও জমা পড়েনি:\n*পানীয় জল, ১টি সংযুক্তি*" in asked.text, asked.text
    again = await person.tap(asked.choice("grievance:anew:"))
    assert again.text.startswith("খসড়াটি বাতিল হয়েছে") and "অভিযোগটি কী বিষয়ে?" in again.text
    await person.tap("grievance:cat:water")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    confirm = await person.say("স্কুলের সামনের টিউবওয়েল এক সপ্তাহ ধরে শুকনো।")
    assert "সংযুক্তি: ১" not in confirm.text, confirm.text
    stale = await person.tap(asked.choice("grievance:anew:"))  # the old draft's button: out of date
    assert "বিবরণ:" in stale.text


async def test_an_old_new_complaint_button_tapped_midway_asks_too(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    asked = await person.tap("grievance:new")
    assert asked.choice("grievance:anew:") and "Drinking water" in asked.text


async def test_with_nothing_given_yet_a_new_complaint_just_begins(person):
    await person.tap("grievance:new")
    begun = await person.say("new complaint")
    assert begun.text.startswith("What is the complaint about?")
