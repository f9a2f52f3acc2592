"""The salary said not come as Banglish spells it with "ase" ("salary ase ni", "ei maser salary ekhono ase ni",
"beton ase ni", "salary account e ase ni"), said in English with "get" ("i did not get my salary this month"), or
"tonkhwa" spelt with an o ("tonkhwa nahi mili") reached no service, where "salary ashe ni" and "tankhwah nahi mili"
were payroll's: they are payroll's too (the PIN first, then the latest pay and the day it was credited). Another
thing got or not come stays another service's (a pension not come, a complaint's words)."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from test_payroll_credit_asked import test_the_salary_asked_after_is_payrolls_alone as payrolls_alone
from test_payroll_credit_hindi import pin_then_pay

from services.payroll.phrases import asked_for

ASKED = ("salary ase ni", "ei maser salary ekhono ase ni", "beton ase ni", "salary account e ase ni",
         "i did not get my salary this month", "tonkhwa nahi mili", "amar salary ekhono ase nai")


@pytest.mark.parametrize("words", ASKED)
def test_the_salary_said_not_come_is_payrolls_alone(words):
    payrolls_alone(words)


@pytest.mark.parametrize(("words", "claimed"), [("jol ase ni", []), ("room er chabi get korbo", []),
                                                ("pension ase ni", ["grievance:words"]),
                                                ("salary slip ase ni", ["payroll:slip"])])
def test_other_things_not_come_are_not_the_salary(words, claimed):
    assert asked_for(words) != "credit", words
    assert menu_claims(words) == claimed, words


async def test_in_the_payroll_chat_the_pin_then_the_pay(office, staff):
    await pin_then_pay(office, staff, "salary ase ni")
