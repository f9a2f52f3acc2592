"""'চিঠি আবার পাঠান' / 'send the letter again', typed without the number, asked for the application number even of
someone with only one approved application. The letter they may have is now sent; with none, the number is asked."""
from __future__ import annotations

import pytest
from casework_kit import ARJUN, RINA, TAPAN


@pytest.mark.parametrize(("lang", "said"), [("bn", "চিঠি আবার পাঠান"), ("en", "send the letter again"),
                                            ("bn", "আমার চিঠি দিন")])
async def test_the_one_approved_letter_is_sent_without_the_number(citizen, lang, said):
    answer = await citizen(RINA, lang=lang).say(said)  # 000101 approved, 000102 fee pending, 2023/000210 expired
    assert [r.payload["document"]["filename"] for r in answer.replies if r.payload.get("document")] == [
        "BP-PUR-2026-000101.pdf"]


async def test_another_holders_one_letter_is_theirs(citizen):
    answer = await citizen(ARJUN).say("send the letter again")  # BNK/000045 approved, 000103 and 000104 open
    assert [r.payload["document"]["filename"] for r in answer.replies if r.payload.get("document")] == [
        "BP-BNK-2026-000045.pdf"]


async def test_with_ones_one_application_not_approved_it_says_why(citizen):
    answer = await citizen(TAPAN).say("send the letter again")  # rejected only: why, no number asked
    assert not answer.pdfs and "BP/PUR/2025/000988 is *Rejected*" in answer.text
    assert "Type your application number" not in answer.text
