"""A Bengali month with its year and a slip typed at the main menu ("কার্তিক ১৪৩২ এর স্লিপ", "kartik 1432 er slip")
did not reach payroll, while "কার্তিক মাসের স্লিপ" did: it now does, and the slips of that year are offered."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from services.payroll.phrases import asked_for


@pytest.mark.parametrize("typed", ["কার্তিক ১৪৩২ এর স্লিপ", "কার্তিক ১৪৩২-এর স্লিপ", "কার্তিক ১৪৩২ স্লিপ",
                                   "কার্তিক ২০২৪ এর বেতন স্লিপ", "kartik 1432 er slip", "Poush 1432 slip"])
def test_a_bengali_month_with_its_year_and_a_slip_is_payrolls(typed):
    assert asked_for(typed) == "slip", typed


def test_no_slip_named_is_not_payrolls_even_in_a_month_and_year_said_four_thousand_times():
    """The long messages are the pattern's worst case (each repeat a start it must give up on); how fast it gives
    up is measured by bench/phrases.py, and a pattern that backtracked without end would run into the suite's
    timeout here."""
    assert [asked_for(t) for t in ("কার্তিক ১৪৩২ এর বিল", "কার্তিক ১৪৩২ এর মেলা")] == [None, None]
    for unit in ("কার্তিক ১৪৩২ ", "kartik 1432 er ", "কার্তিক১৪৩২-"):
        assert asked_for(unit * 4000) is None
        assert asked_for(unit * 4000 + "স্লিপ") == "slip"


async def test_the_slips_of_that_year_are_offered_from_the_main_menu(office, staff):
    await office.register()
    for month in ("2024-10", "2024-11", "2025-10", "2025-11"):  # today is 10 March 2026
        await office.import_month(month, pay(credit_date=f"{month}-27"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    offered = await me.send(me.envelope(reply_id="payroll:slip", text="কার্তিক ১৪৩১ এর স্লিপ"))  # as the gateway hands it
    assert offered.choices == {"payroll:slip:2024-10": "অক্টোবর ২০২৪", "payroll:slip:2024-11": "নভেম্বর ২০২৪"}
