"""Asked for the NOC number, 'নম্বর জানি না' (I don't know the number) was answered 'Sorry, I did not understand';
the holder is now told the numbers of their own NOCs, found by their WhatsApp number."""
from __future__ import annotations

from casework_kit import RINA


async def test_not_knowing_the_number_is_told_ones_own(citizen):
    answer = await citizen(RINA, lang="bn").say("নম্বর জানি না")
    assert "আপনার ২টি NOC-র নম্বর" in answer.text and "TNOC/2026/000045" in answer.text, answer.text
