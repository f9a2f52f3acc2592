""""application number", "my permit number", "আবেদন নম্বর কত" typed in the permit chat was read as asking for the
letter (a PDF sent) or as a number to type: who asks what their number is is told the numbers of their own
applications, found by their WhatsApp number, and nobody else's."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA

RINAS = {"permit:view:BP/PUR/2026/000101", "permit:view:BP/PUR/2026/000102", "permit:view:BP/PUR/2023/000210"}


@pytest.mark.parametrize(("lang", "words", "told"), [
    ("en", "my permit number", "The numbers of your 3 applications"),
    ("en", "application number?", "The numbers of your 3 applications"),
    ("en", "letter no", "The numbers of your 3 applications"),
    ("bn", "আবেদন নম্বর কত", "আপনার ৩টি আবেদনের নম্বর"),
    ("bn", "অনুমতিপত্রের নম্বর", "আপনার ৩টি আবেদনের নম্বর"),
    ("bn", "সার্টিফিকেট নং", "আপনার ৩টি আবেদনের নম্বর")])
async def test_asking_ones_number_lists_ones_own_applications(citizen, lang, words, told):
    answer = await citizen(RINA, lang=lang).say(words)
    assert not answer.pdfs, words
    assert told in answer.text, (words, answer.text)
    assert {c for c in answer.choices if c.startswith("permit:view:")} == RINAS


async def test_nobody_is_told_anothers_numbers(citizen):
    answer = await citizen("919811111111").say("my application number")
    assert "No application is registered to this WhatsApp number" in answer.text
    assert not [c for c in answer.choices if c.startswith("permit:view:")]


async def test_a_number_typed_after_the_words_is_still_looked_up(citizen):
    answer = await citizen(ARJUN).say("application number BP/PUR/2026/000104")
    assert "BP/PUR/2026/000104" in answer.text and "Under scrutiny" in answer.text, answer.text
