"""An application waiting for its fee, opened in the chat (its number typed, 'বিপি/PUR/২০২৬/১০২', 'BP/PUR/2026/102
dekhao', or View tapped), gave the fee among its facts but not where or how it is paid: the applicant had to ask
again. Its view now says how much is left to pay and where (the gram panchayat office, not WhatsApp), as the answer
to 'where do I pay the fee' does; an application not waiting for its fee says nothing of paying."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, in_the_chat
from phone_kit import has, words

NUMBER = "BP/PUR/2026/000102"  # Rina's, fee pending


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", NUMBER, ["has its fee of ₹1,800 to pay", "Pay it at Baghmundi Gram Panchayat office",
                    "cannot be paid on WhatsApp"]),
    ("bn", "বিপি/PUR/২০২৬/১০২", ["ফি ₹১,৮০০ জমা দেওয়া বাকি", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে ফি জমা দিন",
                               "হোয়াটসঅ্যাপে ফি জমা নেওয়া হয় না"]),
    ("bn", "BP/PUR/2026/102 dekhao", ["ফি ₹১,৮০০ জমা দেওয়া বাকি", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে"]),
])
async def test_the_view_says_how_much_and_where(system, lang, typed, said):
    phone = await in_the_chat(system, "permit", RINA, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert NUMBER in answer and all(part in answer for part in said), answer


@pytest.mark.parametrize(("lang", "said"), [("en", "Pay it at Baghmundi Gram Panchayat office"),
                                            ("bn", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে ফি জমা দিন")])
async def test_the_view_tapped_says_it_too(system, lang, said):
    phone = await in_the_chat(system, "permit", RINA, lang)
    answer = words(await phone.tap(f"permit:view:{NUMBER}", until=has("interactive")))
    assert said in answer, answer


async def test_one_not_waiting_for_its_fee_says_nothing_of_paying(system):
    phone = await in_the_chat(system, "permit", ARJUN, "en")
    answer = words(await phone.tap("permit:view:BP/PUR/2026/000104", until=has("interactive")))
    assert "BP/PUR/2026/000104" in answer and "to pay" not in answer and "Pay it at" not in answer, answer
