"""A month's slip with মাসের spelt "masher" ("gato masher slip", "agher masher slip", "january masher slip") reached
no service at the main menu, where "gato maser slip" reached the pay slips (the chat read both); and the year's
statement asked as a tax statement ("income tax statement", "tax statement", "আয়কর বিবরণী") reached none, where
"salary statement" and "TDS certificate" reach the statement. Both reach payroll now; the chat reads the month alike."""
from __future__ import annotations

from datetime import date

import pytest
from casework_kit import menu_claims

from services.payroll.domain.typed_period import parse_typed_month

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(("typed", "claimed"), [
    ("gato masher slip", "payroll:slip"), ("goto masher slip", "payroll:slip"), ("agher masher slip", "payroll:slip"),
    ("ei masher slip", "payroll:slip"), ("january masher slip", "payroll:slip"), ("agher mash er slip", "payroll:slip"),
    ("income tax statement", "payroll:statement"), ("tax statement", "payroll:statement"),
    ("amar income tax statement chai", "payroll:statement"), ("আয়কর বিবরণী", "payroll:statement"),
    ("gato maser slip", "payroll:slip"), ("salary statement", "payroll:statement")])
def test_the_main_menu_takes_them_to_payroll(typed, claimed):
    assert menu_claims(typed) == [claimed], typed


@pytest.mark.parametrize(("typed", "month"), [("gato masher slip", "2026-02"), ("ei masher slip", "2026-03"),
                                              ("january masher slip", "2026-01")])
def test_the_chat_reads_the_same_month(typed, month):
    assert parse_typed_month(typed, TODAY) == month
