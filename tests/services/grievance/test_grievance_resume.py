"""Back at the complaints' row of the main menu with a complaint half-written: carry on with it, or start again."""
from __future__ import annotations

from grievance_kit import KALCHINI


async def described(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    located = await person.share(*KALCHINI)
    await person.tap(located.choice("grievance:here:"))
    await person.photo("media-photo-1")
    return await person.say("The tube well near the primary school has been dry for a week.")


async def test_a_complaint_left_for_the_main_menu_is_offered_to_carry_on(person):
    assert "grievance:submit:" in str((await described(person)).choices)
    back = await person.tap("grievance:menu")  # "hi" at the gateway, then Complaints on its main menu
    assert "You left this part-way through" in back.text
    assert "A new complaint: " in back.text and "Kalchini" in back.text and "1 attached" in back.text
    assert "“The tube well near the primary" in back.text
    assert back.last.choices == {"grievance:resume": "Carry on", "grievance:restart": "Start again"}
    carried = await person.tap("grievance:resume")
    assert "dry for a week" in carried.text and "Attachments: 1" in carried.text
    done = await person.tap(carried.choice("grievance:submit:"))
    assert done.event("grievance.ticket.lodged")["media"] == 1


async def test_half_a_description_away_the_question_is_asked_again(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    located = await person.share(*KALCHINI)
    await person.tap(located.choice("grievance:here:"))
    back = await person.tap("grievance:menu")
    assert "আপনি এটি মাঝপথে রেখে গিয়েছিলেন" in back.text and "নতুন অভিযোগ: " in back.text
    assert back.last.choices == {"grievance:resume": "চালিয়ে যান", "grievance:restart": "আবার শুরু করুন"}
    carried = await person.tap("grievance:resume")
    assert "grievance:submit:" not in str(carried.choices)
    confirm = await person.say("প্রাথমিক বিদ্যালয়ের কাছের নলকূপটি এক সপ্তাহ ধরে শুকনো।")
    assert "grievance:submit:" in str(confirm.choices)


async def test_starting_again_opens_the_complaints_as_before(person):
    await described(person)
    await person.tap("grievance:menu")
    again = await person.tap("grievance:restart")
    assert set(again.last.choices) == {"grievance:new", "grievance:mine", "grievance:report"}
    home = await person.tap("grievance:menu")
    assert set(home.last.choices) == {"grievance:new", "grievance:mine", "grievance:report"}


async def test_after_the_conversation_ran_out_the_row_opens_the_complaints(person, clock):
    await described(person)
    clock.advance(minutes=31)
    home = await person.tap("grievance:menu")
    assert set(home.last.choices) == {"grievance:new", "grievance:mine", "grievance:report"}


async def test_a_complaint_just_begun_is_nothing_to_carry_on(person):
    await person.tap("grievance:new")
    home = await person.tap("grievance:menu")
    assert set(home.last.choices) == {"grievance:new", "grievance:mine", "grievance:report"}
