"""A month whose pay slip has not come out yet (a month ahead, or this month before the office uploads it) is
said to be not out yet, not to have no payroll, in English and Bengali; a past month without a slip has none."""
from __future__ import annotations

from payroll_kit import pay


async def test_a_month_ahead_is_not_out_yet(office, staff):
    await office.register()
    await office.import_month("2026-02", pay())
    me = staff()
    await me.set_pin("739164")
    ahead = await me.say("04/2026")  # on 10 March 2026
    assert "pay slip for April 2026 is not out yet" in ahead.text and "no payroll" not in ahead.text
    this_month = await me.say("03/2026")
    assert "pay slip for March 2026 is not out yet" in this_month.text
    past = await me.say("01/2025")
    assert "There is no payroll for January 2025" in past.text and "not out yet" not in past.text


async def test_in_bengali_a_month_ahead_is_not_out_yet(office, staff):
    await office.register()
    await office.import_month("2026-02", pay())
    me = staff(lang="bn")
    await me.set_pin("739164")
    ahead = await me.say("01/2027")
    assert "জানুয়ারি ২০২৭-এর বেতন বিবরণী এখনও বেরোয়নি" in ahead.text and "কোনো বেতন বিবরণী নেই" not in ahead.text
