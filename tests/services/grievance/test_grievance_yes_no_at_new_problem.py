"""Asked whether words that sound like a new problem start a new complaint or the one begun carries on, "na"
answered the step's own question: "I could not find that name. Please pick from the list" at a category or district
list, the question dropped. "no" ("না", "na") is now *Carry on*, said so, with the step's question; "yes" ("হ্যাঁ",
"ha"), which would drop what was given on a word that answers neither half of the question, names the two buttons
and asks again, the complaint begun untouched until one is tapped."""
from __future__ import annotations

import pytest
from grievance_kit import ALIPURDUAR

AFRESH, KEEP = "grievance:afresh:", "grievance:keep:"
STEP = {"en": "Where is the problem?", "bn": "ব্লক"}  # the question of the step the complaint was left at


async def asked(person, lang: str):
    """Street lights, at the district (English); drinking water, at the block, the words sent from the main menu
    (Bengali): words of another problem."""
    await person.tap("grievance:new")
    if lang == "en":
        await person.tap("grievance:cat:lights")
        question = await person.say("rastay jol jome ache")
    else:
        await person.tap("grievance:cat:water")
        await person.tap(f"grievance:dist:{ALIPURDUAR}")
        question = await person.send(person.envelope(text="রাস্তা ভাঙা, হাঁটা যায় না", unasked=True))  # from the menu
    assert question.choice(AFRESH) and question.choice(KEEP), question.text
    return question


def not_found(reply) -> bool:
    return "could not find that name" in reply.text or "খুঁজে পাইনি" in reply.text


@pytest.mark.parametrize(("lang", "word", "kept"), [
    ("en", "no", "You carried on with the complaint you began; those words did not start a new one."),
    ("en", "na", "You carried on with the complaint you began; those words did not start a new one."),
    ("bn", "না", "আপনি শুরু করা অভিযোগটি নিয়েই এগিয়েছেন; ওই কথা দিয়ে নতুন অভিযোগ শুরু হয়নি।"),
])
async def test_no_carries_on_with_the_complaint_begun(make_person, lang, word, kept):
    person = make_person(lang=lang)
    await asked(person, lang)
    carried = await person.say(word)
    assert kept in carried.text and STEP[lang] in carried.text, carried.text
    assert not not_found(carried) and AFRESH not in str(carried.choices)


async def test_after_no_the_step_takes_its_answer(person):
    await asked(person, "en")
    await person.say("no")
    block = await person.tap(f"grievance:dist:{ALIPURDUAR}")
    assert "block" in block.text.lower() and not not_found(block), block.text


@pytest.mark.parametrize(("lang", "word", "which", "dropped"), [
    ("en", "yes", "Tap *New complaint* to start a new complaint with those words (the one you began is dropped), "
                  "or *Carry on* to go on with the one you began.", "The draft was discarded"),
    ("en", "ha", "Tap *New complaint* to start a new complaint with those words", "The draft was discarded"),
    ("bn", "হ্যাঁ", "ওই কথা দিয়ে নতুন অভিযোগ শুরু করতে *নতুন অভিযোগ* চাপুন", "খসড়া"),
])
async def test_yes_names_the_two_buttons_and_drops_nothing(make_person, lang, word, which, dropped):
    person = make_person(lang=lang)
    question = await asked(person, lang)
    again = await person.say(word)
    assert which in again.text and not not_found(again), again.text
    assert again.choice(AFRESH) == question.choice(AFRESH) and again.choice(KEEP) == question.choice(KEEP)
    begun = await person.tap(again.choice(AFRESH))  # the words kept through the second asking
    assert begun.text.startswith(dropped), begun.text


async def test_yes_then_no_carries_on(person):
    await asked(person, "en")
    await person.say("yes")
    carried = await person.say("no")
    assert "You carried on with the complaint you began" in carried.text, carried.text
    assert STEP["en"] in carried.text and AFRESH not in str(carried.choices)
