"""A pay month in figures with a two-digit year among other words ("slip 3/25", "03/25 er slip", "স্লিপ ৩/২৫") was
not read (on 10 March 2026): "slip 3/25" reached no service at the main menu and was not understood in the chat, where
"slip 03/2025" and "03/25" alone were. It is March 2025's slip now; a year in two digits that may be a month ("3/12"),
an amount ("3.25 taka kom") or a date ("10/3/25") stays none."""
from __future__ import annotations

from datetime import date

import pytest
from casework_kit import menu_claims
from payroll_kit import paid_with_pin

from services.payroll.domain.typed_period import parse_typed_month

PIN = "739164"
TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(("typed", "month"), [
    ("slip 3/25", "2025-03"), ("03/25 er slip", "2025-03"), ("slip of 12/25", "2025-12"), ("slip 3-25", "2025-03"),
    ("স্লিপ ৩/২৫", "2025-03"), ("salary slip for 11/24 please", "2024-11"),
    ("slip 3/12", None), ("3.25 taka kom", None), ("slip 10/3/25", None), ("salary 25/3 e dhukbe", None),
])
def test_a_month_with_a_two_digit_year_among_words(typed, month):
    assert parse_typed_month(typed, TODAY) == month


@pytest.mark.parametrize("typed", ["slip 3/25", "03/25 er slip", "স্লিপ ৩/২৫", "slip for 12/2025"])
def test_a_slip_and_its_month_in_figures_at_the_main_menu_is_payrolls(typed):
    assert menu_claims(typed) == ["payroll:slip"]


async def test_the_slip_of_that_month_is_sent(office, staff):
    me = await paid_with_pin(office, staff, ("2025-03", "2026-02"))
    question = await me.say("slip 3/25")
    assert "March 2025" in question.text and not question.pdfs, question.text
    got = await me.say(PIN)
    names = [r.message["document"]["filename"] for r in got.replies if r.message.get("type") == "document"]
    assert names == ["PS-2025-03-GP-TEST-0001.pdf"], names
