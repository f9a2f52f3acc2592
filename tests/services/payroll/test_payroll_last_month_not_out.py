"""Last month's slip asked for before the office uploaded it ("February 2026" on 10 March, the latest slip January's)
was said to have no payroll at all: a month after the employee's latest slip is now said to be not out yet, in English
and Bengali, and a month before it still has none."""
from __future__ import annotations

from payroll_kit import pay


async def test_a_month_after_the_latest_slip_is_not_out_yet(office, staff):
    await office.register()
    await office.import_month("2026-01", pay())
    me = staff()
    await me.set_pin("739164")
    last = await me.say("last month")  # on 10 March 2026
    assert "pay slip for February 2026 is not out yet" in last.text and "no payroll" not in last.text, last.text
    before = await me.say("12/2025")
    assert "There is no payroll for December 2025" in before.text and "not out yet" not in before.text


async def test_in_bengali_last_month_before_its_upload_is_not_out_yet(office, staff):
    await office.register()
    await office.import_month("2026-01", pay())
    me = staff(lang="bn")
    await me.set_pin("739164")
    last = await me.say("গত মাসের স্লিপ")
    assert "ফেব্রুয়ারি ২০২৬-এর বেতন বিবরণী এখনও বেরোয়নি" in last.text and "কোনো বেতন বিবরণী নেই" not in last.text
