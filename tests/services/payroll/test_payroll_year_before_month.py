"""A month asked among words with its year before it and "of" between ("2025 er march mase salary koto chilo",
"২০২৫ সালের মার্চ মাসের বেতন") was read as the month's latest, March 2026, and that slip sent: the year asked
for is read, and where there is no payroll for it, that is said. The last month said in Banglish with "masher"
("gato masher slip", "ager masher slip") or in Hindi ("pichhle mahine ki slip", "पिछले महीने की सैलरी स्लिप") was not
understood: it is the last month's slip. The year said apart from the month ("march er slip 2025 er ta", "slip of
march for the year 2025", "2025 e march maser slip") was not read either, and March 2026's slip sent; nor a financial
year ("march 2025-26" is March 2026, not 2025): both are read, an amount ("march e 2000 taka kom") is no year. The
year said in words, "last year march slip", "গত বছরের মার্চ মাসের স্লিপ", "gato bochor er december", "pichhle saal
march ki slip", was the month's latest too: it is last year's. A month some months back, "2 months ago slip", "dui
mas ager slip", "৩ মাস আগের স্লিপ", "teen mahine pehle ki slip", "last to last month slip", was not understood or
(the last) the last month's: it is the month that many back."""
from __future__ import annotations

from datetime import date

import pytest
from payroll_kit import paid_with_pin

from services.payroll.domain.typed_period import parse_typed_month

TODAY = date(2026, 12, 6)


@pytest.mark.parametrize(("typed", "month"), [
    ("2025 er march mase salary koto chilo", "2025-03"), ("২০২৫ সালের মার্চ মাসের বেতন", "2025-03"),
    ("2025 march", "2025-03"), ("march of 2025", "2025-03"), ("salary of 2025 sal er january", "2025-01"),
    ("gato masher slip", "2026-11"), ("ager masher slip", "2026-11"), ("pichhle mahine ki slip", "2026-11"),
    ("पिछले महीने की सैलरी स्लिप", "2026-11"),
    ("march er slip 2025 er ta", "2025-03"), ("slip of march for the year 2025", "2025-03"),
    ("2025 e march maser slip ta dao", "2025-03"), ("মার্চ মাসের স্লিপ ২০২৫ সালের", "2025-03"),
    ("march 2025-26", "2026-03"), ("2025-26 er april er slip", "2025-04"), ("march slip of 2024-2025", "2025-03"),
    ("march e 2000 taka kom", "2026-03"), ("2025 er december r 2026 er january", "2025-12"),
    ("last year march slip", "2025-03"), ("march of last year", "2025-03"), ("গত বছরের মার্চ মাসের স্লিপ", "2025-03"),
    ("gato bochor er december er slip", "2025-12"), ("pichhle saal march ki slip", "2025-03"),
    ("this year's march slip", "2026-03"), ("2 months ago slip", "2026-10"), ("dui mas ager slip", "2026-10"),
    ("৩ মাস আগের স্লিপ", "2026-09"), ("তিন মাস আগের বেতন", "2026-09"), ("teen mahine pehle ki slip", "2026-09"),
    ("last to last month slip", "2026-10"), ("slip of the month before last", "2026-10"),
    ("গত মাসের আগের মাসের স্লিপ", "2026-10"), ("12 months ago", "2025-12"),
    # as before: a name alone is its latest, a day before it no year
    ("march er slip", "2026-03"), ("12 march er slip", "2026-03"), ("ei masher slip", "2026-12")])
def test_the_month_and_year_said(typed: str, month: str):
    assert parse_typed_month(typed, TODAY) == month


async def test_the_year_asked_is_the_slip_asked(office, staff):
    me = await paid_with_pin(office, staff, ("2025-03", "2026-03"))
    for typed in ("2025 er march mase salary koto chilo", "march er slip 2025 er ta", "march 2024-25",
                  "gato bochorer march er slip"):
        asked = await me.say(typed)
        assert "Type your PIN to get your pay slip for March 2025" in asked.text, (typed, asked.text)
        await me.say("menu")


def test_months_back_count_across_the_new_year():
    assert parse_typed_month("2 months ago slip", date(2026, 2, 3)) == "2025-12"
    assert parse_typed_month("dui mas ager slip", date(2026, 1, 3)) == "2025-11"
    assert parse_typed_month("13 months ago", TODAY) is None  # none of the last twelve: not read


async def test_a_month_some_months_back_is_the_slip_asked(office, staff):
    me = await paid_with_pin(office, staff, ("2026-01", "2026-02"))
    asked = await me.say("last to last month slip")  # on 10 March 2026
    assert "Type your PIN to get your pay slip for January 2026" in asked.text, asked.text


@pytest.mark.parametrize(("typed", "month"), [("what is salary of december", "2025-12"),
                                              ("pichhle salary ka february slip", "2026-02")])
def test_salary_is_no_year_said_in_words(typed, month):
    """"is sal…" and "pichhle sal…" begin "salary": no year said ("is saal", this year; "pichhle saal", the last)."""
    assert parse_typed_month(typed, date(2026, 3, 10)) == month  # the month's latest on 10 March 2026
