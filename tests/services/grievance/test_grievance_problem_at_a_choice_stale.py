"""The question "Your words sound like a new problem" (``fresh``) once answered: its other button, tapped later on the
old message, did what it offered (*New complaint* after *Carry on* began one with the kept words and dropped the
draft kept). Such a tap now says in one line what was chosen already, and the question of the step the person is at
again; nothing they have is dropped. While the question is open, the step's answer typed carries on, and "new
complaint" typed is its *New complaint*."""
from __future__ import annotations

from grievance_kit import ALIPURDUAR, KALCHINI_GP

AFRESH, KEEP = "grievance:afresh:", "grievance:keep:"
KEPT_EN = "You carried on with the complaint you began; those words did not start a new one."
KEPT_BN = "আপনি শুরু করা অভিযোগটি নিয়েই এগিয়েছেন; ওই কথা দিয়ে নতুন অভিযোগ শুরু হয়নি।"
BEGUN_EN = "A new complaint was already started with those words; the one you began before was dropped."
BEGUN_BN = "ওই কথা দিয়ে নতুন অভিযোগ আগেই শুরু হয়েছে; আগে শুরু করা অভিযোগটি বাদ গেছে।"


async def _asked(person, category: str = "lights", words: str = "rastay jol jome ache"):
    await person.tap("grievance:new")
    await person.tap(f"grievance:cat:{category}")
    return await person.send(person.envelope(text=words, unasked=True))


async def test_new_complaint_tapped_after_carrying_on_keeps_the_draft(person):
    asked = await _asked(person)
    new, keep = list(asked.last.choices)
    assert new.startswith(AFRESH) and keep.startswith(KEEP), asked.last.choices
    carried = await person.tap(keep)
    assert "district" in carried.text.lower() and KEPT_EN not in carried.text, carried.text
    stale = await person.tap(new)
    assert stale.text.startswith(KEPT_EN + "\n"), stale.text
    assert "district" in stale.text.lower() and "discarded" not in stale.text, stale.text
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    summary = await person.say("The light near the school is off")
    assert "Street lights" in summary.text and "rastay jol jome ache" not in summary.text, summary.text


async def test_carry_on_tapped_after_a_new_complaint_in_bengali_keeps_the_new_one(make_person):
    person = make_person(lang="bn")
    asked = await _asked(person, "water", "রাস্তা ভাঙা, হাঁটা যায় না")
    new, keep = list(asked.last.choices)
    begun = await person.tap(new)
    assert begun.text.startswith("খসড়াটি বাতিল হয়েছে"), begun.text
    stale = await person.tap(keep)
    assert stale.text.startswith(BEGUN_BN + "\n"), stale.text
    assert "পানীয় জল" not in stale.text, stale.text
    again = await person.tap(new)  # New complaint twice: the new one is not begun again
    assert again.text.startswith(BEGUN_BN + "\n"), again.text
    summary = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "রাস্তা ভাঙা, হাঁটা যায় না" in summary.text and "পানীয় জল" not in summary.text, summary.text


async def test_carry_on_tapped_after_a_new_complaint_in_english(person):
    asked = await _asked(person, "water", "road is broken, cannot walk")
    new, keep = list(asked.last.choices)
    await person.tap(new)
    stale = await person.tap(keep)
    assert stale.text.startswith(BEGUN_EN + "\n"), stale.text
    assert "Drinking water" not in stale.text, stale.text


async def test_a_district_typed_at_the_question_carries_on(person):
    await person.tap("grievance:new")
    await person.tap("grievance:cat:lights")
    asked = await person.say("rastay jol jome ache")
    new = asked.choice(AFRESH)
    blocks = await person.say("Alipurduar")
    assert "block" in blocks.text.lower() and "Your words sound like" not in blocks.text, blocks.text
    stale = await person.tap(new)
    assert stale.text.startswith(KEPT_EN + "\n") and "block" in stale.text.lower(), stale.text


async def test_a_district_typed_at_the_question_in_bengali_carries_on(make_person):
    person = make_person(lang="bn")
    asked = await _asked(person)
    new = asked.choice(AFRESH)
    await person.say("আলিপুরদুয়ার")
    stale = await person.tap(new)
    assert stale.text.startswith(KEPT_BN + "\n") and "ব্লক" in stale.text, stale.text


async def test_new_complaint_typed_at_the_question_begins_one_with_the_words(person):
    asked = await _asked(person)
    keep = asked.choice(KEEP)
    begun = await person.say("new complaint")
    assert begun.text.startswith("The draft was discarded; nothing was lodged.\nYour message is the start of a new"
                                 " complaint."), begun.text
    stale = await person.tap(keep)
    assert stale.text.startswith(BEGUN_EN + "\n"), stale.text


async def test_notun_abhijog_typed_at_the_question_in_bengali_begins_one(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    await person.tap(f"grievance:dist:{ALIPURDUAR}")
    await person.send(person.envelope(text="রাস্তা ভাঙা, হাঁটা যায় না", unasked=True))
    begun = await person.say("notun abhijog")
    assert begun.text.startswith("খসড়াটি বাতিল হয়েছে"), begun.text
    summary = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "রাস্তা ভাঙা, হাঁটা যায় না" in summary.text and "পানীয় জল" not in summary.text, summary.text
