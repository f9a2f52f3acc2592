"""'what is missing?', 'ki baki ache', 'কী বাকি আছে?' on an application waiting for its fee, where the office wrote a
note on the move to fee pending, answered "What the office asked you for on it:" and the note, and then how to hand
in documents: the fee itself, how much and where it is paid, was never said. Now the answer says plainly that the fee
is what is left, its amount and where it is paid (not on WhatsApp), with the office's note under it as its message."""
from __future__ import annotations

import pytest
from casework_kit import RINA, in_the_chat
from phone_kit import has, words

from shared.auth import AUTH

NUMBER = "BP/PUR/2026/000102"  # Rina's only open application, fee pending
NOTE = "Fee assessed as per the building rules"


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "what's missing?", ["what is left is the permission fee of ₹1,800", "Pay it at Baghmundi Gram Panchayat "
                                                                              "office", "Message from the office: "]),
    ("bn", "ki baki ache", ["বাকি শুধু অনুমতির ফি ₹১,৮০০ জমা দেওয়া", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে",
                            "অফিসের বার্তা: "]),
    ("bn", "কী বাকি আছে?", ["বাকি শুধু অনুমতির ফি ₹১,৮০০ জমা দেওয়া", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে",
                            "অফিসের বার্তা: "]),
])
async def test_the_fee_is_what_is_left_with_the_note_under_it(system, lang, typed, said):
    http, base, app = system
    token, _ = await app[AUTH].create("gp_official", scope={"gp": "baghmundi"})
    moved = await http.post(f"{base}/api/permit/applications/{NUMBER}/status",
                            json={"status": "fee_pending", "note": NOTE}, headers={"Authorization": f"Bearer {token}"})
    assert moved.status == 200, await moved.text()
    phone = await in_the_chat(system, "permit", RINA, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert NUMBER in answer and all(part in answer for part in said), answer
    assert NOTE in answer and "What the office asked you for" not in answer and "যা চেয়েছে" not in answer, answer


async def test_without_a_note_the_fee_is_what_is_left(system):
    phone = await in_the_chat(system, "permit", RINA, "en")
    answer = words(await phone.say("what is missing?", until=has("interactive")))
    assert "what is left is the permission fee of ₹1,800" in answer and "Pay it at Baghmundi" in answer, answer
    assert "Message from the office" not in answer, answer
