"""The GPF's or PF's own slip or account asked for ("GPF slip", "PF slip", "gpf er hisab", "জিপিএফ এর হিসাব") was "Sorry, I
did not follow that" at the main menu: it is what the payroll does not hold, said so as for "PF balance koto?" (the
office's drawing and disbursing officer keeps it; each month's slip shows what went to the fund). A deduction said on
a slip ("PF kata hoyeche slip e") is still the pay doubted, and a pay slip still the slip."""
from __future__ import annotations

import pytest
from phone_kit import at_the_menu, choices, has, words
from test_payroll_not_held import ANIMA, SAID

from services.payroll.phrases import asked_for, not_held


@pytest.mark.parametrize("typed", ["GPF slip", "PF slip", "gpf er hisab", "জিপিএফ এর হিসাব", "GPF slip chai"])
def test_the_funds_slip_or_account_is_not_held(typed):
    assert not_held(typed), typed


@pytest.mark.parametrize("typed, asked", [("PF kata hoyeche slip e", "doubt"), ("pay slip", "slip")])
def test_a_deduction_or_a_pay_slip_as_before(typed, asked):
    assert not not_held(typed) and asked_for(typed) == asked, typed


@pytest.mark.parametrize("lang, typed", [("en", "GPF slip"), ("bn", "জিপিএফ এর হিসাব")])
async def test_at_the_main_menu_it_is_said_whose_it_is(system, lang, typed):
    anima = await at_the_menu(system, ANIMA, lang, name="Anima")
    got = await anima.say(typed, until=has("interactive"))
    assert SAID["not_held"][lang] in words(got), words(got)
    assert choices(got) == ["payroll:slip", "shell:menu"], choices(got)
