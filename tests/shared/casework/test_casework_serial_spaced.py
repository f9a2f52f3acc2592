"""An application or NOC number with a space inside its serial, as a slip's is copied ('BP/PUR/2026/000 103',
'TNOC/2026/000 045') was read as serial 000000: another application than the one typed. All six figures of a
serial typed in groups are now read as one; figures after a space that could still be the serial's (000 10, 103 2)
read as no number (the format is said) rather than as a different one."""
from __future__ import annotations

import re

import pytest

from shared.casework.numbers import BUILDING_PERMISSION, TRADE_NOC
from shared.india import typed_number


@pytest.mark.parametrize(("typed", "number"), [
    ("BP/PUR/2026/000 103", "BP/PUR/2026/000103"), ("BP PUR 2026 000 103", "BP/PUR/2026/000103"),
    ("BP PUR 2026 000103", "BP/PUR/2026/000103"), ("bp/pur/2026/103", "BP/PUR/2026/000103"),
    ("status of bp pur 26 00 0103 please", "BP/PUR/2026/000103"), ("বিপি/PUR/২০২৬/০০০ ১০৩", "BP/PUR/2026/000103"),
    ("BP/PUR/2026/000103 9800000001", "BP/PUR/2026/000103"), ("PUR/2026/000 103", "BP/PUR/2026/000103")])
def test_a_permit_serial_in_groups_is_read_whole(typed, number):
    assert BUILDING_PERMISSION.answered(typed) == number


@pytest.mark.parametrize(("typed", "number"), [
    ("TNOC/2026/000 045", "TNOC/2026/000045"), ("tnoc 2026 000 045", "TNOC/2026/000045"),
    ("2026/000 045", "TNOC/2026/000045")])
def test_a_noc_serial_in_groups_is_read_whole(typed, number):
    assert TRADE_NOC.answered(typed) == number


@pytest.mark.parametrize(("kind", "typed"), [
    (BUILDING_PERMISSION, "BP/PUR/2026/000 10"), (BUILDING_PERMISSION, "BP/PUR/2026/000 1034"),
    (BUILDING_PERMISSION, "BP/PUR/2026/103 2"), (TRADE_NOC, "TNOC/2026/000 04")])
def test_figures_that_may_be_the_serials_are_no_other_number(kind, typed):
    assert kind.answered(typed) is None
    assert kind.attempted(typed)  # answered with the number's format


def test_a_code_in_bengali_letters_with_its_serial_in_groups():
    assert BUILDING_PERMISSION.readings("বিপি/পুর/২০২৬/০০০ ১০৩") == ("BP/PUR/2026/000103", "BP/POR/2026/000103")


def test_the_gateway_hands_the_whole_number_to_its_service():
    found = re.compile(BUILDING_PERMISSION.references, re.IGNORECASE).fullmatch(typed_number("BP/PUR/2026/000 103"))
    assert found is not None and BUILDING_PERMISSION.find(found["number"]) == "BP/PUR/2026/000103"
