"""A calendar year typed alone at the list of financial years ('2025', '২০২৫'): the employee wants a statement,
and 2025 falls in two financial years, so which one is asked with a tap each, not the months of 2025 listed."""
from __future__ import annotations

from payroll_kit import pay


async def _paid(office, *months: str) -> None:
    await office.register()
    for month in months:
        await office.import_month(month, pay(credit_date=f"{month}-28"))


async def test_a_year_typed_at_the_years_list_asks_which_financial_year(office, staff):
    await _paid(office, "2025-01", "2025-02", "2026-01", "2026-02")
    me = staff()
    await me.set_pin("739164")
    await me.tap("payroll:years")
    got = await me.say("2025")
    assert list(got.choices) == ["payroll:statement:2024-25", "payroll:statement:2025-26"]
    assert "2024-25" in got.text and "2025-26" in got.text and "Which month" not in got.text
    asked = await me.tap("payroll:statement:2024-25")
    assert "PIN to get your annual salary statement for 2024-25" in asked.text


async def test_in_bengali_and_a_year_whose_second_half_has_not_begun(office, staff):
    await _paid(office, "2025-05", "2026-01")
    me = staff(lang="bn")
    await me.set_pin("739164")
    await me.tap("payroll:years")
    got = await me.say("২০২৬")  # on 10 March 2026: 2026-27 has not begun
    assert list(got.choices) == ["payroll:statement:2025-26"] and "২০২৫-২৬" in got.text
    await me.tap("payroll:months")
    assert "২০২৫ সালের কোন মাসের" in (await me.say("২০২৫")).text  # at the months, a year still lists its months
