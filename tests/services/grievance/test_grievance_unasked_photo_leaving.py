"""A photo sent at 'Is this a new complaint, or about complaint GRV-…?' (words sent from the main menu) is kept with
the words until the person answers. Leaving the question instead — the main menu, back, another choice — let the
photo go without a word. Now the main menu's Complaints row offers to carry on with the question, the photo still
kept; leaving it (Start again, back, another button, other words sent from the main menu, which begin a new
complaint) says that the words and the photo were not kept and how to send the photo again."""
from __future__ import annotations

from grievance_kit import KALCHINI_GP

from services.grievance.repository import Repositories

WORDS = "Nobody has come about it since Monday, please help us"
NOT_KEPT = ("Your words and what you sent with them (a photo) were not kept, and nothing was sent. To add a photo "
            "to a complaint, open it (or start a new one) and send the photo there.")


async def _photo_at_question(person) -> str:
    number = await person.lodge()
    await person.tap(f"grievance:view:{number}")
    await person.send(person.envelope(text=WORDS, unasked=True))
    kept = await person.photo("media-leave-1")
    assert not kept.settled  # the main menu, typed next, says it is kept
    return number


async def _media_of(person, number: str) -> list[str]:
    stored = await Repositories.of(person.store).tickets.get(number)
    assert stored is not None
    return [m.id for m in stored.media]


async def test_the_main_menu_row_offers_to_carry_on_with_the_words_and_the_photo(person):
    number = await _photo_at_question(person)
    back = await person.tap("grievance:menu")
    assert "You left this part-way through" in back.text
    assert f"What you wrote and sent with it (a photo), not yet sent: a new complaint, or about {number}?" in back.text
    assert back.last.choices == {"grievance:resume": "Carry on", "grievance:restart": "Start again"}
    carried = await person.tap("grievance:resume")
    assert "Kept with your words: a photo." in carried.text and f"“{WORDS}”" in carried.text
    await person.tap(f"grievance:leftabout:{number}")
    assert await _media_of(person, number) == ["media-leave-1"]


async def test_start_again_says_the_photo_was_not_kept(person):
    number = await _photo_at_question(person)
    await person.tap("grievance:menu")
    again = await person.tap("grievance:restart")
    assert NOT_KEPT in again.text
    assert set(again.last.choices) == {"grievance:new", "grievance:mine", "grievance:report"}
    assert await _media_of(person, number) == []
    listed = await person.say("my complaints")
    assert "not kept" not in listed.text  # said once


async def test_back_or_another_button_says_the_photo_was_not_kept(person):
    number = await _photo_at_question(person)
    left = await person.say("back")
    assert NOT_KEPT in left.text and f"Complaint {number}" in left.text
    await person.send(person.envelope(text=WORDS, unasked=True))
    await person.photo("media-leave-2")
    other = await person.tap("grievance:new")
    assert NOT_KEPT in other.text
    await person.tap("grievance:cat:water")
    confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "Attachments" not in confirm.text


async def test_other_words_from_the_main_menu_say_the_photo_was_not_kept(person):
    number = await _photo_at_question(person)
    again = await person.send(person.envelope(text="The pump handle is broken too", unasked=True))
    assert again.text.startswith("Your message is the start of a new complaint.") and NOT_KEPT in again.text
    assert await _media_of(person, number) == []


async def test_bengali_says_the_photo_was_not_kept(make_person):
    person = make_person(lang="bn")
    number = await _photo_at_question(person)
    back = await person.tap("grievance:menu")
    assert f"আপনার লেখা ও তার সঙ্গে পাঠানো একটি ছবি, এখনও পাঠানো হয়নি: নতুন অভিযোগ, নাকি {number} নিয়ে?" in back.text
    left = await person.tap("grievance:restart")
    assert ("আপনার লেখা ও তার সঙ্গে পাঠানো একটি ছবি রাখা হয়নি, কিছুই পাঠানো হয়নি। কোনো অভিযোগে ছবি যোগ করতে "
            "অভিযোগটি খুলুন (বা নতুন অভিযোগ শুরু করুন) এবং সেখানে ছবিটি পাঠান।") in left.text
