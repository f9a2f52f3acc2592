"""In the trade NOC chat, another service's business ("my salary slip", "book a room in a guest house", "পর্যটন")
was answered as if about one's NOCs, or 'Sorry, I did not understand'. The answer now names that service, with a
button that opens it and one to stay here."""
from __future__ import annotations

import pytest
from casework_kit import RINA


@pytest.mark.parametrize(("lang", "typed", "tap", "said"), [
    ("en", "my salary slip", "payroll:menu", "That sounds like *Pay slips*."),
    ("en", "book a room in a guest house", "tourism:menu", "That sounds like *Tourism*."),
    ("en", "mayner slip chai", "payroll:menu", "That sounds like *Pay slips*."),
    ("bn", "পর্যটন", "tourism:menu", "এটি *পর্যটন*-এর বিষয় মনে হচ্ছে।"),
])
async def test_another_services_words_offer_that_service(citizen, lang, typed, tap, said):
    answer = await citizen(RINA, lang=lang).say(typed)

    assert said in answer.text, answer
    assert tap in answer.choices and "noc:menu" in answer.choices, answer
