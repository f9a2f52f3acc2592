"""A year's statement asked in Banglish or Hindi ("gato bochorer statement", "goto bochor er statement", "ei bochorer
statement", "pichhle saal ka statement") was "Sorry, I did not understand", where "last year's statement" and "গত
বছরের বিবরণী" show the years to pick from: they show them too, at the main menu and in the payroll chat."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from payroll_kit import pay

PIN = "739164"
SAID = ["gato bochorer statement", "goto bochor er statement", "ei bochorer statement", "pichhle saal ka statement"]


@pytest.mark.parametrize("typed", SAID)
def test_at_the_main_menu_it_is_the_statement(typed):
    assert menu_claims(typed) == ["payroll:statement"], typed


@pytest.mark.parametrize("typed", SAID[:1] + SAID[3:])
async def test_in_the_chat_the_years_are_shown(office, staff, typed):
    await office.register()
    await office.import_month("2025-06", pay(credit_date="2025-06-28"))
    me = staff()
    await me.set_pin(PIN)
    got = await me.say(typed)
    assert "payroll:statement:2025-26" in got.last.choices and "did not understand" not in got.text, got.text
