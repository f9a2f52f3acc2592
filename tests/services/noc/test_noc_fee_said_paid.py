"""'fee diyechi', 'ফি জমা দিয়েছি' or 'I have paid the fee' on a NOC still waiting for its fee was told to pay it at
the office or portal, as if asked how much; now the holder is told the office has not yet recorded it as paid and to
keep the receipt, and that they will be told here once it does."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, in_the_chat
from phone_kit import has, words


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "I have paid the fee", "The office has not yet recorded the fee of ₹2,500 for TNOC/2026/000048 as paid"),
    ("bn", "fee diyechi", "অফিস এখনও TNOC/2026/000048-এর ফি ₹২,৫০০ জমা হিসেবে নথিভুক্ত করেনি"),
    ("bn", "ফি জমা দিয়েছি", "অনলাইন পোর্টালে জমা দিয়ে থাকলে রসিদটি রেখে দিন"),
])
async def test_a_fee_said_paid_is_told_not_yet_recorded(system, lang, typed, said):
    phone = await in_the_chat(system, "noc", ARJUN, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert said in answer and "has its fee of" not in answer, answer
