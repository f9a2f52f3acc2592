"""Another service's business typed at the payroll menu ("I want to book a guest house", "amar barir onumoti er ki
holo", "অভিযোগ জানাতে চাই") was 'Sorry, I did not understand': the employee had to guess to type *menu*. The answer
now names that service, with a button that opens it and one to stay; a PIN's question still takes what is typed."""
from __future__ import annotations

import pytest


async def _at_menu(office, staff, lang="en"):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang=lang)
    await me.set_pin("739164")
    await me.tap("payroll:menu")
    return me


@pytest.mark.parametrize(("lang", "typed", "tap", "said"), [
    ("en", "I want to book a guest house", "tourism:menu", "That sounds like *Tourism*."),
    ("en", "amar barir onumoti er ki holo", "permit:menu", "That sounds like *Building permission*."),
    ("bn", "অভিযোগ জানাতে চাই", "grievance:menu", "এটি *অভিযোগ*-এর বিষয় মনে হচ্ছে।"),
    ("bn", "ট্রেড লাইসেন্স কবে পাব", "noc:menu", "এটি *ট্রেড NOC*-র বিষয় মনে হচ্ছে।"),
])
async def test_another_services_words_offer_that_service(office, staff, lang, typed, tap, said):
    me = await _at_menu(office, staff, lang)

    answer = await me.say(typed)

    assert said in answer.text, answer
    assert tap in answer.choices and "payroll:menu" in answer.choices, answer
    assert "did not understand" not in answer.text and "বুঝতে পারিনি" not in answer.text


async def test_words_of_no_service_are_still_not_understood(office, staff):
    me = await _at_menu(office, staff)

    answer = await me.say("purple elephants")

    assert "I did not understand" in answer.text and "tourism:menu" not in answer.choices, answer


async def test_at_the_pins_question_the_words_are_no_offer(office, staff):
    me = await _at_menu(office, staff)
    asked = await me.tap("payroll:slip")
    assert "PIN" in asked.text

    answer = await me.say("book a guest house")

    assert "tourism:menu" not in answer.choices, answer
