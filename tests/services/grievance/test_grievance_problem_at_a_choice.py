"""A complaint left at its place question for the main menu, and a new problem sent from there ("rastay jol jome
ache"), was taken as that question's answer: "I could not find that name. Please pick from the list". Words telling a
problem of their own (the main menu's test) at a step asking for a place or a choice now ask whether this is a new
complaint (begun with the words, the draft dropped and said so) or to carry on with the one begun; the description
still takes such words as the description."""
from __future__ import annotations

from grievance_kit import ALIPURDUAR, KALCHINI_GP

AFRESH = "grievance:afresh:"


async def test_a_problem_sent_from_the_menu_at_the_district_asks_and_a_new_complaint_begins_with_it(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:lights")
    asked = await person.send(person.envelope(text="rastay jol jome ache", unasked=True))
    assert "could not find that name" not in asked.text
    assert "Your words sound like a new problem: “rastay jol jome ache”." in asked.text, asked.text
    assert "*Street lights*" in asked.text
    new = asked.choice(AFRESH)
    assert list(asked.last.choices) == [new, new.replace("afresh", "keep")]
    begun = await person.tap(new)
    assert begun.text.startswith("The draft was discarded; nothing was lodged.\nYour message is the start of a new"
                                 " complaint."), begun.text
    assert "What is the complaint about?" in begun.text  # two subjects in the words: asked
    await person.tap("grievance:cat:drainage")
    summary = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "rastay jol jome ache" in summary.text and "Drainage" in summary.text
    assert "Street lights" not in summary.text


async def test_carrying_on_keeps_the_complaint_begun_in_bengali(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    await person.tap(f"grievance:dist:{ALIPURDUAR}")
    asked = await person.send(person.envelope(text="রাস্তা ভাঙা, হাঁটা যায় না", unasked=True))
    assert "আপনার লেখাটি নতুন একটি সমস্যার কথা মনে হচ্ছে" in asked.text and "পানীয় জল" in asked.text, asked.text
    assert list(asked.last.choices.values()) == ["নতুন অভিযোগ", "চালিয়ে যান"]
    carried = await person.tap(asked.choice("grievance:keep:"))
    assert "ব্লক" in carried.text and "খুঁজে পাইনি" not in carried.text, carried.text
    stale = await person.tap(asked.choice(AFRESH))  # after carrying on: said so, and the block asked again
    assert "ওই কথা দিয়ে নতুন অভিযোগ শুরু হয়নি" in stale.text and "ব্লক" in stale.text, stale.text


async def test_typed_inside_the_complaint_the_same_words_ask_too(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:lights")
    asked = await person.say("rastay jol jome ache")
    assert asked.choice(AFRESH) and "could not find that name" not in asked.text


async def test_at_the_description_the_words_are_the_description(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:roads")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    summary = await person.send(person.envelope(text="rastay jol jome ache", unasked=True))
    assert AFRESH not in str(summary.choices) and "rastay jol jome ache" in summary.text


async def test_with_nothing_given_the_words_begin_the_complaint(person):
    await person.tap("grievance:new")
    begun = await person.send(person.envelope(text="drain ta poriskar hoy na", unasked=True))
    assert begun.text.startswith("Your message is the start of a new complaint."), begun.text
    assert "Drainage and sanitation" in begun.text and AFRESH not in str(begun.choices)
