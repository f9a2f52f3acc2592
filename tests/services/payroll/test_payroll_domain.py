"""Payroll's pure rules: amounts and words (Indian numbering, both languages), months and financial
years, PIN rules and the lock, the checks on an imported row, and how an account or PAN is masked."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from services.payroll.demo import last_months, pay_row
from services.payroll.domain import Access, Figures, check, in_words, masked, pin_problem, rows_from_csv, rupees
from services.payroll.domain.access import matches, new_salt, pin_hash
from services.payroll.domain.period import credit_window, financial_year, months_of
from services.payroll.domain.typed_period import parse_typed_month
from services.payroll.domain.written import paise

TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(("paise", "english", "bengali"), [
    (28_400_00, "Rupees Twenty-Eight Thousand Four Hundred Only", "আঠাশ হাজার চার শত টাকা মাত্র"),
    (1_00_000_00, "Rupees One Lakh Only", "এক লক্ষ টাকা মাত্র"),
    (12_34_567_50, "Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and Fifty Paise Only",
     "বারো লক্ষ চৌত্রিশ হাজার পাঁচ শত সাতষট্টি টাকা পঞ্চাশ পয়সা মাত্র"),
    (2_05_00_00_019_00, "Rupees Two Hundred Five Crore Nineteen Only", "দুই শত পাঁচ কোটি উনিশ টাকা মাত্র"),
    (0, "Rupees Zero Only", "শূন্য টাকা মাত্র"),
    (88_288_00, "Rupees Eighty-Eight Thousand Two Hundred Eighty-Eight Only", "অষ্টাশি হাজার দুই শত অষ্টাশি টাকা মাত্র"),
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
    assert [parse_typed_month(t) for t in ("March 2026", "mar. 2026", "2026 march", "মার্চ ২০২৬", "জানুয়ারী, ২০২৬",
                                           "sept-2025", "salary 2026", "মার্চ")] == [
        "2026-03", "2026-03", "2026-03", "2026-03", "2026-01", "2025-09", None, None]
    assert [parse_typed_month(t) for t in ("অগস্ট ২০২৫", "সেপ্টেম্বার ২০২৫", "অক্টোবার ২০২৫", "নভেম্বার ২০২৫",
                                           "ডিসেম্বার ২০২৫")] == ["2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]
    assert [parse_typed_month(t) for t in ("March 26", "মার্চ ২৬", "Mar '26", "03/26", "feb26", "2026–03")] == [
        "2026-03", "2026-03", "2026-03", "2026-03", "2026-02", "2026-03"]
    today = date(2026, 1, 15)  # what needs the day: last month, a name alone, a month among other words
    assert [parse_typed_month(t, today) for t in ("গত মাস", "last month", "এই মাসের", "মার্চ", "january", "মে-র স্লিপ",
                                                  "জুলাইয়ের বিবরণী", "slip for March 2025", "বেতন ০৩/২০২৫",
                                                  "মার্চ ২০২৫-এর বেতন")] == [
        "2025-12", "2025-12", "2026-01", "2025-03", "2026-01", "2025-05", "2025-07", "2025-03", "2025-03", "2025-03"]
    assert [parse_typed_month(t, today) for t in ("may I see it", "2025-26", "FY 2025-26", "hello", "1234")] == [
        None, None, None, None, None]


def test_a_months_name_typed_with_a_slip_of_a_letter_is_read_and_other_words_are_not():
    """'Octobr', 'febuary', 'সেপ্টেমবর' were 'did not understand'; they are the month meant, with or without a year."""
    today = date(2026, 12, 2)
    assert [parse_typed_month(t, today) for t in ("Octobr", "febuary 2026", "Agust", "novmber 25", "অকটোবর",
                                                  "সেপ্টেমবর ২০২৫", "Decembr slip")] == [
        "2026-10", "2026-02", "2026-08", "2025-11", "2026-10", "2025-09", "2026-12"]
    assert [parse_typed_month(t, today) for t in ("remember", "member", "number", "summer", "pension", "statement",
                                                  "please send my slip", "juen")] == [None] * 8


def test_a_word_one_letter_from_a_five_letter_month_is_that_word_not_the_month():
    """'pin match hocche na' was read as the slip of March ('match' is one letter from it), 'মার্ক' as March too;
    a five-letter name with a letter changed is another word, a longer name with a slip is still the month."""
    today = date(2026, 12, 2)
    assert [parse_typed_month(t, today) for t in ("pin match hocche na", "PIN does not match", "marsh", "মার্ক",
                                                  "marrch", "Agust", "এপরিল")] == [
        None, None, None, None, "2026-03", "2026-08", "2026-04"]


def test_pin_rules_and_the_slow_salted_hash():
    assert [pin_problem(p) for p in ("4821", "739164", "123", "1234567", "12a4", "0000", "3456", "98765")] == [
        None, None, "pin_length", "pin_length", "pin_format", "pin_too_simple", "pin_too_simple", "pin_too_simple"]
    assert [pin_problem(p) for p in ("0", "00", "7", "12345678901", "", "48.21")] == [
        "pin_length", "pin_length", "pin_length", "pin_length", "pin_format", "pin_format"]
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


def test_the_third_lock_in_a_row_holds_until_the_office_resets_the_pin():
    now, access = datetime(2026, 3, 1, tzinfo=UTC), Access("E1", salt="00", hashed="ab")

    def five_wrong(access: Access, at: datetime, round: int) -> Access:
        for n in range(5):
            access = access.wrong(at, f"r{round}m{n}")
        return access

    access = five_wrong(access, now, 1)
    access = five_wrong(access, now + timedelta(minutes=31), 2)
    assert access.last_lock_next() and not access.held
    access = five_wrong(access, now + timedelta(minutes=62), 3)
    assert access.held and access.locked(now + timedelta(days=30))
    assert access.wrong(now + timedelta(days=30), "later") == access  # nothing more is counted
    assert not access.reset().locked(now + timedelta(days=30))
    between = five_wrong(five_wrong(access.reset(), now, 1).right(now), now, 2)  # a right PIN between: 1 lock
    assert between.locks == 1 and not between.locked(now + timedelta(minutes=30))


def test_a_row_is_refused_for_each_reason_and_a_good_batch_is_all_lines():
    good = {"employee_id": "e1", "basic": "30000.50", "tds": 100, "credit_date": "2026-02-28"}
    february = {"month": "2026-02", "today": TODAY}
    lines, problems = check([good], 2, **february, active={"E1"}, already=set())
    assert not problems and lines[0].figures.basic == 30_000_50 and lines[0].figures.net == 29_900_50
    rows = [good, {**good, "employee_id": "E2", "basic": "1.005"}, {**good, "employee_id": "E3", "extra": 1}]
    _, problems = check(rows, 2, **february, active={"E1", "E2", "E3"}, already=set())
    assert [(p.row, p.reason.split(":")[0]) for p in problems] == [(3, "basic"), (4, "unknown column(s)")]
    _, problems = check([good], 2, **february, active={"E1"}, already={"E1"})
    assert "re-issue" in problems[0].reason
    assert check([], 2, **february, active=set(), already=set())[1][0].reason == "the batch has no rows"
    with pytest.raises(ValueError):
        Figures(basic=100, gpf=200, credit_date="2026-02-28")


@pytest.mark.parametrize(("typed", "reason"), [
    ("1e30", "scientific notation"), (1e30, "more than ₹1,00,00,000"), ("10000000.01", "more than ₹1,00,00,000"),
    ("NaN", "not an amount"), (float("nan"), "not an amount"), ("Infinity", "not an amount"),
    ("-Infinity", "not an amount"), ("sNaN", "not an amount"), ("١٢", "not an amount"), ("１２", "not an amount"),
    ("1_000", "not an amount"), ("0x10", "not an amount"), ("1e-30", "scientific notation"),
    (1e-30, "at most two decimals"), ("1e-999999999999", "scientific notation"), ("-5", "below zero"),
    ("1e99999999999999999999", "scientific notation"), ("₹ -5", "below zero"), ("5,00.5", "not grouped"),
])
def test_what_is_not_rupees_is_refused_with_its_reason_and_never_raises_anything_else(typed, reason):
    with pytest.raises(ValueError, match=reason):
        paise(typed)
    _, [problem] = check([{"employee_id": "E1", "basic": typed, "credit_date": "2026-02-28"}], 1, month="2026-02",
                         today=TODAY, active={"E1"}, already=set())
    assert problem.row == 1 and problem.reason.startswith("basic: ") and reason in problem.reason


def test_rupees_in_any_usual_spelling_become_paise():
    assert [paise(v) for v in ("-0", "28,400.50", "১২", "+5", ".5", "1.000", "10000000", 28400, None, " ")] == [
        0, 28_400_50, 12_00, 5_00, 50, 1_00, 1_00_00_000_00, 28_400_00, 0, 0]


def test_a_month_not_begun_and_a_credit_date_outside_its_months_window_are_refused():
    assert credit_window("2026-02") == (date(2026, 2, 1), date(2026, 4, 30))
    assert credit_window("2026-11") == (date(2026, 11, 1), date(2027, 1, 31))
    row = {"employee_id": "E1", "basic": "30000", "credit_date": "2031-07-28"}
    _, [problem] = check([row], 1, month="2031-07", today=TODAY, active={"E1"}, already=set())
    assert "2031-07 has not begun" in problem.reason
    lines, problems = check([{**row, "credit_date": "2026-03-31"}], 1, month="2026-03", today=TODAY, active={"E1"},
                            already=set())
    assert lines and not problems  # the current month may be imported before its pay is credited
    dates = ("2019-01-05", "2026-01-31", "2026-02-01", "2026-04-30", "2026-05-01")
    _, problems = check([{**row, "employee_id": f"E{i}", "credit_date": d} for i, d in enumerate(dates)], 1,
                        month="2026-02", today=TODAY, active={f"E{i}" for i in range(5)}, already=set())
    assert [(p.row, p.reason) for p in problems] == [
        (1, "credit_date: 2019-01-05 is outside the days 2026-02's pay may be credited (2026-02-01 to 2026-04-30)"),
        (2, "credit_date: 2026-01-31 is outside the days 2026-02's pay may be credited (2026-02-01 to 2026-04-30)"),
        (5, "credit_date: 2026-05-01 is outside the days 2026-02's pay may be credited (2026-02-01 to 2026-04-30)")]


def test_a_csv_row_with_more_or_fewer_cells_than_the_header_is_refused_as_such():
    text = ("employee_id,basic,tds,credit_date\nE1,30000,100,2026-02-28\nE2,30000,100,2026-02-28,999\n"
            "E3,30000,2026-02-28\n")
    rows, first = rows_from_csv(text)
    _, problems = check(rows, first, month="2026-02", today=TODAY, active={"E1", "E2", "E3"}, already=set())
    assert [(p.row, p.employee_id, p.reason) for p in problems] == [
        (3, "E2", "the row has 5 cells, the header has 4 columns"),
        (4, "E3", "the row has 3 cells, the header has 4 columns")]
    with pytest.raises(ValueError, match="names basic more than once"):
        rows_from_csv("employee_id,basic,basic,credit_date\nE1,1,2,2026-02-28\n")


def test_demo_months_precede_the_first_start_and_pay_rises_each_july():
    months = last_months(2026, 3)
    assert (len(months), months[0], months[-1]) == (14, "2025-01", "2026-02")
    pay = {"basic": 30000, "da_percent": 14, "hra_percent": 12, "hra_most": 12000, "medical": 500, "gpf": 0,
           "ptax": 0, "tds": 0}
    assert pay_row("E1", pay, "2025-06", months)["basic"] == 30000
    assert pay_row("E1", pay, "2025-07", months)["basic"] == 30900


@pytest.mark.parametrize(("whole", "shown"), [
    ("305512345", "XXXX2345"), ("30711012345678", "XXXX5678"), ("123456789012345678", "XXXX5678"),
    ("BKTPM4821K", "XXXX821K"),
])
def test_a_masked_account_or_pan_shows_the_last_four_behind_the_same_four_xs_whatever_its_length(whole, shown):
    """One X per hidden digit told how long the account was (5 X's: 9 digits, 14 X's: 18 digits)."""
    assert masked(whole) == shown


def test_a_months_name_with_the_one_or_too_after_it_is_the_month():
    """'সেপ্টেমবরেরটাও দিন' (September's too), 'মার্চও দিন', 'জুনেরটা' after a slip were 'did not understand': the
    month, as 'সেপ্টেম্বরের' is; May's মে takes none of them (মেটা is another word)."""
    today = date(2026, 12, 5)
    assert [parse_typed_month(t, today) for t in ("সেপ্টেম্বরেরটাও দিন", "মার্চও দিন", "জুনেরটা", "অক্টোবরটা দিন",
                                                  "জুলাইয়েরটিও")] == [
        "2026-09", "2026-03", "2026-06", "2026-10", "2026-07"]
    assert [parse_typed_month(t, today) for t in ("মেটা দাও", "মেও", "টাও", "কালও")] == [None] * 4
