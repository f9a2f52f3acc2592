"""A year's statement asked in Banglish or Hindi ("gato bochorer statement", "goto bochor er statement", "ei bochorer
statement", "pichhle saal ka statement") was "Sorry, I did not understand", where "last year's statement" and "গত
বছরের বিবরণী" show the years to pick from: they show them too, at the main menu and in the payroll chat."""
from __future__ import annotations

import pytest
from casework_kit import menu_claims
from payroll_kit import paid_with_pin

SAID = ["gato bochorer statement", "goto bochor er statement", "ei bochorer statement", "pichhle saal ka statement"]


@pytest.mark.parametrize("typed", SAID)
def test_at_the_main_menu_it_is_the_statement(typed):
    assert menu_claims(typed) == ["payroll:statement"], typed


@pytest.mark.parametrize("typed", SAID[:1] + SAID[3:])
async def test_in_the_chat_the_years_are_shown(office, staff, typed):
    me = await paid_with_pin(office, staff, ("2025-06",))
    got = await me.say(typed)
    assert "payroll:statement:2025-26" in got.last.choices and "did not understand" not in got.text, got.text


# A financial year said with the statement, in words ("last financial year statement", "gato arthik bochorer
# statement", "গত আর্থিক বছরের বিবরণী", "previous FY statement") or with a two-digit first year ("FY 24-25
# statement", "statement 24-25"), was "Sorry, I did not understand" in the chat and reached no service at the main
# menu: that year's statement is asked for (on 10 March 2026 the last financial year is 2024-25, this one 2025-26).
FINANCIAL = [("last financial year statement", "2024-25"), ("gato arthik bochorer statement", "2024-25"),
             ("গত আর্থিক বছরের বিবরণী", "2024-25"), ("previous FY statement", "2024-25"),
             ("this financial year er statement", "2025-26"), ("FY 24-25 statement", "2024-25"),
             ("statement 24-25", "2024-25"), ("statement for fy 2024-25", "2024-25")]


@pytest.mark.parametrize("typed", [typed for typed, _ in FINANCIAL] + ["24-25 statement"])
def test_a_financial_year_at_the_main_menu_is_the_statement(typed):
    assert menu_claims(typed) == ["payroll:statement"], typed


@pytest.mark.parametrize(("typed", "year"), FINANCIAL)
async def test_in_the_chat_that_years_statement_is_asked(office, staff, typed, year):
    me = await paid_with_pin(office, staff, ("2025-03", "2025-06"))
    got = await me.say(typed)
    assert f"annual salary statement for {year}" in got.text, got.text


@pytest.mark.parametrize("typed", ["24-25", "statement 24-26"])
async def test_no_financial_year_is_none_asked(office, staff, typed):
    me = await paid_with_pin(office, staff, ("2025-06",))
    got = await me.say(typed)
    assert "annual salary statement for" not in got.text, got.text
