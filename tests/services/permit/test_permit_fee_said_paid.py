"""'ফি জমা দিয়েছি', 'fee jama diyechi' or 'I have paid the fee' on an application still waiting for its fee was
answered as if asked how much to pay: 'its fee of ₹1,800 to pay. Pay it at ...', to someone who says they paid. Now
they are told the office has not yet recorded the fee as paid, to keep the receipt, and that they will be told here
once it does; asking how much is answered as before."""
from __future__ import annotations

import pytest
from casework_kit import RINA, in_the_chat
from phone_kit import has, words

NUMBER = "BP/PUR/2026/000102"  # Rina's only open application, fee pending
NOT_YET = {"en": "The office has not yet recorded the fee of ₹1,800 for BP/PUR/2026/000102 as paid",
           "bn": "অফিস এখনও BP/PUR/2026/000102-এর ফি ₹১,৮০০ জমা হিসেবে নথিভুক্ত করেনি"}
RECEIPT = {"en": "keep the receipt", "bn": "রসিদটি রেখে দিন"}


@pytest.mark.parametrize(("lang", "typed"), [
    ("bn", "ফি জমা দিয়েছি"),
    ("bn", "fee jama diyechi"),
    ("bn", "আমি টাকা জমা দিয়ে দিয়েছি, ফি এর কী হল?"),
    ("en", "I have paid the fee"),
    ("en", "already paid the fee yesterday"),
])
async def test_a_fee_said_paid_is_told_not_yet_recorded(system, lang, typed):
    phone = await in_the_chat(system, "permit", RINA, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert NOT_YET[lang] in answer and RECEIPT[lang] in answer, answer
    assert "to pay. Pay it at" not in answer and "জমা দেওয়া বাকি। আবেদন নম্বর সহ" not in answer, answer


@pytest.mark.parametrize(("lang", "typed"), [("bn", "ফি কত দিতে হবে?"), ("en", "where do I pay the fee")])
async def test_how_much_is_answered_as_before(system, lang, typed):
    phone = await in_the_chat(system, "permit", RINA, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert NOT_YET[lang] not in answer and NUMBER in answer, answer
