"""A run of months with its year said at its first end only ("december 2025 theke february", "nov 2025 to jan"):
the last end took that year, and the run was reckoned back from it, so December 2024, January and February 2025
were asked for (on 10 March 2026) in place of December 2025 to February 2026: the wrong slips, behind the PIN. A
run typed with a dash after a year ("nov 2025 - feb 2026") sent its two ends alone, the months between dropped
without a word. The run now goes on from a first end whose year is said, and a dash after a year is a run; a year
said with the last end alone still reckons back ("november to january 2026")."""
from __future__ import annotations

from datetime import date

import pytest
from payroll_kit import paid_with_pin

from services.payroll.domain.typed_period import months_named

PIN = "739164"
TODAY = date(2026, 3, 10)


@pytest.mark.parametrize(("typed", "months"), [
    ("december 2025 theke february", ["2025-12", "2026-01", "2026-02"]),
    ("december 2025 to february slip", ["2025-12", "2026-01", "2026-02"]),
    ("nov 2025 to jan", ["2025-11", "2025-12", "2026-01"]),
    ("2025 er december theke february porjonto", ["2025-12", "2026-01", "2026-02"]),
    ("ডিসেম্বর ২০২৪ থেকে ফেব্রুয়ারি", ["2024-12", "2025-01", "2025-02"]),
    ("nov 2025 - feb 2026", ["2025-11", "2025-12", "2026-01", "2026-02"]),
    ("nov 2025 – feb", ["2025-11", "2025-12", "2026-01", "2026-02"]),
    # as before: the year at the last end, at both, in one run's year, or none
    ("november to january 2026", ["2025-11", "2025-12", "2026-01"]),
    ("nov 2025 to feb 2026", ["2025-11", "2025-12", "2026-01", "2026-02"]),
    ("march 2025 to may", ["2025-03", "2025-04", "2025-05"]),
    ("november to february", ["2025-11", "2025-12", "2026-01", "2026-02"]),
    ("2025-march", ["2025-03"]), ("march 2025-26", ["2026-03"]), ("nov 2025 to jan 2027", ["2025-11", "2027-01"]),
])
def test_a_run_goes_on_from_a_first_end_whose_year_is_said(typed, months):
    assert months_named(typed, TODAY) == months


async def test_the_slips_of_such_a_run_are_the_ones_sent(office, staff):
    me = await paid_with_pin(office, staff, ("2024-12", "2025-01", "2025-02", "2025-12", "2026-01", "2026-02"))
    question = await me.say("december 2025 theke february er slip dao")
    asked = "your pay slips for December 2025, January 2026, February 2026"
    assert asked in question.text, question.text
    got = await me.say(PIN)
    names = [r.message["document"]["filename"] for r in got.replies if r.message.get("type") == "document"]
    assert names == [f"PS-{m}-GP-TEST-0001.pdf" for m in ("2025-12", "2026-01", "2026-02")], names
