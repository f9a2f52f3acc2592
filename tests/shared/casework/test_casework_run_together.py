"""An application or NOC number typed with its parts run together, as a keyboard without a slash leaves it
('BPPUR2026000103', 'TNOC2026000045', 'bp pur2026 103'), was answered 'this does not look like an application
number', in the chats and at the main menu. Letters and figures part by themselves, and a four-figure year of this
century runs into its serial only as the office's numbers are written; two figures alone still need their
separator, so no other figures are read as a number."""
from __future__ import annotations

import re

import pytest

from shared.casework.numbers import BUILDING_PERMISSION, TRADE_NOC
from shared.india import typed_number


@pytest.mark.parametrize(("kind", "typed", "number"), [
    (BUILDING_PERMISSION, "BPPUR2026000103", "BP/PUR/2026/000103"),
    (BUILDING_PERMISSION, "bp pur2026 103", "BP/PUR/2026/000103"),
    (BUILDING_PERMISSION, "BPPUR/2026/103", "BP/PUR/2026/000103"),
    (BUILDING_PERMISSION, "bppur২০২৬০০০১০৩ status", "BP/PUR/2026/000103"),
    (TRADE_NOC, "TNOC2026000045", "TNOC/2026/000045"), (TRADE_NOC, "tnoc2026/45", "TNOC/2026/000045"),
    (TRADE_NOC, "TNOC/202600045", "TNOC/2026/000045")])
def test_a_number_run_together_is_read(kind, typed, number):
    assert kind.answered(typed) == number
    found = re.compile(kind.references, re.IGNORECASE).search(typed_number(typed))  # the main menu hands it on
    assert found is not None and kind.find(found["number"]) == number


@pytest.mark.parametrize(("kind", "typed"), [
    (TRADE_NOC, "TNOC26103"), (BUILDING_PERMISSION, "BPPUR2026"), (BUILDING_PERMISSION, "BPPUR26103"),
    (TRADE_NOC, "2026000045"), (TRADE_NOC, "TNOC/2610345")])
def test_figures_that_leave_it_unclear_are_no_number(kind, typed):
    assert kind.answered(typed) is None
