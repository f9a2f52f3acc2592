""""certificate number", "NOC number", "my permit number" typed at the main menu read as asking for the document
(a PDF sent, or the letters offered), or as words no service reads: who asks what their number is is told the
numbers of their own applications or certificates, found by their WhatsApp number."""
from __future__ import annotations

import pytest

from .conftest import System
from .test_menu_words import RINA, at_the_menu, rows, said


@pytest.mark.parametrize(("lang", "words", "told", "numbers"), [
    ("en", "my permit number", "The numbers of your 3 applications",
     ["BP/PUR/2026/000101", "BP/PUR/2026/000102", "BP/PUR/2023/000210"]),
    ("en", "NOC number", "The numbers of your 2 NOCs", ["TNOC/2026/000045", "TNOC/2025/000310"]),
    ("bn", "আমার এনওসি নম্বর কত", "আপনার ২টি NOC-র নম্বর", ["TNOC/2026/000045", "TNOC/2025/000310"])])
async def test_ones_number_asked_at_the_menu_is_told(system: System, lang, words, told, numbers):
    sent = await at_the_menu(system, RINA, lang)
    await system.say(RINA, words)
    answer = (await system.replies(RINA, sent + 1))[-1]
    assert answer["body"]["type"] != "document"
    assert told in said(answer), said(answer)
    assert all(number in said(answer) for number in numbers), said(answer)


# an application's number too: a building permission's and a trade NOC's are both applied for
@pytest.mark.parametrize(("lang", "words"), [("en", "certificate number"), ("bn", "সার্টিফিকেট নম্বর"),
                                            ("bn", "আবেদনের নম্বর"), ("en", "my application number")])
async def test_a_number_not_saying_whose_office_asks_which_for_the_numbers_not_the_document(system: System, lang,
                                                                                             words):
    sent = await at_the_menu(system, RINA, lang)
    await system.say(RINA, words)
    answer = (await system.replies(RINA, sent + 1))[-1]
    assert sorted(row for row, _ in rows(answer)) == ["shell:claimed:noc:mine", "shell:claimed:permit:mine"], rows(answer)
