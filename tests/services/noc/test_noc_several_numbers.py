"""Two NOC numbers in one message were answered with the first only; each is now answered, under a word naming
both (the desk is the permit chat's: ``tests/services/permit/test_permit_several_numbers.py``)."""
from __future__ import annotations

from casework_kit import RINA


async def test_both_are_answered(citizen):
    answer = await citizen(RINA, lang="bn").say("TNOC/2026/000045 আর TNOC/2025/000310 এর অবস্থা")
    assert "আপনি ২টি NOC নম্বর পাঠিয়েছেন (TNOC/2026/000045, TNOC/2025/000310)" in answer.replies[0].text, answer.text
    assert "TNOC/2025/000310" in answer.replies[-1].text and len(answer.replies) >= 2
