"""'what documents are missing?', 'ki ki kagoj lagbe', 'কোন কাগজ বাকি আছে?' were not understood in the NOC chat. They
are now answered for the NOC on screen, else the asker's one open application (several: a list to choose from), and
that documents are handed in at the panchayat office; with no NOC, that there is none and how to apply."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, TAPAN


@pytest.mark.parametrize(("lang", "said"), [("en", "what documents are missing?"), ("en", "ki ki kagoj lagbe"),
                                            ("bn", "কোন কাগজ বাকি আছে?")])
async def test_several_open_are_offered_and_the_one_chosen_answered(citizen, lang, said):
    answer = await citizen(ARJUN, lang=lang).say(said)  # 000046, 000047, 000048 open; 2024/000077 issued
    assert {"noc:missing:TNOC/2026/000046", "noc:missing:TNOC/2026/000047", "noc:missing:TNOC/2026/000048"} == {
        c for c in answer.choices if c.startswith("noc:missing:")}, answer.choices
    answer = await citizen(ARJUN, lang=lang).tap("noc:missing:TNOC/2026/000048")
    assert "TNOC/2026/000048" in answer.text and ("₹2,500" if lang == "en" else "₹২,৫০০") in answer.text, answer.text
    assert ("Ajodhya Gram Panchayat office" if lang == "en" else "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে") in answer.text


async def test_the_noc_on_screen_is_answered(citizen):
    await citizen(ARJUN).say("TNOC/2026/000047")
    answer = await citizen(ARJUN).say("which documents are still needed?")
    assert "NOC TNOC/2026/000047 is *Under scrutiny*" in answer.text, answer.text
    assert "not received on WhatsApp" in answer.text


async def test_none_open_is_said(citizen):
    answer = await citizen(RINA).say("what documents are missing?")  # both issued
    assert "None of your 2 NOCs on this number has its application still open" in answer.text, answer.text
    answer = await citizen(TAPAN, lang="bn").say("কোন কাগজ বাকি আছে?")  # one, rejected
    assert "TNOC/2025/000190 এখন *নামঞ্জুর*" in answer.text, answer.text


async def test_with_no_noc_how_to_apply_is_said(citizen):
    # what is missing asked; "ki ki kagoj lagbe" (what papers are needed) is the papers for applying
    # (test_casework_after_how_to.py)
    answer = await citizen("919800000099").say("ki ki kagoj baki ache")
    assert "No NOC is registered to this WhatsApp number" in answer.text, answer.text
    assert "To apply for a trade NOC" in answer.text
