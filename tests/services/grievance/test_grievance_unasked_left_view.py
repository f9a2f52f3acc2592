"""Words typed at the main menu and sent here with its *Send my message* (``Inbound.unasked``) after the person
looked at one of their complaints and went to the menu: they left that complaint, so the words are neither offered
to its official as a message on it, nor taken as the answer it awaited (a message for the official, a reason to
reopen). They are asked about: a new complaint, about that complaint (then asked where they go, as words typed at
its view are), or not sent; nothing reaches an official without its own tap."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP

WORDS = "Nobody has come about it since Monday, please help us"
WORDS_BN = "সোমবার থেকে কেউ আসেনি, দয়া করে সাহায্য করুন"
HANDOFF = "grievance.handoff.requested"


async def _left_view(person) -> str:
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    return number


async def test_words_sent_from_the_menu_after_a_view_ask_new_or_about_it_and_new_begins_one(person):
    number = await _left_view(person)
    asked = await person.send(person.envelope(text=WORDS, unasked=True))
    assert "Send this to the official" not in asked.text and not asked.events
    assert f"“{WORDS}”" in asked.text and f"Is this a new complaint, or about complaint {number}" in asked.text
    assert list(asked.last.choices) == [f"grievance:leftnew:{number}", f"grievance:leftabout:{number}",
                                        f"grievance:leftdrop:{number}"]
    assert list(asked.last.choices.values()) == ["New complaint", "About that one", "Don't send"]
    begun = await person.tap(f"grievance:leftnew:{number}")
    assert begun.text.startswith("Your message is the start of a new complaint.") and not begun.events
    await person.tap("grievance:cat:water")
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert f"Description: {WORDS}" in confirm.text
    twice = await person.tap(f"grievance:leftabout:{number}")  # the other button, once answered: out of date
    assert "out of date" in twice.text and not twice.events


async def test_about_that_one_asks_whether_to_send_them_to_its_official(person):
    number = await _left_view(person)
    await person.send(person.envelope(text=WORDS, unasked=True))
    about = await person.tap(f"grievance:leftabout:{number}")
    assert not about.events and f"Send this to the official handling complaint {number}" in about.text
    sent = await person.tap(f"grievance:send:{number}")
    assert sent.event(HANDOFF)["message"] == WORDS


async def test_a_message_awaited_for_the_official_is_not_taken_from_the_menu(person):
    number = await _left_view(person)
    await person.tap(f"grievance:human:{number}")  # "Type your message for the official", then the main menu
    asked = await person.send(person.envelope(text=WORDS, unasked=True))
    assert not asked.events and "Is this a new complaint" in asked.text


async def test_typed_answers_in_bengali(make_person):
    person = make_person(lang="bn")
    number = await _left_view(person)
    asked = await person.send(person.envelope(text=WORDS_BN, unasked=True))
    assert f"এটি কি নতুন অভিযোগ, নাকি আগে দেখা অভিযোগ {number} নিয়ে?" in asked.text
    assert list(asked.last.choices.values()) == ["নতুন অভিযোগ", "ওই অভিযোগ নিয়ে", "পাঠাবেন না"]
    unclear = await person.say("হ্যাঁ")  # no answer to which of the two
    assert "দুঃখিত" in unclear.text and not unclear.events
    dropped = await person.say("পাঠাবেন না")
    assert dropped.text.startswith("ঠিক আছে, আপনার লেখা পাঠানো হয়নি।") and not dropped.events
    await person.send(person.envelope(text=WORDS_BN, unasked=True))
    begun = await person.say("নতুন অভিযোগ")
    assert begun.text.startswith("আপনার বার্তা দিয়েই একটি নতুন অভিযোগ শুরু হল।")
