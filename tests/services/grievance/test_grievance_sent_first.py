"""A photo, video, voice note or document sent to the complaints service with no complaint being lodged nor open on
screen (sent first, at the main menu, most often: the gateway hands it here) begins a new complaint holding it, as
a shared location does, instead of being turned away to be sent again."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI_GP

from services.grievance.repository import Repositories


async def test_a_photo_sent_first_begins_a_complaint_that_is_lodged_with_it(person):
    begun = await person.photo("media-first-1")
    assert begun.text.startswith("Your photo is attached to a new complaint.")
    assert "What is the complaint about?" in begun.text and "grievance:cat:water" in begun.last.choices
    assert 'Type *back* or 0 to go back, or *menu* for the main menu.' in begun.text
    await person.tap("grievance:cat:water")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    confirm = await person.say("The tube well near the primary school has been dry for a week.")
    assert "Attachments: 1" in confirm.text and confirm.choice("grievance:drop:")
    done = await person.tap(confirm.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and [(m.kind, m.id) for m in stored.media] == [("image", "media-first-1")]


async def test_a_caption_under_the_first_photo_is_the_description_in_bengali(make_person):
    person = make_person(lang="bn")
    begun = await person.photo("media-first-2", caption="স্কুলের সামনে বড় গাছ ভেঙে পড়ে আছে।")
    assert begun.text.startswith("আপনার পাঠানো ছবিটি একটি নতুন অভিযোগে যুক্ত করা হয়েছে।")
    assert "অভিযোগটি কী বিষয়ে?" in begun.text and "grievance:cat:roads" in begun.last.choices  # no subject named
    await person.tap("grievance:cat:other")
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")  # the description is not asked: the caption is it
    assert "বিবরণ: স্কুলের সামনে বড় গাছ ভেঙে পড়ে আছে।" in confirm.text and "সংযুক্তি: ১" in confirm.text
    done = await person.tap(confirm.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and stored.description == "স্কুলের সামনে বড় গাছ ভেঙে পড়ে আছে।"
    assert [m.id for m in stored.media] == ["media-first-2"]


async def test_a_caption_too_short_to_describe_it_is_asked_for_and_the_photo_is_still_said_to_be_kept(make_person):
    person = make_person(lang="bn")
    begun = await person.photo("media-first-3", caption="ভাঙা কল")
    assert begun.text.startswith("আপনার পাঠানো ছবিটি একটি নতুন অভিযোগে যুক্ত করা হয়েছে।\n")
    assert "\nবিষয়: পানীয় জল, আপনার লেখা থেকে" in begun.text and "\nআরেকটু লিখুন" in begun.text  # কল: a tap


@pytest.mark.parametrize(("kind", "en", "bn"), [
    ("voice", "Your voice note is attached", "আপনার ভয়েস নোটটি একটি নতুন অভিযোগে"),
    ("audio", "Your voice note is attached", "আপনার ভয়েস নোটটি একটি নতুন অভিযোগে"),
    ("video", "Your video is attached", "আপনার পাঠানো ভিডিওটি একটি নতুন অভিযোগে"),
    ("document", "Your document is attached", "আপনার পাঠানো ফাইলটি একটি নতুন অভিযোগে")])
async def test_a_voice_note_video_or_document_sent_first_begins_one_too(make_person, kind, en, bn):
    for lang, said in (("en", en), ("bn", bn)):
        begun = await make_person(lang=lang).photo(f"media-{kind}-{lang}", kind=kind)
        assert begun.text.startswith(said) and "grievance:cat:water" in begun.last.choices, (kind, lang)


async def test_a_photo_from_the_list_of_ones_complaints_begins_a_new_one_and_a_sticker_begins_none(person, clock):
    await person.lodge()
    clock.advance(minutes=31)  # not lodged just now, when the person is asked which (``test_grievance_just_lodged``)
    listed = await person.tap("grievance:mine")
    assert listed.last.choices
    sticker = await person.photo("media-sticker", kind="sticker")
    assert "A sticker cannot be added to a complaint" in sticker.text and "grievance:cat:water" not in sticker.text
    begun = await person.photo("media-later")
    assert begun.text.startswith("Your photo is attached to a new complaint.")
    again = await person.send(begun.envelope)  # redelivered: the same answer, one draft with one photo
    assert again.text == begun.text
    await person.tap("grievance:cat:water")
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "Describe the problem" in confirm.text


async def test_a_sticker_sent_first_begins_no_complaint(make_person):
    person = make_person(lang="bn")
    sticker = await person.photo("media-sticker-first", kind="sticker")
    assert "স্টিকার অভিযোগে যোগ করা যায় না" in sticker.text and "grievance:new" in sticker.last.choices
