"""Leaving the question "add these files to GRV-… or start a new complaint?" ("back", ফিরে, 0, the main menu, "my
complaints") let the waiting files go without a word. Now back, "Start again" or another part of the complaints says
plainly that they were added nowhere and how to add them; the main menu's Complaints row offers to carry on with the
question, as it does with a complaint half-written."""
from __future__ import annotations

import pytest
from test_grievance_just_lodged import media_of


@pytest.mark.parametrize("word", ["back", "0"])
async def test_back_at_the_question_says_the_files_were_not_added(person, word):
    number = await person.lodge()
    await person.photo("media-back-1")
    await person.photo("media-back-2")
    left = await person.say(word)
    assert (f"What you sent (2 photos) has not been added to complaint {number} or to a new complaint. "
            "To add it, send it again.") in left.text
    assert set(left.last.choices) == {"grievance:new", "grievance:mine", "grievance:report"}
    assert await media_of(person, number) == []


async def test_ফিরে_says_so_in_bengali(make_person):
    person = make_person(lang="bn")
    number = await person.lodge()
    await person.photo("media-back-3", kind="voice")
    left = await person.say("ফিরে")
    assert (f"আপনার পাঠানো একটি ভয়েস নোট অভিযোগ {number}-এ বা নতুন কোনো অভিযোগে যোগ করা হয়নি। "
            "যোগ করতে চাইলে আবার পাঠান।") in left.text


async def test_the_main_menu_row_offers_to_carry_on_with_the_question(person):
    number = await person.lodge()
    await person.photo("media-menu-1")
    back = await person.tap("grievance:menu")  # "menu" at the gateway, then Complaints on its main menu
    assert "You left this part-way through" in back.text
    assert f"What you sent just now (a photo), not yet added to complaint {number} or to a new one" in back.text
    assert back.last.choices == {"grievance:resume": "Carry on", "grievance:restart": "Start again"}
    carried = await person.tap("grievance:resume")
    assert f"Complaint {number} was lodged just now" in carried.text
    added = await person.tap(f"grievance:addto:{number}")
    assert f"Added to complaint {number}: a photo" in added.text


async def test_starting_again_or_going_elsewhere_says_the_files_were_not_added(person):
    number = await person.lodge()
    await person.photo("media-menu-2")
    await person.tap("grievance:menu")
    again = await person.tap("grievance:restart")
    assert f"What you sent (a photo) has not been added to complaint {number}" in again.text
    await person.photo("media-menu-3")
    listed = await person.say("my complaints")
    assert f"What you sent (a photo) has not been added to complaint {number}" in listed.text
    await person.tap(f"grievance:view:{number}")
    assert await media_of(person, number) == []
