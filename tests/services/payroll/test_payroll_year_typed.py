"""A year typed alone where a month is asked ("2025", "২০২৫"): the employee means a month of that year, so the
months of it they were paid are listed to choose from, or they are told there is none; it is never read as a PIN
or a financial year, and nobody is sent back to the menu with 'did not understand'."""
from __future__ import annotations

from payroll_kit import pay


async def _paid(office, *months: str) -> None:
    await office.register()
    for month in months:
        await office.import_month(month, pay(credit_date=f"{month}-28"))


async def test_a_year_typed_at_the_month_list_lists_that_years_months(office, staff):
    await _paid(office, "2024-12", "2025-01", "2025-02", "2026-01", "2026-02")
    me = staff()
    await me.set_pin("739164")
    await me.tap("payroll:months")
    got = await me.say("2025")
    assert "Which month of 2025" in got.text and "03/2025" in got.text
    assert list(got.choices)[:2] == ["payroll:slip:2025-02", "payroll:slip:2025-01"]
    assert not any(c.startswith("payroll:slip:2026") or c.startswith("payroll:slip:2024") for c in got.choices)
    assert "did not understand" not in got.text and "2025-26" not in got.text
    asked = await me.tap("payroll:slip:2025-01")
    assert "PIN to get your pay slip for January 2025" in asked.text


async def test_a_year_in_bengali_digits_with_no_slip_in_it_says_so(office, staff):
    await _paid(office, "2026-01")
    me = staff(lang="bn")
    await me.set_pin("739164")
    await me.tap("payroll:months")
    got = await me.say("২০২৪")
    assert "২০২৪ সালের আপনার কোনো বেতন বিবরণী নেই" in got.text and "বুঝতে পারিনি" not in got.text
    listed = await me.say("২০২৬")
    assert "২০২৬ সালের কোন মাসের" in listed.text and list(listed.choices)[0] == "payroll:slip:2026-01"


async def test_a_year_typed_at_the_pin_question_is_still_the_pin(office, staff):
    await _paid(office, "2026-01")
    me = staff()
    await me.set_pin("739164")
    await me.tap("payroll:slip")
    got = await me.say("2025")
    assert "wrong" in got.text.casefold() or "incorrect" in got.text.casefold()


async def test_a_whole_year_of_months_is_paged_within_that_year(office, staff):
    await _paid(office, *(f"2025-{m:02d}" for m in range(1, 13)), "2026-01")
    me = staff()
    await me.set_pin("739164")
    first = await me.say("2025")
    assert len(first.choices) == 10 and list(first.choices)[0] == "payroll:slip:2025-12"
    rest = await me.tap("payroll:months:1:2025")
    assert list(rest.choices) == ["payroll:slip:2025-03", "payroll:slip:2025-02", "payroll:slip:2025-01",
                                  "payroll:months:0:2025"]
