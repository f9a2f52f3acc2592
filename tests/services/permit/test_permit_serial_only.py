"""An application number typed without its year or district ('১০১', 'BP/PUR/101', as a villager reads the serial off
the slip) was only told the number's format. The format is still said, and the asker's own applications with that
serial, found by their WhatsApp number, are offered to tap; nobody is offered another's."""
from __future__ import annotations

import pytest
from casework_kit import RINA


@pytest.mark.parametrize("typed", ["১০১", "BP/PUR/101", "বিপি ১০১", "আবেদন নং ০০০১০১"])
async def test_the_serial_alone_offers_ones_own_application_with_it(citizen, typed):
    answer = await citizen(RINA, lang="bn").say(typed)
    assert "নম্বরটি এইরকম" in answer.text, answer.text  # the format, still
    assert "permit:view:BP/PUR/2026/000101" in answer.choices, (typed, answer.choices)
    assert "রিনা" not in answer.text  # nothing of the application before it is tapped


async def test_nobody_is_offered_anothers_application(citizen):
    answer = await citizen("919812340001", lang="bn").say("১০১")
    assert "নম্বরটি এইরকম" in answer.text
    assert not [c for c in answer.choices if c.startswith("permit:view:")]
