"""A Bengali month typed with its year ("কার্তিক ১৪৩২", the Bengali year, or "কার্তিক ২০২৫") was offered the slips of
its latest year instead: the year typed is now the one offered, or said to have none."""
from __future__ import annotations

from payroll_kit import pay

from services.payroll.domain.bangla_months import year_said


def test_the_year_typed_is_read_as_the_english_year_the_bengali_month_begins_in():
    assert [year_said(t, n) for t, n in (("কার্তিক ১৪৩২", 7), ("পৌষ ১৪৩২", 9), ("মাঘ ১৪৩২", 10), ("kartik 1432", 7),
                                         ("কার্তিক ২০২৫", 7), ("কার্তিক", 7), ("কার্তিক মাসের স্লিপ", 7))] == [
        2025, 2025, 2026, 2025, 2025, None, None]


async def test_the_slips_of_the_year_typed_are_offered(office, staff):
    await office.register()
    for month in ("2024-10", "2024-11", "2025-10", "2025-11"):  # today is 10 March 2026
        await office.import_month(month, pay(credit_date=f"{month}-27"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    for typed in ("কার্তিক ১৪৩১", "কার্তিক ২০২৪"):
        offered = await me.say(typed)
        assert offered.choices == {"payroll:slip:2024-10": "অক্টোবর ২০২৪", "payroll:slip:2024-11": "নভেম্বর ২০২৪"}, typed
    none = await me.say("কার্তিক ১৪২০")
    assert "কার্তিক মাসের (অক্টোবর ২০১৩–নভেম্বর ২০১৩) আপনার কোনো বেতন বিবরণী নেই" in none.text, none.text
