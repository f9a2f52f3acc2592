"""At one's own rejected NOC, just shown, "ki korle pabo" (what gets it), "abar korte chai" or "এখন কী করব" got
"Sorry, I did not understand". They are now told a rejected application is not reopened and where to apply anew,
with its reason (see the permit's test_permit_what_now_refused)."""
from __future__ import annotations

import pytest
from casework_kit import TAPAN


@pytest.mark.parametrize("typed", ["ki korle pabo", "abar korte chai", "এখন কী করব"])
async def test_at_ones_rejected_noc_what_next_is_told(citizen, typed):
    tapan = citizen(TAPAN, lang="en")
    await tapan.say("TNOC/2025/000190")
    answer = await tapan.say(typed)
    assert "To apply again, make a new application at Baghmundi" in answer.text, answer.text
    assert "wood-fired oven" in answer.text, answer.text
