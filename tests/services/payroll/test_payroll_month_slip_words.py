"""A slip asked for by its month at the main menu or as a first message ("goto maser slip", "last month slip",
"গত মাসের স্লিপ", "অক্টোবরের স্লিপ") starts payroll at that month's slip: the PIN is asked for it, then it comes."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from services.payroll.phrases import asked_for


@pytest.mark.parametrize("words", [
    "goto maser slip", "gato maser salary slip", "last month slip", "last month's pay slip", "গত মাসের স্লিপ",
    "আগের মাসের বেতনের স্লিপ", "ei maser slip", "this month slip", "এই মাসের স্লিপ", "slip of last month",
    "October slip", "অক্টোবরের স্লিপ", "অক্টোবর মাসের স্লিপ", "slip for march 2026", "মার্চ ২০২৬ এর স্লিপ"])
def test_a_month_with_the_word_slip_asks_payroll_for_a_slip(words: str):
    assert asked_for(words) == "slip", words


@pytest.mark.parametrize("words", ["last month", "গত মাসে জল আসেনি", "deposit slip", "fee slip for march",
                                   "my bank slip of last month", "গত মাসে রাস্তা ভেঙেছে"])
def test_a_month_without_a_pay_slip_asks_payroll_for_nothing(words: str):
    assert asked_for(words) is None, words


async def test_the_month_said_at_the_main_menu_is_the_slip_the_pin_is_asked_for(office, staff, clock):
    await office.register()
    for month in ("2025-12", "2026-01", "2026-02"):  # today is 10 March 2026
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    for words, month in (("গত মাসের স্লিপ", "ফেব্রুয়ারি ২০২৬"), ("goto maser slip", "ফেব্রুয়ারি ২০২৬"),
                         ("ডিসেম্বরের স্লিপ", "ডিসেম্বর ২০২৫")):
        await me.say("মেনু")
        clock.advance(minutes=5)  # the PIN typed right keeps for five minutes: past them, it is asked again
        asked = await me.send(me.envelope(reply_id="payroll:slip", text=words))  # as the gateway hands the words on
        assert f"{month}-এর বেতন বিবরণী" in asked.text and not asked.pdfs, (words, asked.text)
        got = await me.say("৭৩৯১৬৪")
        assert len(got.pdfs) == 1 and month in got.text, (words, got.text)
