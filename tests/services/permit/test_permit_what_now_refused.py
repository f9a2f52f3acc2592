"""At one's own rejected application, just shown, "abar korte chai" (I want to do it again), "ami abar korbo",
"তাহলে এখন কি করব" (what do I do now), "what should i do now" or "ki korle pabo" got "Sorry, I did not understand":
the person was left at a refusal with no word of what to do. They are now told that a rejected application is not
reopened and where to make a new one, with the reason to see to first. At an application under way, or another's,
the same words are not read so."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, TAPAN

TOLD = {"en": "To apply again, make a new application at Baghmundi Gram Panchayat office",
        "bn": "আবার আবেদন করতে বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে নতুন আবেদন জমা দিন"}
REASON = "agricultural (sali) land"


@pytest.mark.parametrize(("lang", "typed"), [
    ("bn", "abar korte chai"), ("bn", "ami abar korbo"), ("bn", "তাহলে এখন কি করব"), ("en", "what should i do now"),
    ("bn", "ki korle pabo"), ("bn", "এখন কী করতে হবে?"), ("en", "what now"), ("bn", "ki korbo ekhon"),
    ("bn", "আবার করতে চাই"),
])
async def test_at_ones_rejected_application_what_next_is_told(citizen, lang, typed):
    tapan = citizen(TAPAN, lang=lang)
    await tapan.say("BP/PUR/2025/000988")
    answer = await tapan.say(typed)
    assert TOLD[lang] in answer.text and REASON in answer.text, answer.text


async def test_after_keno_reject_holo_the_same(citizen):
    tapan = citizen(TAPAN, lang="bn")
    await tapan.say("keno reject holo")  # his one application, shown
    answer = await tapan.say("abar korte chai")
    assert TOLD["bn"] in answer.text, answer.text


async def test_at_ones_expired_permission_its_renewal_is_told(citizen):
    rina = citizen(RINA, lang="en")
    await rina.say("BP/PUR/2023/000210")
    answer = await rina.say("what should i do now")
    assert "apply for its renewal or a new permission at Baghmundi" in answer.text, answer.text


async def test_at_an_application_under_way_it_is_not_told_to_apply_again(citizen):
    arjun = citizen(ARJUN, lang="en")
    await arjun.say("BP/PUR/2026/000104")  # under scrutiny
    answer = await arjun.say("what should i do now")
    assert "apply again" not in answer.text.lower() and "rejected" not in answer.text.lower(), answer.text


async def test_at_anothers_rejected_application_nothing_of_it(citizen):
    rina = citizen(RINA, lang="en")
    await rina.say("BP/PUR/2025/000988")  # Tapan's: its status only
    answer = await rina.say("what should i do now")
    assert REASON not in answer.text and "Tapan" not in answer.text and "000988" not in answer.text, answer.text
