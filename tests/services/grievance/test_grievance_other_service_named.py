"""Another service's business typed at the complaints' start ("pay slip", "trade licence", "বাড়ির অনুমতি") was
"Sorry, I did not understand that": the person had to guess to type *menu*. The answer now names that service, with a
button that opens it and one to stay; a complaint's description, typed where it is asked, is still the description."""
from __future__ import annotations

import pytest
from grievance_kit import KALCHINI_GP


@pytest.mark.parametrize(("lang", "typed", "tap", "said"), [
    ("en", "pay slip", "payroll:menu", "That sounds like *Pay slips*."),
    ("en", "trade licence", "noc:menu", "That sounds like *Trade NOC*."),
    ("en", "guest house", "tourism:menu", "That sounds like *Tourism*."),
    ("bn", "বাড়ির অনুমতি", "permit:menu", "এটি *ভবন নির্মাণের অনুমতি*-র বিষয় মনে হচ্ছে।"),
])
async def test_another_services_words_at_the_start_offer_that_service(make_person, lang, typed, tap, said):
    person = make_person(lang=lang)
    await person.tap("grievance:menu")

    answer = await person.say(typed)

    assert said in answer.text, answer
    assert tap in answer.choices and "grievance:menu" in answer.choices, answer


async def test_a_description_is_still_the_description(make_person):
    person = make_person(lang="en")
    await person.tap("grievance:new")
    await person.tap("grievance:cat:water")
    asked = await person.tap(f"grievance:gp:{KALCHINI_GP}")
    assert "Describe the problem" in asked.text, asked

    answer = await person.say("no water at the guest house since my pay slip came")

    assert "payroll:menu" not in answer.choices and "tourism:menu" not in answer.choices, answer
    assert "Description: no water at the guest house" in answer.text, answer
