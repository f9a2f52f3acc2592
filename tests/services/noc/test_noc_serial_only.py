"""A NOC number typed without its year ('TNOC/45', 'টিএনওসি ৪৫') was only told the number's format. The format is
still said, and the holder's own NOCs with that serial, found by their WhatsApp number, are offered to tap; nobody is
offered another's."""
from __future__ import annotations

import pytest
from casework_kit import RINA


@pytest.mark.parametrize("typed", ["TNOC/45", "টিএনওসি ৪৫"])
async def test_the_serial_alone_offers_ones_own_noc_with_it(citizen, typed):
    answer = await citizen(RINA).say(typed)
    assert "It is written TNOC/year/serial" in answer.text, answer.text
    assert "noc:view:TNOC/2026/000045" in answer.choices, (typed, answer.choices)


async def test_nobody_is_offered_anothers_noc(citizen):
    answer = await citizen("919812340001").say("TNOC/45")
    assert not [c for c in answer.choices if c.startswith("noc:view:")]
