"""Words sent just after lodging a complaint ("also the handle is broken since yesterday"), from the main menu or
typed after the receipt, most often say more of it, as a photo sent then does, which is asked about; the words began
a new complaint at once ("Your message is the start of a new complaint." and the subjects), the complaint just lodged
never named. Within half an hour of lodging they are now kept and asked about as words sent after looking at a
complaint are: a new complaint, about the one just lodged (then whether to send them to its official), or not sent."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI_GP

WORDS = "Also the handle of the pump is broken since yesterday"
WORDS_BN = "পাম্পের হাতলটাও গতকাল থেকে ভাঙা"
HANDOFF = "grievance.handoff.requested"


@pytest.mark.parametrize("unasked", [True, False])  # from the main menu, or typed at the receipt
async def test_words_sent_just_after_lodging_ask_new_or_about_the_one_just_lodged(person, unasked):
    number = await person.lodge()
    asked = await person.send(person.envelope(text=WORDS, unasked=unasked))
    assert not asked.events and f"“{WORDS}”" in asked.text, asked.text
    assert f"Is this a new complaint, or about complaint {number} that you lodged just now?" in asked.text
    assert list(asked.last.choices) == [f"grievance:leftnew:{number}", f"grievance:leftabout:{number}",
                                        f"grievance:leftdrop:{number}"]
    about = await person.tap(f"grievance:leftabout:{number}")
    assert not about.events and f"Send this to the official handling complaint {number}" in about.text
    sent = await person.tap(f"grievance:send:{number}")
    assert sent.event(HANDOFF)["message"] == WORDS


async def test_new_complaint_there_begins_one_with_the_words(make_person):
    person = make_person(lang="bn")
    number = await person.lodge()
    asked = await person.send(person.envelope(text=WORDS_BN, unasked=True))
    assert f"এটি কি নতুন অভিযোগ, নাকি এইমাত্র জমা দেওয়া অভিযোগ {number} নিয়ে?" in asked.text, asked.text
    begun = await person.tap(f"grievance:leftnew:{number}")
    assert not begun.events and "grievance:cat:water" in begun.last.choices
    await person.tap("grievance:cat:water")
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert f"বিবরণ: {WORDS_BN}" in confirm.text


async def test_after_half_an_hour_the_words_begin_a_new_complaint_as_before(person, clock):
    await person.lodge()
    clock.advance(minutes=31)
    begun = await person.send(person.envelope(text=WORDS, unasked=True))
    assert begun.text.startswith("Your message is the start of a new complaint."), begun.text


async def test_words_naming_another_subject_begin_a_new_complaint_at_once(person):
    await person.lodge()  # the tube well's
    begun = await person.say("The street light in front of the school is not working")
    assert begun.text.startswith("Your message is the start of a new complaint."), begun.text
