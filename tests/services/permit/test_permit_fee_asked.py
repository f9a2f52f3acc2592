"""In the building permission chat, 'fee koto dite hobe', 'kothay jama dibo', 'ফি কত দিতে হবে', 'how much fee do I
have to pay' or 'where do I pay the fee' showed the list of one's applications, and no answer anywhere said how much
was owed or where it is paid; '102 er fee koto' ignored the 102. Now the application waiting for its fee is named with
the amount and the gram panchayat office where it is paid; one named by its serial that waits for none, or none
waiting, is said so, with nobody else's application named."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, in_the_chat
from phone_kit import has, words


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("bn", "fee koto dite hobe", ["BP/PUR/2026/000102", "১,৮০০", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে"]),
    ("bn", "kothay jama dibo", ["BP/PUR/2026/000102", "১,৮০০", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে"]),
    ("bn", "ফি কত দিতে হবে?", ["BP/PUR/2026/000102", "১,৮০০", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে"]),
    ("bn", "102 er fee koto", ["BP/PUR/2026/000102", "১,৮০০"]),
    ("en", "where do I pay the fee", ["BP/PUR/2026/000102", "₹1,800", "Baghmundi Gram Panchayat office"])])
async def test_the_fee_waiting_is_told_with_where_to_pay(system, lang, typed, said):
    phone = await in_the_chat(system, "permit", RINA, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert all(part in answer for part in said) and "BP/PUR/2023/000210" not in answer, (typed, answer)


async def test_one_named_that_waits_for_no_fee_is_said_so(system):
    phone = await in_the_chat(system, "permit", RINA, "bn")
    answer = words(await phone.say("101 er fee koto", until=has("interactive")))
    assert "BP/PUR/2026/000101" in answer and "কোনো ফি" in answer and "১,৮০০" not in answer, answer


@pytest.mark.parametrize("typed", ["how much fee do I have to pay", "fee koto"])
async def test_none_waiting_is_said_plainly(system, typed):
    phone = await in_the_chat(system, "permit", ARJUN, "en")
    answer = words(await phone.say(typed, until=has("interactive")))
    assert "None of your applications is waiting for a fee" in answer and "Rina" not in answer, answer
