"""A month of the Bengali calendar typed for a slip ("কার্তিক", "পৌষ মাসের স্লিপ", "kartik") was not understood; pay
goes by the English calendar's months, so the two a Bengali month falls in are offered, those paid, a tap each."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from services.payroll.domain.bangla_months import said, spans
from services.payroll.phrases import asked_for


@pytest.mark.parametrize(("typed", "number", "months"), [
    ("কার্তিক", 7, (10, 11)), ("কার্তিক মাসের স্লিপ", 7, (10, 11)), ("kartik maser slip", 7, (10, 11)),
    ("পৌষের বেতন", 9, (12, 1)), ("বৈশাখ", 1, (4, 5)), ("চৈত্র মাস", 12, (3, 4)), ("আষাঢ়", 3, (6, 7))])
def test_a_bengali_month_is_read_with_the_two_months_it_falls_in(typed: str, number: int, months: tuple[int, int]):
    assert (said(typed), spans(number)) == (number, months)


def test_other_words_name_no_bengali_month():
    assert [said(t) for t in ("অক্টোবর", "আমার বেতন", "mahesh", "slip")] == [None] * 4


async def test_a_bengali_month_offers_the_months_of_it_paid_and_the_tap_asks_the_pin(office, staff):
    await office.register()
    for month in ("2025-10", "2025-11", "2025-12", "2026-01", "2026-02"):  # today is 10 March 2026
        await office.import_month(month, pay(credit_date=f"{month}-27"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    offered = await me.say("কার্তিক")
    assert "কার্তিক মাস পড়ে অক্টোবর ও নভেম্বর জুড়ে" in offered.text, offered.text
    assert offered.choices == {"payroll:slip:2025-10": "অক্টোবর ২০২৫", "payroll:slip:2025-11": "নভেম্বর ২০২৫"}
    asked = await me.tap("payroll:slip:2025-11")
    assert "নভেম্বর ২০২৫-এর বেতন বিবরণী পেতে আপনার পিন লিখুন" in asked.text, asked.text
    at_pin = await me.say("পৌষ মাসের স্লিপ")  # instead of the PIN: not counted as a wrong one
    assert at_pin.choices == {"payroll:slip:2025-12": "ডিসেম্বর ২০২৫", "payroll:slip:2026-01": "জানুয়ারি ২০২৬"}
    assert "ভুল" not in at_pin.text, at_pin.text
    none_paid = await me.say("শ্রাবণ")
    assert "শ্রাবণ মাসের (জুলাই–আগস্ট) আপনার কোনো বেতন বিবরণী নেই" in none_paid.text, none_paid.text


async def test_a_bengali_month_with_a_slip_at_the_main_menu_comes_to_payroll(office, staff):
    assert asked_for("কার্তিক মাসের স্লিপ") == "slip" and asked_for("poush maser slip") == "slip"
    await office.register()
    for month in ("2025-10", "2025-11"):
        await office.import_month(month, pay(credit_date=f"{month}-27"))
    me = staff()
    await me.set_pin("739164")
    offered = await me.send(me.envelope(reply_id="payroll:slip", text="kartik maser slip"))  # as the gateway hands it
    assert "Kartik falls in October and November" in offered.text, offered.text
    assert offered.choices == {"payroll:slip:2025-10": "October 2025", "payroll:slip:2025-11": "November 2025"}
