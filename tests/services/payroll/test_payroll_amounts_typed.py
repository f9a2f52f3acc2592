"""Amounts in a pay-run import as Indian offices write them: the rupee sign, spaces, Indian or Western grouping;
scientific notation, a spreadsheet's accident, refused with its reason."""
from __future__ import annotations

from datetime import date

import pytest

from services.payroll.domain import check
from services.payroll.domain.written import paise


@pytest.mark.parametrize(("typed", "expected"), [
    ("₹ 5000", 5_000_00), ("₹5000", 5_000_00), ("5,000", 5_000_00), ("1,23,456.50", 1_23_456_50),
    ("123,456.50", 1_23_456_50), (" ₹ 1,00,000 ", 1_00_000_00), ("₹১,২৩,৪৫৬", 1_23_456_00), ("12,34,567", 12_34_567_00),
    ("Rs. 5,000", 5_000_00),
])
def test_the_rupee_sign_spaces_and_well_formed_grouping_are_read(typed, expected):
    assert paise(typed) == expected


@pytest.mark.parametrize("typed", ["1e5", "1E5", "1.5e3", "₹ 1e5", "2.8E+04"])
def test_scientific_notation_is_refused_as_a_spreadsheets_accident(typed):
    with pytest.raises(ValueError, match="scientific notation"):
        paise(typed)
    _, [problem] = check([{"employee_id": "E1", "basic": typed, "credit_date": "2026-02-28"}], 1, month="2026-02",
                         today=date(2026, 3, 10), active={"E1"}, already=set())
    assert problem.reason.startswith("basic: ") and "write the amount in full" in problem.reason


@pytest.mark.parametrize("typed", ["5,0000", "1,2,3", "12,34,5678", ",500", "500,", "1,23,45,6", "1,234,56"])
def test_grouping_that_is_not_well_formed_is_refused(typed):
    with pytest.raises(ValueError, match="grouped"):
        paise(typed)
