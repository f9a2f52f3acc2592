"""In the trade NOC chat, 'fee koto dite hobe', 'ফি কোথায় জমা দেব' or 'where do I pay the fee' showed the list of
one's NOCs, and no answer said how much was owed or where it is paid. Now the NOC waiting for its fee is named with
the amount and where it is paid (the gram panchayat office or the portal); with none waiting, that is said, and
where a renewal's fee is paid."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, in_the_chat
from phone_kit import has, words


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "where do I pay the fee", ["TNOC/2026/000048", "₹2,500", "Ajodhya Gram Panchayat office"]),
    ("bn", "fee koto dite hobe", ["TNOC/2026/000048", "২,৫০০", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে"]),
    ("bn", "ফি কোথায় জমা দেব", ["TNOC/2026/000048", "২,৫০০", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে"])])
async def test_the_fee_waiting_is_told_with_where_to_pay(system, lang, typed, said):
    phone = await in_the_chat(system, "noc", ARJUN, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert all(part in answer for part in said) and "TNOC/2024/000077" not in answer, (typed, answer)


@pytest.mark.parametrize(("lang", "said"), [("bn", "ফি জমা বাকি নেই"), ("en", "None of your NOCs is waiting for a fee")])
async def test_none_waiting_is_said_with_where_a_renewal_is_paid(system, lang, said):
    phone = await in_the_chat(system, "noc", RINA, lang)
    answer = words(await phone.say("fee koto dite hobe", until=has("interactive")))
    assert said in answer and "Arjun" not in answer and "অর্জুন" not in answer, answer
