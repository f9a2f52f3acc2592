"""In the building permission chat, another service's business ("my pay slip", "I want to book a guest house",
"আমার বেতনের স্লিপ") was answered as if about one's applications, or 'Sorry, I did not understand'. The answer now
names that service, with a button that opens it and one to stay here; a trade NOC or a complaint is offered as
before."""
from __future__ import annotations

import pytest
from casework_kit import RINA


@pytest.mark.parametrize(("lang", "typed", "tap", "said"), [
    ("en", "my pay slip", "payroll:menu", "That sounds like *Pay slips*."),
    ("en", "I want to book a guest house", "tourism:menu", "That sounds like *Tourism*."),
    ("en", "ghor book korbo", "tourism:menu", "That sounds like *Tourism*."),
    ("bn", "আমার বেতনের স্লিপ", "payroll:menu", "এটি *বেতন বিবরণী*-র বিষয় মনে হচ্ছে।"),
    ("bn", "অতিথি নিবাসে ঘর চাই", "tourism:menu", "এটি *পর্যটন*-এর বিষয় মনে হচ্ছে।"),
])
async def test_another_services_words_offer_that_service(citizen, lang, typed, tap, said):
    answer = await citizen(RINA, lang=lang).say(typed)

    assert said in answer.text, answer
    assert tap in answer.choices and "permit:menu" in answer.choices, answer


async def test_a_trade_noc_is_offered_as_before(citizen):
    answer = await citizen(RINA).say("amar trade licence er ki holo")

    assert "noc:menu" in answer.choices and "Trade NOCs have their own service" in answer.text, answer


async def test_ones_own_applications_are_still_shown(citizen):
    answer = await citizen(RINA).say("my applications")

    assert "That sounds like" not in answer.text, answer
