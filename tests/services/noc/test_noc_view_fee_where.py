"""A NOC waiting for its fee, opened in the chat (its number typed, 'টিএনওসি/২০২৬/৪৮', 'noc 2026/48 dekhao', or View
tapped), gave the fee among its facts but not where or how it is paid: the holder had to ask again. Its view now says
how much is left to pay and where (the gram panchayat office or the online portal, not WhatsApp), as the answer to
'where do I pay the fee' does; a NOC not waiting for its fee says nothing of paying."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, in_the_chat
from phone_kit import has, words

NUMBER = "TNOC/2026/000048"  # Arjun's, fee pending


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", NUMBER, ["has its fee of ₹2,500 to pay", "Pay it at Ajodhya Gram Panchayat office or on the online portal",
                    "cannot be paid on WhatsApp"]),
    ("bn", "টিএনওসি/২০২৬/৪৮", ["ফি ₹২,৫০০ জমা দেওয়া বাকি", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে বা অনলাইন পোর্টালে ফি জমা দিন",
                              "হোয়াটসঅ্যাপে ফি জমা নেওয়া হয় না"]),
    ("bn", "TNOC 2026/48 ta dekhao", ["ফি ₹২,৫০০ জমা দেওয়া বাকি", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে"]),
])
async def test_the_view_says_how_much_and_where(system, lang, typed, said):
    phone = await in_the_chat(system, "noc", ARJUN, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert NUMBER in answer and all(part in answer for part in said), answer


@pytest.mark.parametrize(("lang", "said"), [("en", "Pay it at Ajodhya Gram Panchayat office"),
                                            ("bn", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে বা অনলাইন পোর্টালে ফি জমা দিন")])
async def test_the_view_tapped_says_it_too(system, lang, said):
    phone = await in_the_chat(system, "noc", ARJUN, lang)
    answer = words(await phone.tap(f"noc:view:{NUMBER}", until=has("interactive")))
    assert said in answer, answer


async def test_one_not_waiting_for_its_fee_says_nothing_of_paying(system):
    phone = await in_the_chat(system, "noc", RINA, "en")
    answer = words(await phone.tap("noc:view:TNOC/2026/000045", until=has("interactive")))
    assert "TNOC/2026/000045" in answer and "to pay" not in answer and "Pay it at" not in answer, answer
