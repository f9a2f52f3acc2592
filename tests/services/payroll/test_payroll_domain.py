"""Payroll's pure rules: amounts and words (Indian numbering, both languages), months and financial
years, PIN rules and the lock, and the checks on an imported row."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from services.payroll.demo import last_months, pay_row
from services.payroll.domain import Access, Figures, check, in_words, pin_problem, rupees
from services.payroll.domain.access import matches, new_salt, pin_hash
from services.payroll.domain.period import financial_year, months_of, parse_typed_month


@pytest.mark.parametrize(("paise", "english", "bengali"), [
    (28_400_00, "Rupees Twenty-Eight Thousand Four Hundred Only", "আঠাশ হাজার চার শত টাকা মাত্র"),
    (1_00_000_00, "Rupees One Lakh Only", "এক লক্ষ টাকা মাত্র"),
    (12_34_567_50, "Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and Fifty Paise Only",
     "বারো লক্ষ চৌত্রিশ হাজার পাঁচ শত সাতষট্টি টাকা পঞ্চাশ পয়সা মাত্র"),
    (2_05_00_00_019_00, "Rupees Two Hundred Five Crore Nineteen Only", "দুই শত পাঁচ কোটি উনিশ টাকা মাত্র"),
    (0, "Rupees Zero Only", "শূন্য টাকা মাত্র"),
])
def test_amounts_in_words(paise, english, bengali):
    assert (in_words(paise, "en"), in_words(paise, "bn")) == (english, bengali)


def test_amounts_in_figures_use_indian_grouping_and_the_readers_digits():
    assert rupees(12_34_567_50) == "₹12,34,567.50" and rupees(28_400_00, "bn") == "₹২৮,৪০০"


def test_financial_years_run_april_to_march_and_typed_months_are_read():
    assert financial_year("2026-03") == "2025-26" and financial_year("2026-04") == "2026-27"
    assert months_of("2025-26")[0] == "2025-04" and months_of("2025-26")[-1] == "2026-03"
    assert [parse_typed_month(t) for t in ("03/2026", "3-2026", "2026-03", "০৩/২০২৬", "13/2026", "march")] == [
        "2026-03", "2026-03", "2026-03", "2026-03", None, None]


def test_pin_rules_and_the_slow_salted_hash():
    assert [pin_problem(p) for p in ("4821", "739164", "123", "1234567", "12a4", "0000", "3456", "98765")] == [
        None, None, "pin_format", "pin_format", "pin_format", "pin_too_simple", "pin_too_simple", "pin_too_simple"]
    salt = new_salt()
    hashed = pin_hash("4821", salt)
    assert matches("4821", salt, hashed) and not matches("4822", salt, hashed)
    assert "4821" not in hashed and pin_hash("4821", new_salt()) != hashed


def test_five_wrong_tries_lock_for_thirty_minutes_and_a_repeat_message_counts_once():
    now = datetime(2026, 3, 1, tzinfo=UTC)
    access = Access("E1", salt="00", hashed="ab")
    for n in range(4):
        access = access.wrong(now, f"m{n}")
    assert access.tries_left() == 1 and not access.locked(now)
    assert access.wrong(now, "m3") == access  # the same message again
    access = access.wrong(now, "m4")
    assert access.locked(now + timedelta(minutes=29)) and not access.locked(now + timedelta(minutes=30))
    assert access.wrong(now + timedelta(minutes=31), "m5").failed == 1
    assert access.reset().has_pin is False


def test_a_row_is_refused_for_each_reason_and_a_good_batch_is_all_lines():
    good = {"employee_id": "e1", "basic": "30000.50", "tds": 100, "credit_date": "2026-02-28"}
    lines, problems = check([good], 2, active={"E1"}, already=set())
    assert not problems and lines[0].figures.basic == 30_000_50 and lines[0].figures.net == 29_900_50
    _, problems = check([good, {**good, "basic": "1.005"}, {**good, "extra": 1}], 2, active={"E1"}, already=set())
    assert [(p.row, p.reason.split(":")[0]) for p in problems] == [(3, "basic"), (4, "unknown column(s)")]
    _, problems = check([good], 2, active={"E1"}, already={"E1"})
    assert "re-issue" in problems[0].reason
    assert check([], 2, active=set(), already=set())[1][0].reason == "the batch has no rows"
    with pytest.raises(ValueError):
        Figures(basic=100, gpf=200, credit_date="2026-02-28")


def test_demo_months_precede_the_first_start_and_pay_rises_each_july():
    months = last_months(2026, 3)
    assert (len(months), months[0], months[-1]) == (14, "2025-01", "2026-02")
    pay = {"basic": 30000, "da_percent": 14, "hra_percent": 12, "hra_most": 12000, "medical": 500, "gpf": 0,
           "ptax": 0, "tds": 0}
    assert pay_row("E1", pay, "2025-06", months)["basic"] == 30000
    assert pay_row("E1", pay, "2025-07", months)["basic"] == 30900
