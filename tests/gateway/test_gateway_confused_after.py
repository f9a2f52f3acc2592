"""Not understanding what was just read, said whole ("kichu bujhlam na", "I didn't understand", "বুঝতে পারলাম না"),
was kept at the main menu as words to send to Complaints ("I could not tell which service your message is for"), as
"ki korbo bujhte parchi na" was before it got the help: it gets the help, in the language it is written in. Inside a
longer sentence it stays the person's words."""
from __future__ import annotations

import pytest
from gateway_kit import Stack, answer_at_menu

from gateway.keywords import confused

LOST = ("kichu bujhlam na", "bujhlam na", "bujhte parlam na", "I didn't understand", "I did not understand",
        "not understood")
LOST_BN = ("কিছু বুঝলাম না", "বুঝতে পারলাম না", "কিছুই বুঝলাম না")


@pytest.mark.parametrize("lang, said, helped", [*(("en", s, "I am the Smart Panchayat assistant") for s in LOST),
                                                *(("bn", s, "আমি স্মার্ট পঞ্চায়েতের সহায়ক") for s in LOST_BN)])
async def test_not_understood_at_the_main_menu_gets_the_help_not_kept_as_a_complaint(stack: Stack, lang, said, helped):
    text = await answer_at_menu(stack, lang, said)
    assert helped in text, text
    assert "kept for 30 minutes" not in text and "রাখা থাকবে" not in text and "which service" not in text, text


@pytest.mark.parametrize("text", ["I didn't understand why my pension stopped", "kichu bujhlam na rasta kobe hobe"])
def test_inside_a_longer_sentence_it_is_the_persons_words(text: str):
    assert not confused(text)
