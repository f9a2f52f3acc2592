"""An application or NOC number typed with a two-figure year ('BP/PUR/25/988', 'TNOC/25/190', 'bp pur 25 988',
'টিএনওসি/২৫/১৯০') was refused as no number, at the gateway and in the chats. The year is now read as this century's
wherever the prefix or the district code says a number is meant; two figures and a serial alone are not."""
from __future__ import annotations

import re

import pytest

from shared.casework.numbers import BUILDING_PERMISSION, TRADE_NOC
from shared.india import typed_number


@pytest.mark.parametrize(("typed", "number"), [
    ("BP/PUR/25/988", "BP/PUR/2025/000988"), ("bp pur 25 988", "BP/PUR/2025/000988"),
    ("বিপি/PUR/২৫/৯৮৮", "BP/PUR/2025/000988"), ("status of BP-PUR-26-101 please", "BP/PUR/2026/000101"),
    ("PUR/25/988", "BP/PUR/2025/000988"), ("BP/PUR/2026/101", "BP/PUR/2026/000101")])
def test_a_permit_number_with_a_two_figure_year_is_read(typed, number):
    assert BUILDING_PERMISSION.answered(typed) == number


@pytest.mark.parametrize(("typed", "number"), [
    ("TNOC/25/190", "TNOC/2025/000190"), ("টিএনওসি/২৫/১৯০", "TNOC/2025/000190"), ("tnoc 25 190", "TNOC/2025/000190"),
    ("my certificate TNOC/25/190", "TNOC/2025/000190"), ("TNOC/2026/45", "TNOC/2026/000045")])
def test_a_noc_number_with_a_two_figure_year_is_read(typed, number):
    assert TRADE_NOC.answered(typed) == number


@pytest.mark.parametrize(("kind", "typed"), [
    (TRADE_NOC, "25/190"), (TRADE_NOC, "12.5"), (BUILDING_PERMISSION, "BP/PUR/2026"), (TRADE_NOC, "TNOC/2026")])
def test_figures_that_leave_it_unclear_are_no_number(kind, typed):
    assert kind.answered(typed) is None


def test_a_district_code_in_bengali_letters_with_a_two_figure_year_is_read_as_its_spellings():
    assert BUILDING_PERMISSION.readings("বিপি/পুর/২৫/৯৮৮") == ("BP/PUR/2025/000988", "BP/POR/2025/000988")


@pytest.mark.parametrize(("kind", "typed", "number"), [
    (BUILDING_PERMISSION, "BP/PUR/25/988", "BP/PUR/25/988"), (BUILDING_PERMISSION, "bp pur 25 988", "bp pur 25 988"),
    (TRADE_NOC, "টিএনওসি/২৫/১৯০", "টিএনওসি/25/190"), (TRADE_NOC, "download TNOC/25/190", "TNOC/25/190")])
def test_the_gateway_hands_the_number_to_its_service(kind, typed, number):
    """The menu's lookup (``MenuEntry.references``, matched whole against ``typed_number``'s text)."""
    found = re.compile(kind.references, re.IGNORECASE).fullmatch(typed_number(typed))
    assert found is not None and found["number"] == number
    assert kind.find(found["number"]) is not None or kind.readings(found["number"])
