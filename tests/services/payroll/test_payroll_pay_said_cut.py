"""Money said cut from one's pay with "kete" ("salary theke taka kete niyeche", "beton theke beshi taka kete niyeche",
"বেতন থেকে টাকা কেটে নিয়েছে") reached no service, where "kata" and "কাটা" were the pay doubted: it is payroll's, as
"amar PF kata hoyeche keno?" is (the office that issued the slip named, its deductions after the PIN: two of them are
among test_payroll_slip_doubted_webhook.py's doubts at the main menu). Money cut with no pay named ("taka kete
niyeche") is not payroll's."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims

from services.payroll.phrases import asked_for

CUT = ("salary theke taka kete niyeche", "beton theke beshi taka kete niyeche", "বেতন থেকে টাকা কেটে নিয়েছে",
       "ei mase salary theke 500 taka kete niyeche keno", "mainer theke taka kete nilo")


@pytest.mark.parametrize("typed", CUT)
def test_the_pay_said_cut_is_the_pay_doubted_and_payrolls_alone(typed):
    assert asked_for(typed) == "doubt", typed
    assert menu_claims(typed) == ["payroll:doubt"], typed


@pytest.mark.parametrize("typed", ["taka kete niyeche", "কেটে দিন", "kete dao"])
def test_money_cut_with_no_pay_named_is_not_payrolls(typed):
    assert not any(claim.startswith("payroll:") for claim in menu_claims(typed)), typed

