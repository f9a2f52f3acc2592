""""NOC number", "certificate number", "আমার সার্টিফিকেট নম্বর" typed in the NOC chat were read as words not
understood or as a number to type: who asks what their number is is told the numbers of their own NOCs, found by
their WhatsApp number, and nobody else's."""
from __future__ import annotations

import pytest
from casework_kit import RINA


@pytest.mark.parametrize(("lang", "words", "told"), [
    ("en", "NOC number", "The numbers of your 2 NOCs"),
    ("en", "certificate number", "The numbers of your 2 NOCs"),
    ("bn", "আমার সার্টিফিকেট নম্বর", "আপনার ২টি NOC-র নম্বর"),
    ("bn", "এনওসি নম্বর কত?", "আপনার ২টি NOC-র নম্বর")])
async def test_asking_ones_number_lists_ones_own_nocs(citizen, lang, words, told):
    answer = await citizen(RINA, lang=lang).say(words)
    assert not answer.pdfs, words
    assert told in answer.text, (words, answer.text)
    assert {c for c in answer.choices if c.startswith("noc:view:")} == {"noc:view:TNOC/2026/000045",
                                                                        "noc:view:TNOC/2025/000310"}


async def test_nobody_is_told_anothers_numbers(citizen):
    answer = await citizen("919811111111").say("certificate number")
    assert "No NOC is registered to this WhatsApp number" in answer.text
    assert not [c for c in answer.choices if c.startswith("noc:view:")]
