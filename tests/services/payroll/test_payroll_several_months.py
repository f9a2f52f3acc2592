"""Several months' slips asked for by their names ("I want slips of august september october", "আগস্ট আর
সেপ্টেম্বরের স্লিপ"): only the first month's slip came, the others dropped without a word. Each month named is now
asked for together, behind one PIN, each its own PDF in the order named; a month with no slip out is said, as for
one month asked, with the others sent. A run of months named by its ends ("jan to march slips", "january theke
march porjonto slip", "জানুয়ারি থেকে মার্চ", "april se june tak ki slip", "jan-mar") sent the two ends alone, February
dropped without a word (at the main menu, with "porjonto" or "tak ki" before the slip, no service took it): every
month of the run is asked for, "november to february" across the new year."""
from __future__ import annotations

from datetime import date

import pytest
from casework_kit import menu_claims
from payroll_kit import paid_with_pin

from services.payroll.domain.typed_period import months_named

PIN = "739164"


@pytest.mark.parametrize(("typed", "months"), [
    ("I want slips of august september october", ["2026-08", "2026-09", "2026-10"]),
    ("আগস্ট আর সেপ্টেম্বরের স্লিপ", ["2026-08", "2026-09"]),
    ("slip for march 2025 and april 2025", ["2025-03", "2025-04"]),
    ("december er slip", ["2026-12"]), ("amar slip dao", []),
    ("jan to march slips", ["2026-01", "2026-02", "2026-03"]),
    ("january theke march porjonto slip", ["2026-01", "2026-02", "2026-03"]),
    ("জানুয়ারি থেকে মার্চ মাসের স্লিপ", ["2026-01", "2026-02", "2026-03"]),
    ("jan-mar slip", ["2026-01", "2026-02", "2026-03"]),
    ("may to july", ["2026-05", "2026-06", "2026-07"]), ("april 2025 to june 2025", ["2025-04", "2025-05", "2025-06"]),
    ("november to february", ["2025-11", "2025-12", "2026-01", "2026-02"]),
    # not a run: words between the two months, or a run over a year
    ("april theke salary kom ase june er slip dao", ["2026-04", "2026-06"]),
    ("march 2025 to march 2026", ["2025-03", "2026-03"])])
def test_the_months_named_are_read_in_order(typed, months):
    assert months_named(typed, date(2026, 12, 5)) == months


@pytest.mark.parametrize("typed", ["april theke june porjonto slip chai", "এপ্রিল থেকে জুন পর্যন্ত স্লিপ দিন",
                                   "april se june tak ki slip"])
def test_a_run_of_months_at_the_main_menu_is_payrolls(typed):
    assert menu_claims(typed) == ["payroll:slip"]


async def test_each_month_named_comes_after_one_pin_in_the_order_named(office, staff):
    me = await paid_with_pin(office, staff, ("2025-11", "2025-12", "2026-01", "2026-02"))
    question = await me.say("I want slips of february december january")
    assert "your pay slips for February 2026, December 2025, January 2026" in question.text, question.text
    assert not question.pdfs
    got = await me.say(PIN)
    names = [r.message["document"]["filename"] for r in got.replies if r.message.get("type") == "document"]
    assert names == ["PS-2026-02-GP-TEST-0001.pdf", "PS-2025-12-GP-TEST-0001.pdf", "PS-2026-01-GP-TEST-0001.pdf"]
    audited = [e.payload["period"] for e in got.events if e.type == "payroll.document.accessed"]
    assert audited == ["2026-02", "2025-12", "2026-01"], audited


async def test_a_month_with_no_slip_out_is_said_and_the_others_sent(office, staff):
    me = await paid_with_pin(office, staff, ("2026-01", "2026-02"))
    await me.say("slips of january and march")  # March 2026: this month, not out yet
    got = await me.say(PIN)
    assert len(got.pdfs) == 1 and "March 2026" in got.text, got.text


async def test_every_month_of_a_run_comes_after_one_pin(office, staff):
    me = await paid_with_pin(office, staff, ("2025-11", "2025-12", "2026-01", "2026-02"))
    question = await me.say("november theke february porjonto slip chai")
    asked = "your pay slips for November 2025, December 2025, January 2026, February 2026"
    assert asked in question.text, question.text
    got = await me.say(PIN)
    names = [r.message["document"]["filename"] for r in got.replies if r.message.get("type") == "document"]
    assert names == [f"PS-{m}-GP-TEST-0001.pdf" for m in ("2025-11", "2025-12", "2026-01", "2026-02")], names
