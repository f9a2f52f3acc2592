"""A new subject typed where the place is asked ("street light not working", "rastar alo jolche na", "রাস্তার আলো
জ্বলছে না", "drain is blocked" at the district, block or gram panchayat question) was answered "I could not find that
name". Such words are now read as a subject: the person is asked whether to change the complaint's subject to it or
carry on with the place, with buttons, and whatever was already given stays. A place name is still a place."""
from __future__ import annotations

import pytest
from grievance_kit import ALIPURDUAR, KALCHINI_BLOCK, KALCHINI_GP

CHANGE = "grievance:subj:"


async def _at(person, step: str):
    await person.tap("grievance:new")
    asked = await person.tap("grievance:cat:water")
    if step in ("block", "gp"):
        asked = await person.tap(f"grievance:dist:{ALIPURDUAR}")
    if step == "gp":
        asked = await person.tap(f"grievance:blk:{KALCHINI_BLOCK}")
    return asked


@pytest.mark.parametrize(("step", "words", "category", "name"), [
    ("gp", "street light not working", "lights", "Street lights"),
    ("block", "rastar alo jolche na", "lights", "Street lights"),
    ("district", "drain is blocked", "drainage", "Drainage and sanitation"),
])
async def test_a_subject_typed_at_the_place_asks_to_change_it_or_carry_on(person, step, words, category, name):
    await _at(person, step)
    asked = await person.say(words)
    assert "could not find that name" not in asked.text
    assert f"Your words sound like a complaint about {name}, but this complaint's subject is Drinking water." \
        in asked.text
    assert asked.last.choices == {f"{CHANGE}{category}": "Change subject", "grievance:resume": "Choose the place"}
    changed = await person.tap(f"{CHANGE}{category}")
    assert f"Subject changed to {name}." in changed.text
    if step == "gp":  # the same list, the district and block kept
        assert "Kalchini: choose the gram panchayat." in changed.text
        confirm = await person.tap(f"grievance:gp:{KALCHINI_GP}")
        assert "Describe the problem" in confirm.text
        summary = await person.say("The lamp near the school has been dark for a week.")
        assert f"Subject: {name}" in summary.text and "Place: Kalchini Gram Panchayat" in summary.text


async def test_carrying_on_keeps_the_subject_and_asks_the_place_again(person):
    await _at(person, "gp")
    await person.say("drain is blocked")
    carried = await person.tap("grievance:resume")
    assert "Kalchini: choose the gram panchayat." in carried.text
    typed = await person.say("Kalchini")
    assert "Describe the problem" in typed.text
    summary = await person.say("The tube well near the school has been dry for a week.")
    assert "Subject: Drinking water" in summary.text


async def test_the_same_subject_typed_asks_the_place_again(person):
    await _at(person, "gp")
    again = await person.say("tube well is broken")
    assert "This complaint is already about Drinking water." in again.text
    assert "Kalchini: choose the gram panchayat." in again.text and "could not find" not in again.text


async def test_a_place_name_is_still_a_place(person):
    await _at(person, "district")
    listed = await person.say("Kalchini")
    assert "Kalchini: choose the gram panchayat." in listed.text
    placed = await person.say("Jaigaon-I")
    assert "Describe the problem" in placed.text


async def test_bengali(make_person):
    person = make_person(lang="bn")
    await _at(person, "gp")
    asked = await person.say("রাস্তার আলো জ্বলছে না")
    assert "ওই নামটি খুঁজে পাইনি" not in asked.text
    assert "আপনার লেখা পথবাতি নিয়ে অভিযোগের মতো, কিন্তু এই অভিযোগের বিষয় পানীয় জল।" in asked.text
    assert asked.last.choices == {f"{CHANGE}lights": "বিষয় বদলান", "grievance:resume": "জায়গা বেছে নিন"}
    changed = await person.tap(f"{CHANGE}lights")
    assert "বিষয় বদলে পথবাতি করা হল।" in changed.text


async def test_an_old_change_button_is_out_of_date(person):
    await _at(person, "gp")
    await person.say("street light not working")
    await person.tap("grievance:gp:" + KALCHINI_GP)
    stale = await person.tap(f"{CHANGE}lights")
    assert "out of date" in stale.text
