"""A photo, voice note or video sent right after submitting a complaint (taken once Submit was tapped) began a new
complaint; within half an hour of lodging the person is asked whether it goes onto the complaint just lodged or
starts a new one, the files waiting meanwhile, so neither answer loses one."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP

from services.grievance.repository import Repositories


async def media_of(person, number: str) -> list[str]:
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None
    return [m.id for m in stored.media]


def unanswered(exchange) -> bool:
    """Nothing said back: the message only marked read."""
    return all(r.message.get("status") == "read" for r in exchange.replies)


async def test_files_sent_just_after_lodging_are_added_to_that_complaint_when_the_person_says_so(person):
    number = await person.lodge()
    asked = await person.photo("media-after-1", caption="the pump, as it was this morning")
    assert f"Complaint {number} was lodged just now" in asked.text and "(1 so far)" in asked.text
    assert list(asked.last.choices) == [f"grievance:addto:{number}", "grievance:newwith"]
    more = await person.photo("media-after-2", kind="voice")  # sent before the answer: it waits too, unasked
    assert unanswered(more)
    assert await media_of(person, number) == []
    added = await person.tap(f"grievance:addto:{number}")
    assert f"Added to complaint {number}: a photo and a voice note (attachments now: 2)." in added.text
    assert await media_of(person, number) == ["media-after-1", "media-after-2"]
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None and [m.caption for m in stored.media] == ["the pump, as it was this morning", None]
    again = await person.send(added.envelope)  # redelivered: attached once
    assert again.text == added.text and await media_of(person, number) == ["media-after-1", "media-after-2"]
    old = await person.tap("grievance:newwith")  # the other button of the answered question
    assert "That choice is out of date" in old.text and "Your photo is attached" not in old.text


async def test_or_they_begin_a_new_complaint_with_what_was_written_under_them(make_person):
    person = make_person(lang="bn")
    number = await person.lodge()
    asked = await person.photo("media-after-3", caption="পুকুরের পাশের রাস্তাটা বর্ষায় পুরো ভেঙে গেছে।")
    assert f"অভিযোগ {number} এইমাত্র জমা হয়েছে" in asked.text and "(এখন পর্যন্ত ১টি)" in asked.text
    assert list(asked.last.choices.values()) == ["ওই অভিযোগে যোগ", "নতুন অভিযোগ"]
    begun = await person.tap("grievance:newwith")
    assert begun.text.startswith("আপনার পাঠানো ছবিটি একটি নতুন অভিযোগে যুক্ত করা হয়েছে।")
    await person.tap("grievance:cat:roads")
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "বিবরণ: পুকুরের পাশের রাস্তাটা বর্ষায় পুরো ভেঙে গেছে।" in confirm.text and "সংযুক্তি: ১" in confirm.text
    done = await person.tap(confirm.choice("grievance:submit:"))
    assert await media_of(person, done.event("grievance.ticket.lodged")["number"]) == ["media-after-3"]
    assert await media_of(person, number) == []


async def test_new_complaint_typed_takes_the_files_and_other_words_ask_again(person):
    await person.lodge()
    await person.photo("media-after-4", kind="video")
    unclear = await person.say("hmm")
    assert "lodged just now" in unclear.text and "grievance:newwith" in unclear.last.choices
    begun = await person.say("new complaint")
    assert begun.text.startswith("Your video is attached to a new complaint.")
    assert "grievance:cat:water" in begun.last.choices


async def test_the_question_tapped_hours_later_still_adds_and_a_file_after_half_an_hour_begins_a_new_one(
        person, clock):
    number = await person.lodge()
    asked = await person.photo("media-after-5")
    clock.advance(hours=3)  # walked away, came back and tapped
    added = await person.tap(asked.choice("grievance:addto:"))
    assert f"Added to complaint {number}: a photo (attachments now: 1)." in added.text
    await person.tap("grievance:menu")
    later = await person.photo("media-after-6")  # lodged more than half an hour ago: not asked
    assert later.text.startswith("Your photo is attached to a new complaint.")


async def test_a_complaint_closed_meanwhile_keeps_the_files_for_a_new_one(person, runtime):
    number = await person.lodge()
    await person.photo("media-after-7")
    await Repositories.of(runtime.store).tickets.change(number, lambda t: t.model_copy(update={"status": "closed"}))
    refused = await person.tap(f"grievance:addto:{number}")
    assert "no longer being handled" in refused.text and "grievance:newwith" in refused.last.choices
    begun = await person.tap("grievance:newwith")
    assert begun.text.startswith("Your photo is attached to a new complaint.")


async def test_asking_for_an_official_while_files_wait_asks_where_they_go_first(person):
    number = await person.lodge()
    await person.photo("media-after-officer")
    asked = await person.say("I want to talk to an officer")
    assert asked.text.startswith("An official reads your complaint and answers here. First, say where the files")
    assert list(asked.last.choices) == [f"grievance:addto:{number}", "grievance:newwith"]
    added = await person.tap(f"grievance:addto:{number}")
    assert f"Added to complaint {number}" in added.text
    assert await media_of(person, number) == ["media-after-officer"]
