"""A year typed at the list of financial years offers only the financial years the employee was paid in: a
statement of a year without pay was offered, tapped, the PIN asked for nothing and 'There is no payroll' said."""
from __future__ import annotations

from payroll_kit import pay


async def test_only_the_financial_years_paid_are_offered(office, staff):
    await office.register()
    for month in ("2025-05", "2026-01"):  # both in 2025-26; nothing in 2024-25
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff()
    await me.set_pin("739164")
    await me.tap("payroll:years")
    got = await me.say("2025")
    assert list(got.choices) == ["payroll:statement:2025-26"]
    assert "2024-25" not in got.text and "falls in two" not in got.text


async def test_a_year_without_any_pay_is_said_so_in_bengali(office, staff):
    await office.register()
    await office.import_month("2026-01", pay(credit_date="2026-01-28"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    await me.tap("payroll:years")
    got = await me.say("২০২৩")
    assert "payroll:statement:2022-23" not in got.choices and "payroll:statement:2023-24" not in got.choices
    assert "২০২৩ সালের কোনো আর্থিক বছরে আপনার বেতন নেই" in got.text
    assert "payroll:statement:2025-26" in got.choices  # the years list again
