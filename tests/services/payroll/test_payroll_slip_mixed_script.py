"""A pay slip asked for with a hyphen ("pay-slip") or in two scripts at once, as a Bengali keyboard user types the
English word ("pay স্লিপ", "বেতনের slip"), was read by no service: a first-timer got the language question and the
words were lost, someone at the menu was 'not understood'. Each now asks for the slip."""
from __future__ import annotations

import pytest

from services.payroll.phrases import asked_for


@pytest.mark.parametrize("typed", [
    "pay-slip", "Salary-slip please", "pay স্লিপ", "salary স্লিপ", "বেতনের slip", "বেতন slip চাই", "মাইনের slip",
    "বেতন-স্লিপ", "আমার pay slip"])
def test_a_slip_asked_with_a_hyphen_or_in_two_scripts_is_payrolls(typed: str):
    assert asked_for(typed) == "slip", typed


@pytest.mark.parametrize("typed", ["fee slip", "bank-slip", "জমির স্লিপ", "deposit slip"])
def test_other_slips_are_not(typed: str):
    assert asked_for(typed) is None, typed
