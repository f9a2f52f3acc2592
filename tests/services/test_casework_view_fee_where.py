"""A case waiting for its fee, opened in the chat (its number typed, 'বিপি/PUR/২০২৬/১০২', 'টিএনওসি/২০২৬/৪৮',
'noc 2026/48 dekhao', or View tapped), gave the fee among its facts but not where or how it is paid: the holder had to
ask again. Its view now says how much is left to pay and where (the gram panchayat office, for a NOC the online portal
too; not WhatsApp), as the answer to 'where do I pay the fee' does; a case not waiting for its fee says nothing of
paying. In building permission and the trade NOC alike."""
from __future__ import annotations

import pytest
from both_kit import NOC, PERMIT, both_fixtures
from casework_kit import ARJUN, RINA, in_the_chat
from phone_kit import has, words

service, clock, bus, runtime, citizen, system, office = both_fixtures()

WHERE = {"permit": {"en": "Pay it at Baghmundi Gram Panchayat office", "bn": "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে ফি জমা দিন"},
         "noc": {"en": "Pay it at Ajodhya Gram Panchayat office",
                 "bn": "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে বা অনলাইন পোর্টালে ফি জমা দিন"}}
NOT_WAITING = {"permit": (ARJUN, "BP/PUR/2026/000104"), "noc": (RINA, "TNOC/2026/000045")}


@pytest.mark.parametrize(("service", "lang", "typed", "said"), [
    (PERMIT, "en", PERMIT.fee_pending, ["has its fee of ₹1,800 to pay", "Pay it at Baghmundi Gram Panchayat office",
                                        "cannot be paid on WhatsApp"]),
    (PERMIT, "bn", "বিপি/PUR/২০২৬/১০২", ["ফি ₹১,৮০০ জমা দেওয়া বাকি", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে ফি জমা দিন",
                                       "হোয়াটসঅ্যাপে ফি জমা নেওয়া হয় না"]),
    (PERMIT, "bn", "BP/PUR/2026/102 dekhao", ["ফি ₹১,৮০০ জমা দেওয়া বাকি", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে"]),
    (NOC, "en", NOC.fee_pending, ["has its fee of ₹2,500 to pay",
                                  "Pay it at Ajodhya Gram Panchayat office or on the online portal",
                                  "cannot be paid on WhatsApp"]),
    (NOC, "bn", "টিএনওসি/২০২৬/৪৮", ["ফি ₹২,৫০০ জমা দেওয়া বাকি", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে বা অনলাইন পোর্টালে ফি জমা দিন",
                                  "হোয়াটসঅ্যাপে ফি জমা নেওয়া হয় না"]),
    (NOC, "bn", "TNOC 2026/48 ta dekhao", ["ফি ₹২,৫০০ জমা দেওয়া বাকি", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে"]),
], ids=lambda v: v.name if hasattr(v, "name") else None)
async def test_the_view_says_how_much_and_where(service, system, lang, typed, said):
    phone = await in_the_chat(system, service.name, service.fee_holder, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert service.fee_pending in answer and all(part in answer for part in said), answer


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_view_tapped_says_it_too(service, system, lang):
    phone = await in_the_chat(system, service.name, service.fee_holder, lang)
    answer = words(await phone.tap(service.tap(f"view:{service.fee_pending}"), until=has("interactive")))
    assert WHERE[service.name][lang] in answer, answer


async def test_one_not_waiting_for_its_fee_says_nothing_of_paying(service, system):
    holder, number = NOT_WAITING[service.name]
    phone = await in_the_chat(system, service.name, holder, "en")
    answer = words(await phone.tap(service.tap(f"view:{number}"), until=has("interactive")))
    assert number in answer and "to pay" not in answer and "Pay it at" not in answer, answer
