"""'my NOC certificate' / 'আমার NOC সার্টিফিকেট' typed at the main menu opened the list of all one's NOCs (open,
expired, rejected): 'my' was read before 'certificate'. Naming the certificate asks for the document: the
certificates in force are offered to tap, one tap sending it, as 'send the certificate again' does."""
from __future__ import annotations

import pytest

from .conftest import System
from .test_menu_words import RINA, at_the_menu, rows, said

IN_FORCE = ["noc:download:TNOC/2026/000045", "noc:download:TNOC/2025/000310"]


@pytest.mark.parametrize(("lang", "words", "intro"), [
    ("en", "my NOC certificate", "You have 2 NOCs in force"), ("bn", "আমার NOC সার্টিফিকেট", "বৈধ NOC আছে"),
    ("en", "my trade licence certificate", "You have 2 NOCs in force")])
async def test_my_certificate_at_the_menu_offers_those_in_force(system: System, lang, words, intro):
    sent = await at_the_menu(system, RINA, lang)
    await system.say(RINA, words)
    asked = (await system.replies(RINA, sent + 1))[-1]
    assert intro in said(asked), said(asked)
    assert sorted(row for row, _ in rows(asked)) == sorted(IN_FORCE)


async def test_my_nocs_without_the_certificate_still_list_them_all(system: System):
    sent = await at_the_menu(system, RINA, "en")
    await system.say(RINA, "my NOC applications")
    asked = (await system.replies(RINA, sent + 1))[-1]
    assert said(asked).startswith("You have 2 NOCs on this number"), said(asked)
