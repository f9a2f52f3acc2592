"""'what is missing?', 'ki baki ache', 'কী বাকি আছে?' on a case waiting for its fee, where the office wrote a note on
the move to fee pending, answered "What the office asked you for on it:" and the note, and then how to hand in
documents: the fee itself, how much and where it is paid, was never said. Now the answer says plainly that the fee is
what is left, its amount and where it is paid (not on WhatsApp), with the office's note under it as its message. In
building permission and the trade NOC alike."""
from __future__ import annotations

import pytest
from both_kit import NOC, Service, both_fixtures
from casework_kit import Phone, in_the_chat
from phone_kit import has, words

from shared.auth import AUTH

service, clock, bus, runtime, citizen, system, office = both_fixtures()

NOTE = {"permit": "Fee assessed as per the building rules", "noc": "Fee assessed for a rice mill"}
LEFT = {"permit": {"en": "what is left is the permission fee of ₹1,800", "bn": "বাকি শুধু অনুমতির ফি ₹১,৮০০ জমা দেওয়া"},
        "noc": {"en": "what is left is the fee of ₹2,500", "bn": "বাকি শুধু ফি ₹২,৫০০ জমা দেওয়া"}}
WHERE = {"permit": {"en": "Pay it at Baghmundi Gram Panchayat office", "bn": "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে"},
         "noc": {"en": "Pay it at Ajodhya Gram Panchayat office or on the online portal",
                 "bn": "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে বা অনলাইন পোর্টালে"}}
MESSAGE = {"en": "Message from the office: ", "bn": "অফিসের বার্তা: "}


async def at_the_fee_pending(system, service: Service, lang: str) -> Phone:
    """Its holder in the chat, the case on screen where the holder has more than one open (Arjun's three NOCs)."""
    phone = await in_the_chat(system, service.name, service.fee_holder, lang)
    if service is NOC:
        await phone.say(service.fee_pending, until=has("interactive"))
    return phone


@pytest.mark.parametrize(("lang", "typed"), [("en", "what's missing?"), ("bn", "ki baki ache"), ("bn", "কী বাকি আছে?")])
async def test_the_fee_is_what_is_left_with_the_note_under_it(service, system, lang, typed):
    http, base, app = system
    token, _ = await app[AUTH].create("gp_official", scope={"gp": service.fee_gp})
    moved = await http.post(f"{base}{service.records}{service.fee_pending}/status",
                            json={"status": "fee_pending", "note": NOTE[service.name]},
                            headers={"Authorization": f"Bearer {token}"})
    assert moved.status == 200, await moved.text()
    phone = await at_the_fee_pending(system, service, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    said = [LEFT[service.name][lang], WHERE[service.name][lang], MESSAGE[lang]]
    assert service.fee_pending in answer and all(part in answer for part in said), answer
    assert NOTE[service.name] in answer and "What the office asked you for" not in answer, answer
    assert "যা চেয়েছে" not in answer, answer


async def test_without_a_note_the_fee_is_what_is_left(service, system):
    phone = await at_the_fee_pending(system, service, "en")
    answer = words(await phone.say("what is missing?", until=has("interactive")))
    assert LEFT[service.name]["en"] in answer and WHERE[service.name]["en"] in answer, answer
    assert "Message from the office" not in answer, answer
