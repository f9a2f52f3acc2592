"""An income tax certificate asked for ("income tax certificate chai", "আয়করের সার্টিফিকেট লাগবে") got, in the payroll
chat, the annual statement without a word that Form 16 (the TDS certificate an employee files a return with) is the
DDO's (its chat cases in test_payroll_form_16.py); at the main menu, it and "tds certificate" were asked whether a
building permission's letter or a trade NOC's certificate was meant: both are Form 16, told apart as "TDS certificate"
is, the annual statement offered. A "holding tax certificate", asked the same way before, is none of theirs either (the
gateway tells where holding tax is paid); a permission's or a NOC's certificate asked again is read as before."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims


@pytest.mark.parametrize("typed", ["income tax certificate", "tds certificate", "আয়করের সার্টিফিকেট লাগবে"])
def test_at_the_main_menu_it_is_the_payrolls_alone(typed):
    assert menu_claims(typed) == ["payroll:statement"], typed


def test_a_holding_tax_certificate_is_no_paper_of_the_services():
    assert menu_claims("holding tax certificate") == []


def test_a_certificate_asked_again_is_read_as_before():
    assert sorted(menu_claims("certificate ta abar pathan")) == ["noc:letters", "permit:letters"]
