"""In the building permission chat, 'নবীকরণ' (renewal), 'renew korbo' or 'renew my permission' was answered 'Sorry, I
did not understand', though a permission that ran out is renewed at the gram panchayat office. They are now answered
as applying again is: one's permission that ran out, the day it ended and where to apply for its renewal; a trade
NOC's renewal named here still goes to the trade NOC service."""
from __future__ import annotations

import pytest
from casework_kit import RINA


@pytest.mark.parametrize(("lang", "words", "said"), [
    ("bn", "নবীকরণ", "BP/PUR/2023/000210"), ("bn", "renew korbo", "BP/PUR/2023/000210"),
    ("en", "renew my permission", "BP/PUR/2023/000210")])
async def test_renewal_words_say_where_to_renew(citizen, lang, words, said):
    answer = await citizen(RINA, lang=lang).say(words)
    assert said in answer.text and "বুঝতে পারিনি" not in answer.text and "not understand" not in answer.text, \
        answer.text


async def test_a_trade_noc_renewal_goes_to_its_service(citizen):
    answer = await citizen(RINA, lang="bn").say("আমার ট্রেড লাইসেন্স নবীকরণ")
    assert "noc:menu" in answer.choices, answer.text
