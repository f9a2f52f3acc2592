"""A complaint left at its place question for the main menu, then a new problem typed there, through the real
webhook, services and fake Cloud API: the person is asked whether it is a new complaint or to carry on with the one
begun, where the words were taken as a place name ("I could not find that name. Please pick from the list")."""
from __future__ import annotations

from .conftest import System
from .test_complaint_photos import buttons
from .test_menu_words import answer, at_the_menu, said

ENGLISH, BENGALI = "919800000261", "919800000262"


async def test_a_new_problem_after_the_menu_asks_and_begins_a_new_complaint(system: System):
    sent = await at_the_menu(system, ENGLISH, "en")
    reply, sent = await answer(system, ENGLISH, "rastar alo jole na", sent)
    assert "Where is the problem?" in reply, reply
    _, sent = await answer(system, ENGLISH, "menu", sent)
    reply, sent = await answer(system, ENGLISH, "rastay jol jome ache", sent)
    assert "could not find that name" not in reply, reply
    assert "Your words sound like a new problem: “rastay jol jome ache”." in reply and "Street lights" in reply, reply
    asked = (await system.replies(ENGLISH, sent))[-1]
    new, carry_on = buttons(asked)
    assert new.startswith("grievance:afresh:") and carry_on == new.replace("afresh", "keep")
    await system.tap(ENGLISH, new, "New complaint")
    begun = said((await system.replies(ENGLISH, sent + 1))[-1])
    assert begun.startswith("The draft was discarded; nothing was lodged.\nYour message is the start of a new"), begun


async def test_carrying_on_after_the_menu_in_bengali_asks_the_place_again(system: System):
    sent = await at_the_menu(system, BENGALI, "bn")
    reply, sent = await answer(system, BENGALI, "রাস্তা ভাঙা", sent)
    assert "সমস্যাটি কোথায়?" in reply, reply
    _, sent = await answer(system, BENGALI, "মেনু", sent)
    reply, sent = await answer(system, BENGALI, "kol e jol ase na", sent)
    assert "আপনার লেখাটি নতুন একটি সমস্যার কথা মনে হচ্ছে" in reply and "রাস্তা" in reply, reply
    await system.tap(BENGALI, buttons((await system.replies(BENGALI, sent))[-1])[1], "চালিয়ে যান")
    carried = said((await system.replies(BENGALI, sent + 1))[-1])
    assert carried.startswith("সমস্যাটি কোথায়?"), carried
