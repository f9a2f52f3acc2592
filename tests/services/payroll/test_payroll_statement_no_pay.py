"""An annual statement asked for of a financial year without pay ('annual statement 2023-24', or an old list's
tap) went back to the payroll menu with 'There is no payroll of yours'. The employee is now told they had no pay
in that year and shown the years that have pay to choose from, as the statement list shows them, with the way
back."""
from __future__ import annotations

from payroll_kit import pay


async def test_a_statement_of_a_year_without_pay_lists_the_years_with_pay(office, staff):
    await office.register()
    for month in ("2025-05", "2026-01"):  # both in 2025-26; nothing in 2023-24
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff()
    await me.set_pin("739164")
    for got in (await me.say("annual statement 2023-24"), await me.tap("payroll:statement:2023-24")):
        assert "You had no pay in the financial year 2023-24 (April 2023 – March 2024)" in got.text, got.text
        assert list(got.choices) == ["payroll:statement:2025-26"], got.choices
        assert "Type *back*" in got.text
    asked = await me.tap("payroll:statement:2025-26")
    assert "PIN to get your annual salary statement for 2025-26" in asked.text


async def test_in_bengali(office, staff):
    await office.register()
    await office.import_month("2026-01", pay(credit_date="2026-01-28"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    got = await me.tap("payroll:statement:2022-23")
    assert "২০২২-২৩ (এপ্রিল ২০২২ – মার্চ ২০২৩) আর্থিক বছরে আপনার কোনো বেতন নেই" in got.text, got.text
    assert list(got.choices) == ["payroll:statement:2025-26"], got.choices
