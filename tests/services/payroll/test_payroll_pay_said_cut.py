"""Money said cut from one's pay with "kete" ("salary theke taka kete niyeche", "beton theke beshi taka kete niyeche",
"বেতন থেকে টাকা কেটে নিয়েছে") reached no service, where "kata" and "কাটা" were the pay doubted: it is payroll's, as
"amar PF kata hoyeche keno?" is (the office that issued the slip named, its deductions after the PIN). Money cut with
no pay named ("taka kete niyeche") is not payroll's."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import Phone, choices, words
from test_payroll_slip_doubted_webhook import CONTACT, OFFICE, doubt_answered, latest

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


@pytest.mark.parametrize(("lang", "asked"), [("bn", "salary theke taka kete niyeche"),
                                             ("bn", "বেতন থেকে টাকা কেটে নিয়েছে")])
async def test_at_the_main_menu_the_office_is_named_and_the_deductions_offered(system, lang, asked):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start(lang)
    got = await anima.say(asked, until=doubt_answered(lang))
    said = words(got)
    assert OFFICE[lang] in said and CONTACT in said and "₹" not in said, said
    assert f"payroll:deductions:{latest()}" in choices(got), choices(got)
