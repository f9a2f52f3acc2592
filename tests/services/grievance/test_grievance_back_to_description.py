""""Back" at a complaint's summary asks for the description again: the question read as if nothing had been written,
and the words typed next took the place of the description without a word, so someone adding a line ("also the
handle is broken") lost the problem they had described. The question now shows the description held, says that
words typed replace it, and *Keep it* goes back to the summary with it unchanged."""
from __future__ import annotations

import pytest

from services.grievance.repository import Repositories

SAID = {"en": "The tube well near the school has been dry for a week.",
        "bn": "স্কুলের পাশের টিউবওয়েল এক সপ্তাহ ধরে শুকনো।"}
HELD = {"en": "Your description so far", "bn": "এখন পর্যন্ত আপনার বিবরণ"}
REPLACES = {"en": "replace it", "bn": "বদলাতে"}


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_back_at_the_summary_shows_the_description_held_and_keep_it_returns_to_the_summary(make_person, lang):
    person = make_person(lang=lang)
    await person.draft(text=SAID[lang])
    asked = await person.say("back")
    assert HELD[lang] in asked.text and SAID[lang] in asked.text and REPLACES[lang] in asked.text, asked.text
    summary = await person.tap(asked.choice("grievance:summary:"))
    done = await person.tap(summary.choice("grievance:submit:"))
    stored = await Repositories.of(person.store).tickets.get(done.event("grievance.ticket.lodged")["number"])
    assert stored is not None and stored.description == SAID[lang]


async def test_words_typed_after_back_replace_the_description_as_the_question_says(person):
    await person.draft(text=SAID["en"])
    await person.say("back")
    summary = await person.say("The hand pump near the temple is broken.")
    assert "hand pump near the temple" in summary.text and SAID["en"] not in summary.text


async def test_the_description_asked_first_says_nothing_of_one_held(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    asked = await person.tap("grievance:gp:703506")
    assert HELD["en"] not in asked.text and "Describe the problem" in asked.text
