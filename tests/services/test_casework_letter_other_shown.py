"""Just after another person's application or NOC looked up by its number (its status only, by design), "chithi ta
dao", "letter dao", "certificate dao" answered with the asker's own letter as if it were the one asked for. It is now
said first that the letter of that application goes only to the mobile number given in it, then which of the asker's
own the answer is about; nothing more of the other's is shown."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, captions, documents


@pytest.mark.parametrize("typed", ["chithi ta dao", "letter dao"])
async def test_after_anothers_status_the_letter_asked_is_said_not_theirs(chat, typed):
    rina, _ = await chat("permit", lang="en")
    await rina.say("BP/PUR/2025/000988")  # Tapan's, rejected: its status only
    answer = await rina.say(typed)
    said = answer.text + captions(answer)
    assert "The letter of that application goes only to the mobile number given in it" in said, said
    assert "About your own application BP/PUR/2026/000101:" in said, said
    assert documents(answer) == ["BP-PUR-2026-000101.pdf"]
    assert "Tapan" not in said and "sali" not in said, said


async def test_in_bengali_the_same(chat):
    rina, _ = await chat("permit")
    await rina.say("BP/PUR/2026/000103")  # Arjun's
    answer = await rina.say("chithi ta dao")
    said = answer.text + captions(answer)
    assert "ওই আবেদনের অনুমতিপত্র শুধু সেই আবেদনে দেওয়া মোবাইল নম্বরেই পাঠানো হয়" in said, said
    assert "000103" not in said, said
    assert "আপনার নিজের আবেদন BP/PUR/2026/000101 সম্পর্কে:" in said, said


async def test_after_anothers_noc_ones_own_certificates_are_listed_so(chat):
    rina, _ = await chat("noc", lang="en")
    await rina.say("TNOC/2025/000190")  # Tapan's
    answer = await rina.say("certificate dao")
    assert "The certificate of that NOC goes only to the mobile number given" in answer.text, answer.text
    assert list(answer.choices)[:2] == ["noc:download:TNOC/2026/000045", "noc:download:TNOC/2025/000310"]


async def test_one_with_none_of_their_own_is_sent_nothing(chat):
    arjun, _ = await chat("noc", wa_id=ARJUN, lang="en")
    await arjun.say("TNOC/2025/000190")  # Tapan's, asked from Arjun's number
    answer = await arjun.say("certificate dao")
    assert "The certificate of that NOC goes only to the mobile number given" in answer.text, answer.text
    assert "TNOC-2025-000190.pdf" not in documents(answer)


async def test_after_ones_own_view_the_letter_is_sent_as_before(chat):
    rina, _ = await chat("permit", lang="en")
    await rina.say("BP/PUR/2026/000101")
    answer = await rina.say("chithi ta dao")
    assert documents(answer) == ["BP-PUR-2026-000101.pdf"] and "goes only to" not in captions(answer)
