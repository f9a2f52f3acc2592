"""Another service's business typed while a complaint is being made ("pay slip chai" where the district is asked,
"ghor book korbo" at the panchayat's list) was 'I could not find that name'; at the subject's question it was offered,
but *Stay here* opened the complaints' menu, which asked whether to carry on or start again. The service it names is
now offered wherever the complaint's place is asked too, and *Stay here* asks the same question again with the
subject, the place and the photos so far kept (``grievance:resume``); at the complaints' menu it stays the menu."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI_GP

# each step of a complaint being made, reached by taps, and the taps its question offers
STEPS = {
    "category": (("grievance:new",), "grievance:cat:"),
    "district": (("grievance:new", "grievance:cat:water"), "grievance:dist:"),
    "block": (("grievance:new", "grievance:cat:water", "grievance:dist:703"), "grievance:blk:"),
    "gp": (("grievance:new", "grievance:cat:water", "grievance:dist:703", "grievance:blk:7035"), "grievance:gp:"),
}


@pytest.mark.parametrize("step", list(STEPS))
async def test_another_services_words_while_drafting_offer_it_and_stay_asks_again(make_person, step):
    person = make_person(lang="en")
    taps, offered = STEPS[step]
    for tap in taps:
        asked = await person.tap(tap)
    assert any(c.startswith(offered) for c in asked.choices), asked

    answer = await person.say("pay slip chai")

    assert "That sounds like *Pay slips*." in answer.text, answer
    assert "payroll:menu" in answer.choices and "grievance:resume" in answer.choices, answer
    assert "grievance:menu" not in answer.choices, answer
    again = await person.tap("grievance:resume")
    assert any(c.startswith(offered) for c in again.choices), again


async def test_the_subject_and_place_are_kept_after_staying(make_person):
    person = make_person(lang="bn")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    answer = await person.say("ঘর বুক করতে চাই")
    assert "*পর্যটন*" in answer.text and "tourism:menu" in answer.choices, answer

    await person.tap("grievance:resume")
    asked = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    summary = await person.say("নলকূপ এক সপ্তাহ ধরে শুকনো")

    assert any(c.startswith("grievance:submit:") for c in summary.choices), summary
    assert "grievance:cat:" not in " ".join(asked.choices), asked


async def test_a_district_typed_is_still_the_district(make_person):
    person = make_person(lang="en")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")

    answer = await person.say("Alipurduar")

    assert any(c.startswith("grievance:blk:") for c in answer.choices), answer



async def test_a_photo_sent_first_is_kept_after_staying(make_person):
    person = make_person(lang="en")
    await person.tap("grievance:new")
    asked = await person.photo("media-pipe-1")
    assert "Attachment received (1 so far)" in asked.text and "grievance:cat:water" in asked.last.choices, asked

    answer = await person.say("ghor book korbo")
    assert "tourism:menu" in answer.choices and "grievance:resume" in answer.choices, answer
    again = await person.tap("grievance:resume")
    await person.tap("grievance:cat:water")
    await person.tap(f"grievance:gp:{KALCHINI_GP}")
    summary = await person.say("The pipe near the school has burst.")

    assert "grievance:cat:water" in again.last.choices, again
    assert "Attachments: 1" in summary.text, summary
