"""A revoked NOC, as its holder meets it. The notice gave the reason alone; it now says what the revocation means
(the certificate no longer holds, trading on it is not permitted) and what can be done (a new application at the
gram panchayat office, named). 'amar licence er meyad kobe sesh' after a revocation answered that no NOC 'has been
issued yet or is in force'; it now says the NOC was revoked, the day and why. Asking for a revoked or rejected
NOC's certificate added how to renew one that runs out, which does not apply; and 'chithi kobe pabo' of one whose
one NOC is closed said why and then asked for a NOC number all the same."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from casework_kit import RINA, SABINA, TAPAN, Phone, in_the_chat
from phone_kit import has, saying, words

from shared.auth import AUTH
from shared.casework.show import day
from shared.india import today_in_india

VALID = "TNOC/2026/000045"  # Rina's, in force
REASON = "The shop was closed down."
MEANS = {"en": ("no longer valid", "not permitted", "new application at Baghmundi Gram Panchayat office"),
         "bn": ("আর বৈধ নয়", "অনুমতি নেই", "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে")}
VALIDITY = [("en", "when does my licence expire"), ("bn", "আমার লাইসেন্সের মেয়াদ কবে শেষ"),
            ("en", "amar licence er meyad kobe sesh")]


async def revoked(system) -> date:
    """Rina's NOC in force revoked by her gram panchayat's official; the day it was revoked, in India."""
    http, base, app = system
    token, _ = await app[AUTH].create("gp_official", scope={"gp": "baghmundi"})
    answer = await http.post(f"{base}/api/noc/certificates/{VALID}/revoke", json={"reason": REASON},
                             headers={"Authorization": f"Bearer {token}"})
    assert answer.status == 200, await answer.text()
    return today_in_india(datetime.fromisoformat((await answer.json())["history"][-1]["at"]))


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_the_revocation_notice_says_what_it_means_and_what_to_do(system, lang):
    rina = Phone(system[0], system[1], RINA)
    await rina.start(lang)
    await revoked(system)
    got = await rina.eventually(lambda got: REASON in words(got))
    [notice] = [m for m in got if REASON in words([m])]
    said = words([notice])
    assert VALID in said and all(part in said for part in MEANS[lang]), said


@pytest.mark.parametrize(("lang", "typed"), VALIDITY)
async def test_the_validity_asked_after_a_revocation_says_it_was_revoked(system, lang, typed):
    rina = await in_the_chat(system, "noc", RINA, lang)
    on = day(await revoked(system), lang)
    rina.seen = len(await rina.eventually(lambda got: REASON in words(got)))  # the notice, read
    answer = words(await rina.say(typed, until=saying(VALID)))
    assert on in answer and REASON in answer, answer
    assert "TNOC/2025/000310" in answer and "not in force" not in answer and "চালু নেই" not in answer, answer


@pytest.mark.parametrize(("lang", "typed"), VALIDITY)
async def test_one_whose_only_noc_was_revoked_is_told_so(system, lang, typed):
    sabina = await in_the_chat(system, "noc", SABINA, lang)
    answer = words(await sabina.say(typed, until=saying("TNOC/2025/000122")))
    assert ("revoked on" if lang == "en" else "প্রত্যাহার") in answer, answer
    assert "moved to another premises" in answer and "has been issued yet" not in answer, answer


@pytest.mark.parametrize(("lang", "who", "number"), [("en", SABINA, "TNOC/2025/000122"),
                                                     ("bn", SABINA, "TNOC/2025/000122"),
                                                     ("en", TAPAN, "TNOC/2025/000190")])
async def test_a_closed_nocs_certificate_asked_for_says_nothing_of_renewing_it_when_it_runs_out(
        system, lang, who, number):
    phone = await in_the_chat(system, "noc", who, lang)
    answer = words(await phone.tap(f"noc:download:{number}", until=saying(number)))
    assert "run out" not in answer and "মেয়াদ শেষ" not in answer, answer
    assert ("Baghmundi Gram Panchayat office" if lang == "en" else "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে") in answer, answer


@pytest.mark.parametrize(("lang", "typed"), [("en", "when will I get the letter"), ("bn", "chithi kobe pabo"),
                                             ("bn", "চিঠি কবে পাব")])
async def test_when_the_letter_comes_with_one_noc_of_ones_own_asks_no_number(system, lang, typed):
    sabina = await in_the_chat(system, "noc", SABINA, lang)
    got = await sabina.say(typed, until=has("interactive"))
    answer = words(got)
    assert "TNOC/2025/000122" in answer and "TNOC/2026/000045" not in answer, answer
    assert "Type your NOC" not in answer and "নম্বর লিখুন" not in answer, answer
