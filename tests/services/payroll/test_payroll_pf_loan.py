"""A loan or an advance from the GPF or PF, or money drawn from it, asked for ("PF loan nite chai", "GPF advance nebo",
"PF theke taka tulte chai", "জিপিএফ থেকে লোন নিতে চাই", "GPF withdrawal") was "Sorry, I did not understand" in the
payroll chat and reached no service at the main menu: like the GPF's balance, it is kept by the office's drawing and
disbursing officer, said so (``not_held``), the step's question after it. What was deducted for the fund ("PF koto
kete che", "GPF koto katlo") was read as its balance asked: it is a deduction asked, as "amar PF kata hoyeche keno" is.
A loan with no fund named is no such question."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, has, words
from test_payroll_not_held import ANIMA, SAID

from services.payroll.phrases import not_held

ASKED = ["PF loan nite chai", "GPF advance nebo", "PF theke taka tulte chai", "জিপিএফ থেকে লোন নিতে চাই",
         "GPF withdrawal", "gpf theke loan kivabe pabo", "पीएफ से लोन चाहिए", "how do I take a loan from my GPF"]


@pytest.mark.parametrize("typed", ASKED)
def test_a_funds_loan_is_what_is_not_held(typed):
    assert not_held(typed), typed


@pytest.mark.parametrize("typed", ["loan nite chai", "PF koto kete che", "amar PF kata hoyeche keno", "pay slip chai",
                                   "GPF koto katlo"])
def test_a_loan_with_no_fund_or_a_deduction_is_not(typed):
    assert not not_held(typed), typed


@pytest.mark.parametrize(("lang", "typed"), [("en", "PF loan nite chai"), ("bn", "জিপিএফ থেকে লোন নিতে চাই")])
async def test_at_the_main_menu_it_is_said_whose_it_is(system, lang, typed):
    phone = await at_the_menu(system, "919733390001" if lang == "en" else "919733390002", lang)
    got = await phone.say(typed, until=has("interactive"))
    assert SAID["not_held"][lang] in words(got), words(got)


async def test_in_the_payroll_chat_it_is_said_whose_it_is(system):
    phone = await at_the_menu(system, ANIMA, "en")
    await phone.tap("payroll:menu", until=has("interactive"))
    got = await phone.say("PF loan nite chai", until=has("interactive"))
    assert SAID["not_held"]["en"] in words(got) and "did not understand" not in words(got), words(got)
