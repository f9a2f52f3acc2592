"""A revoked building permission, as its holder meets it. The notice gave the reason alone; it now says what the
revocation means (the letter no longer holds, building on it is not permitted) and what can be done (a new
application at the gram panchayat office, named). And 'chithi kobe pabo' of one whose one application is closed
said why and then asked for an application number all the same."""
from __future__ import annotations

import pytest
from casework_kit import RINA, SABINA, TAPAN, Phone, in_the_chat
from phone_kit import has, words

from shared.auth import AUTH

APPROVED = "BP/PUR/2026/000101"  # Rina's, in force
REASON = "Built on the drain beside the road."
MEANS = {"en": ("no longer valid", "not permitted", "new application at Baghmundi Gram Panchayat office"),
         "bn": ("আর বৈধ নয়", "অনুমতি নেই", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে")}


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_revocation_notice_says_what_it_means_and_what_to_do(system, lang):
    http, base, app = system
    rina = Phone(http, base, RINA)
    await rina.start(lang)
    token, _ = await app[AUTH].create("gp_official", scope={"gp": "baghmundi"})
    answer = await http.post(f"{base}/api/permit/applications/{APPROVED}/revoke", json={"reason": REASON},
                             headers={"Authorization": f"Bearer {token}"})
    assert answer.status == 200, await answer.text()
    got = await rina.eventually(lambda got: REASON in words(got))
    [notice] = [m for m in got if REASON in words([m])]
    said = words([notice])
    assert APPROVED in said and all(part in said for part in MEANS[lang]), said


@pytest.mark.parametrize(("lang", "who", "number", "typed"), [
    ("en", SABINA, "BP/PUR/2025/000731", "when will I get the letter"),
    ("bn", SABINA, "BP/PUR/2025/000731", "chithi kobe pabo"),
    ("bn", TAPAN, "BP/PUR/2025/000988", "চিঠি কবে পাব"),
])
async def test_when_the_letter_comes_with_one_application_of_ones_own_asks_no_number(system, lang, who, number, typed):
    phone = await in_the_chat(system, "permit", who, lang)
    answer = words(await phone.say(typed, until=has("interactive")))
    assert number in answer and "BP/PUR/2026/000101" not in answer, answer
    assert "Type your application number" not in answer and "আবেদন নম্বর লিখুন" not in answer, answer
