"""'what documents are missing?', 'ki ki kagoj lagbe', 'কোন কাগজ বাকি আছে?' were not understood. They are now answered
for the application on screen, else the asker's one open application (several: a list to choose from): what the
office asked of them on it, or that it asked for nothing, and that documents are handed in at the panchayat office,
not sent on WhatsApp; with no application, that there is none and how to apply."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, TAPAN

from services.permit.kind import KIND
from shared.casework.cases import Cases

NOTE = "Bring the mutation record (parcha) of plot 77 to the office"


@pytest.mark.parametrize(("lang", "said", "expected"), [
    ("en", "what documents are missing?", "Its documents have been checked: what is left is the permission fee"),
    ("en", "ki ki kagoj lagbe", "Its documents have been checked: what is left is the permission fee"),
    ("bn", "কোন কাগজ বাকি আছে?", "এর নথি যাচাই হয়ে গেছে: বাকি শুধু অনুমতির ফি"),
    ("bn", "কী কী কাগজ লাগবে", "এর নথি যাচাই হয়ে গেছে: বাকি শুধু অনুমতির ফি"),
])
async def test_the_one_open_application_is_answered(citizen, lang, said, expected):
    answer = await citizen(RINA, lang=lang).say(said)  # 000102 fee pending is Rina's only open one
    assert "BP/PUR/2026/000102" in answer.text and expected in answer.text, answer.text
    assert ("₹1,800" if lang == "en" else "₹১,৮০০") in answer.text  # what is left: the fee
    assert ("cannot be paid on WhatsApp" if lang == "en" else "হোয়াটসঅ্যাপে ফি জমা নেওয়া হয় না") in answer.text
    assert ("Baghmundi Gram Panchayat office" if lang == "en" else "বাঘমুন্ডি গ্রাম পঞ্চায়েত অফিসে") in answer.text
    assert "permit:view:BP/PUR/2026/000102" in answer.choices


async def test_several_open_are_offered_to_choose_and_the_office_word_is_said(citizen, runtime, clock):
    cases = Cases(runtime.store, KIND.collection, KIND.model)
    await cases.change("BP/PUR/2026/000104", lambda c: c.noted(NOTE, at=clock(), by="gp-official"))
    answer = await citizen(ARJUN).say("what documents are missing?")  # 000103 submitted, 000104 under scrutiny
    assert "2 applications still open" in answer.text, answer.text
    assert {"permit:missing:BP/PUR/2026/000103", "permit:missing:BP/PUR/2026/000104"} <= set(answer.choices)
    assert not [c for c in answer.choices if "000045" in c]  # approved: nothing is wanted for it
    answer = await citizen(ARJUN).tap("permit:missing:BP/PUR/2026/000104")
    assert "What the office asked you for on it" in answer.text and NOTE in answer.text, answer.text
    assert "not received on WhatsApp" in answer.text


async def test_the_application_on_screen_is_the_one_answered(citizen):
    await citizen(ARJUN).say("BP/PUR/2026/000103")
    answer = await citizen(ARJUN).say("ki ki kagoj baki ache")
    assert "BP/PUR/2026/000103" in answer.text and "not asked you for any document" in answer.text, answer.text
    await citizen(ARJUN).say("BP/BNK/2026/000045")
    answer = await citizen(ARJUN).say("which documents are still needed?")
    assert "BP/BNK/2026/000045" in answer.text and "no document is wanted for it" in answer.text, answer.text


async def test_anothers_application_is_not_answered_by_a_tap(citizen):
    answer = await citizen(RINA).tap("permit:missing:BP/PUR/2026/000104")
    assert "Application BP/PUR/2026/000104: *Under scrutiny*" in answer.text, answer.text  # its status only
    assert "Arjun" not in answer.text and NOTE not in answer.text


async def test_with_none_open_that_is_said(citizen):
    answer = await citizen(TAPAN).say("what documents are missing?")  # one, rejected
    assert "BP/PUR/2025/000988 is *Rejected*: it is no longer open" in answer.text, answer.text


@pytest.mark.parametrize(("lang", "said", "expected"), [
    ("en", "what documents are missing?", "No application is registered to this WhatsApp number"),
    ("bn", "কোন কাগজ বাকি আছে?", "এই হোয়াটসঅ্যাপ নম্বরে কোনো আবেদন নথিভুক্ত নেই"),
])
async def test_with_no_application_how_to_apply_is_said(citizen, lang, said, expected):
    answer = await citizen("919800000099", lang=lang).say(said)
    assert expected in answer.text, answer.text
    assert ("make an application at your gram panchayat office" if lang == "en"
            else "গ্রাম পঞ্চায়েত অফিসে আবেদন জমা দিন") in answer.text
