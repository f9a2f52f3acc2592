"""'what is missing?', 'ki baki ache', 'কী বাকি আছে?' on a NOC waiting for its fee, where the office wrote a note on
the move to fee pending, answered "What the office asked you for on it:" and the note, and then how to hand in
documents: the fee itself, how much and where it is paid, was never said. Now the answer says plainly that the fee is
what is left, its amount and where it is paid (office or portal, not WhatsApp), with the office's note under it."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, in_the_chat
from phone_kit import has, words

from shared.auth import AUTH

NUMBER = "TNOC/2026/000048"  # Arjun's, fee pending
NOTE = "Fee assessed for a rice mill"


@pytest.mark.parametrize(("lang", "typed", "said"), [
    ("en", "what's missing?", ["what is left is the fee of ₹2,500", "Pay it at Ajodhya Gram Panchayat office or on "
                                                                    "the online portal", "Message from the office: "]),
    ("bn", "ki baki ache", ["বাকি শুধু ফি ₹২,৫০০ জমা দেওয়া", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে বা অনলাইন পোর্টালে",
                            "অফিসের বার্তা: "]),
    ("bn", "কী বাকি আছে?", ["বাকি শুধু ফি ₹২,৫০০ জমা দেওয়া", "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে বা অনলাইন পোর্টালে",
                            "অফিসের বার্তা: "]),
])
async def test_the_fee_is_what_is_left_with_the_note_under_it(system, lang, typed, said):
    http, base, app = system
    token, _ = await app[AUTH].create("gp_official", scope={"gp": "ajodhya"})
    moved = await http.post(f"{base}/api/noc/certificates/{NUMBER}/status",
                            json={"status": "fee_pending", "note": NOTE}, headers={"Authorization": f"Bearer {token}"})
    assert moved.status == 200, await moved.text()
    phone = await in_the_chat(system, "noc", ARJUN, lang)
    await phone.say(NUMBER, until=has("interactive"))  # on screen: Arjun has three open
    answer = words(await phone.say(typed, until=has("interactive")))
    assert NUMBER in answer and all(part in answer for part in said), answer
    assert NOTE in answer and "What the office asked you for" not in answer and "যা চেয়েছে" not in answer, answer
