"""At one's own NOC application just shown that waits for its fee, "ki korte hobe" got "Sorry, I did not understand":
it now gets the fee and where it is paid (see the permit's test_permit_fee_what_now)."""
from __future__ import annotations

from casework_kit import ARJUN


async def test_at_ones_noc_awaiting_its_fee_the_fee_is_told(citizen):
    arjun = citizen(ARJUN, lang="en")
    await arjun.say("TNOC/2026/000048")  # fee pending
    answer = await arjun.say("ki korte hobe")
    assert "TNOC/2026/000048" in answer.text and "fee" in answer.text and "did not understand" not in answer.text, (
        answer.text)
    assert "noc:view:TNOC/2026/000048" in answer.choices, answer.choices
