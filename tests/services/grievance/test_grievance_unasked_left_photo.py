"""A photo sent instead of tapping at 'Is this a new complaint, or about complaint GRV-…?' (words sent from the
main menu after looking at one's complaint) began a new complaint of its own, or was asked about as a file for the
complaint just lodged, the words kept for the question lost. It is now kept with those words, the question asked
again saying so, and goes where the person then chooses: into the new complaint, onto that complaint, or nowhere;
nothing reaches an official without a tap."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP

from services.grievance.repository import Repositories

WORDS = "Nobody has come about it since Monday, please help us"
HANDOFF = "grievance.handoff.requested"


async def _asked(person) -> str:
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    await person.send(person.envelope(text=WORDS, unasked=True))
    return number


async def _media_of(person, number: str) -> list[str]:
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None
    return [m.id for m in stored.media]


async def test_a_photo_at_the_question_is_kept_with_the_words_and_goes_into_the_new_complaint(person):
    number = await _asked(person)
    kept = await person.photo("media-left-1", caption="the broken pump")
    assert not kept.events and "Kept with your words: a photo." in kept.text
    assert f"Is this a new complaint, or about complaint {number}" in kept.text and f"“{WORDS}”" in kept.text
    assert list(kept.last.choices) == [f"grievance:leftnew:{number}", f"grievance:leftabout:{number}",
                                       f"grievance:leftdrop:{number}"]
    assert await _media_of(person, number) == []
    begun = await person.tap(f"grievance:leftnew:{number}")
    assert begun.text.startswith("Your message is the start of a new complaint.") and not begun.events
    await person.tap("grievance:cat:water")
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert f"Description: {WORDS}" in confirm.text and "Attachments: 1" in confirm.text
    assert await _media_of(person, number) == []


async def test_about_that_one_adds_the_photo_to_it_and_asks_before_sending_the_words(person):
    number = await _asked(person)
    await person.photo("media-left-1")
    await person.photo("media-left-2", kind="voice")
    about = await person.tap(f"grievance:leftabout:{number}")
    assert not about.events and f"Added to complaint {number}: a photo and a voice note" in about.text
    assert f"Send this to the official handling complaint {number}" in about.text
    assert await _media_of(person, number) == ["media-left-1", "media-left-2"]
    sent = await person.tap(f"grievance:send:{number}")
    assert sent.event(HANDOFF)["message"] == WORDS


async def test_dont_send_drops_the_words_and_the_photo(make_person):
    person = make_person(lang="bn")
    number = await _asked(person)
    kept = await person.photo("media-left-1")
    assert not kept.events and "আপনার লেখার সঙ্গে রাখা আছে: একটি ছবি।" in kept.text
    dropped = await person.say("পাঠাবেন না")
    assert not dropped.events and "আপনার লেখা ও একটি ছবি পাঠানো হয়নি।" in dropped.text
    assert await _media_of(person, number) == []
