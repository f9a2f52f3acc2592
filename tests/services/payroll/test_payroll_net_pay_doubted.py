"""One's pay doubted by its net or take-home amount ("why is my net pay less", "net pay kom keno", "take home pay is
less this month", "my net pay is wrong"), or said cut ("why is my salary cut"), reached no service at the main menu and
was "Sorry, I did not understand" in the payroll chat, while "why is my salary less" was told where a slip is put
right. It is the same doubt (``test_payroll_slip_doubted_webhook``): the chat cannot change a slip, the deductions of
the latest slip offered after the PIN, the issuing office named with its contact. Net pay asked after ("net pay kobe
dhukbe") and a cut or a pay that is not one's own stay what they were."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from phone_kit import Phone, choices, has, words
from test_payroll_slip_doubted_webhook import CONTACT, OFFICE, doubt_answered, latest

from services.payroll.phrases import asked_for

DOUBTED = ["why is my net pay less", "net pay kom keno", "take home pay is less this month", "my net pay is wrong",
           "why is my salary cut", "in hand pay kom esheche"]


@pytest.mark.parametrize("typed", DOUBTED)
def test_the_net_pay_doubted_is_the_slips_doubt(typed):
    assert asked_for(typed) == "doubt" and menu_claims(typed) == ["payroll:doubt"], typed


@pytest.mark.parametrize("typed", ["net pay kobe dhukbe", "pay cut", "hair cut", "bill pay less", "net pay"])
def test_other_words_are_no_doubt(typed):
    assert asked_for(typed) != "doubt" and "payroll:doubt" not in menu_claims(typed), typed


@pytest.mark.parametrize("where", ["menu", "chat"])
async def test_it_is_told_where_to_go_with_the_deductions_offered(system, where):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start("en")
    if where == "chat":
        await anima.tap("payroll:menu", until=has("interactive"))
    got = await anima.say("why is my net pay less", until=doubt_answered("en"))
    said = words(got)
    assert OFFICE["en"] in said and CONTACT in said and "Sorry" not in said, said
    assert "₹" not in said and f"payroll:deductions:{latest()}" in choices(got), choices(got)
