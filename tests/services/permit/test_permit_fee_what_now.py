"""At one's own application just shown that waits for its fee, "ki korte hobe" (what must I do), "কি করতে হবে",
"what should I do" got "Sorry, I did not understand" with the View's buttons. They are now answered as the fee asked
after is: the fee and where it is paid. At an application under scrutiny, or another's waiting for its fee, the words
are read as before and nothing of another's is said."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA


@pytest.mark.parametrize(("lang", "typed", "told"), [
    ("bn", "ki korte hobe", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে"), ("bn", "কি করতে হবে", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে"),
    ("en", "what should I do", "Pay it at Baghmundi Gram Panchayat office"),
    ("en", "what should I do now?", "Pay it at Baghmundi Gram Panchayat office"),
])
async def test_at_ones_application_awaiting_its_fee_the_fee_is_told(citizen, lang, typed, told):
    rina = citizen(RINA, lang=lang)
    await rina.say("BP/PUR/2026/000102")  # fee pending, ₹1,800
    answer = await rina.say(typed)
    assert told in answer.text and ("1,800" in answer.text or "১,৮০০" in answer.text), answer.text
    assert "permit:view:BP/PUR/2026/000102" in answer.choices, answer.choices


async def test_at_an_application_under_scrutiny_no_fee_is_told(citizen):
    arjun = citizen(ARJUN, lang="en")
    await arjun.say("BP/PUR/2026/000104")  # under scrutiny
    answer = await arjun.say("what should I do")
    assert "to pay" not in answer.text and "apply again" not in answer.text.lower(), answer.text


async def test_at_anothers_application_awaiting_its_fee_nothing_of_it(citizen):
    arjun = citizen(ARJUN, lang="en")
    await arjun.say("BP/PUR/2026/000102")  # Rina's: its status only
    answer = await arjun.say("what should I do")
    assert "1,800" not in answer.text and "000102" not in answer.text and "Rina" not in answer.text, answer.text
