"""Another service's business typed where a new complaint's subject is asked ("আমার বুকিং বাতিল করতে চাই", "cancel my
booking", "আমার বেতনের স্লিপ দরকার") was told to choose a subject from the list. That service is offered, with a button
to stay that asks for the subject again (``grievance:resume``); a problem typed there is still the complaint's words."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, words


async def at_the_subjects(system, lang: str) -> Phone:
    http, base = system
    phone = Phone(http, base, "919811200611")
    await phone.start(lang)
    await phone.tap("grievance:menu", until=has("interactive"))
    await phone.tap("grievance:new", until=has("interactive"))
    return phone


@pytest.mark.parametrize("lang, typed, offered", [
    ("bn", "আমার বুকিং বাতিল করতে চাই", "tourism:menu"), ("en", "cancel my booking", "tourism:menu"),
    ("bn", "আমার বেতনের স্লিপ দরকার", "payroll:menu"),
])
async def test_another_services_business_offers_it(system, lang, typed, offered):
    phone = await at_the_subjects(system, lang)
    got = await phone.say(typed, until=has("interactive"))
    assert choices(got) == [offered, "grievance:resume"], (words(got), choices(got))


async def test_a_problem_there_is_still_the_complaints_words(system):
    phone = await at_the_subjects(system, "bn")
    got = await phone.say("রাস্তা ভাঙা", until=has("interactive"))
    assert "grievance:cats" in choices(got) and "tourism:menu" not in choices(got), words(got)
