"""Everyday ways of asking for a slip or the statement in Bengali ("স্লিপ দিন", "আমার বেতন কত", "গত বছরের বিবরণী",
"ফর্ম ১৬") were 'not understood' in payroll and kept for Complaints at the main menu: each now asks for the slip, or
shows the financial years to pick a statement from."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from services.payroll.phrases import asked_for


@pytest.mark.parametrize(("words", "action"), [
    ("স্লিপ দিন", "slip"), ("আমার স্লিপটা পাঠান", "slip"), ("স্লিপ চাই", "slip"), ("slip please", "slip"),
    ("slip chai", "slip"), ("আমার বেতন কত", "slip"), ("মাইনে কত হল", "slip"), ("beton koto", "slip"),
    ("how much is my salary", "slip"), ("গত বছরের বিবরণী", "statement"), ("এই বছরের বেতন বিবরণী", "statement"),
    ("ফর্ম ১৬", "statement"), ("last year's statement", "statement"), ("জমির পর্চার স্লিপ দিন", None),
    ("বিদ্যুতের বিল কত", None), ("অঙ্গনওয়াড়ি দিদির বেতন কত দিন বন্ধ থাকবে", None), ("মাইনে কত হল?", "slip")])
def test_everyday_words_ask_for_a_slip_or_the_statement(words: str, action: str | None):
    assert asked_for(words) == action, words


async def test_in_payroll_they_ask_the_pin_for_the_latest_slip_or_show_the_years(office, staff):
    await office.register()
    for month in ("2025-03", "2025-04", "2026-02"):  # today is 10 March 2026
        await office.import_month(month, pay(credit_date=f"{month}-27"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    for words in ("স্লিপ দিন", "আমার বেতন কত"):
        asked = await me.say(words)
        assert "ফেব্রুয়ারি ২০২৬-এর বেতন বিবরণী পেতে আপনার পিন লিখুন" in asked.text, (words, asked.text)
        await me.say("ফিরে")
    for words in ("গত বছরের বিবরণী", "ফর্ম ১৬"):
        years = await me.say(words)
        assert "কোন আর্থিক বছরের বিবরণী চান?" in years.text, (words, years.text)
        assert set(years.choices) == {"payroll:statement:2025-26", "payroll:statement:2024-25"}, words
        await me.say("ফিরে")
