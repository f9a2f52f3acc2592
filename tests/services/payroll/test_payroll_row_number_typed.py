"""A row's number typed at a list the payroll chat showed, the months of slips ("2", "২", "no 2", "2."), the financial
years or the months asked about after a month's name typed a letter wrong, got "Sorry, I did not understand" and the
payroll menu (only the menu's own rows were read so). It now picks that row as tapping it does: the slip or statement
of that row, its PIN first. A number past the list's rows, or typed 30 minutes after the list was shown, picks
nothing and says what was expected, the list shown again."""
from __future__ import annotations

import pytest
from payroll_kit import pay

PIN = "739164"


async def _at_months(office, staff, lang: str = "en"):
    await office.register()
    for month in ("2025-03", "2025-12", "2026-01", "2026-02"):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff(lang=lang)
    await me.set_pin(PIN)
    shown = await me.tap("payroll:months")
    assert list(shown.choices) == ["payroll:slip:2026-02", "payroll:slip:2026-01", "payroll:slip:2025-12",
                                   "payroll:slip:2025-03"]
    return me


@pytest.mark.parametrize("typed", ["2", "২", "no 2", "2.", " 2 "])
async def test_a_rows_number_at_the_months_picks_that_month(office, staff, typed):
    me = await _at_months(office, staff)
    picked = await me.say(typed)
    assert "Type your PIN to get your pay slip for January 2026" in picked.text, picked
    got = await me.say(PIN)
    assert got.last.message["document"]["filename"] == "PS-2026-01-GP-TEST-0001.pdf"


async def test_at_the_years_and_at_the_months_asked_about(office, staff):
    me = await _at_months(office, staff)
    years = await me.tap("payroll:years")
    assert list(years.choices) == ["payroll:statement:2025-26", "payroll:statement:2024-25"]
    assert "statement for 2024-25" in (await me.say("2")).text
    await me.say("back")
    asked = await me.say("mach mase")  # "Did you mean March?": a button for its slip, one for the months
    assert list(asked.choices) == ["payroll:slip:2025-03", "payroll:months"], asked
    assert "Type your PIN to get your pay slip for March 2025" in (await me.say("1")).text


async def test_a_number_past_the_rows_picks_nothing_and_says_so(office, staff):
    me = await _at_months(office, staff)
    past = await me.say("5")
    assert "the list has no row 5, only 4. Type a number from 1 to 4, or tap the row." in past.text
    assert "Type your PIN" not in past.text and "payroll:slip:2025-12" in past.choices  # the list again
    assert "Type your PIN to get your pay slip for February 2026" in (await me.say("1")).text


async def test_in_bengali(office, staff):
    me = await _at_months(office, staff, lang="bn")
    past = await me.say("৫")
    assert "তালিকায় ৫ নম্বর সারি নেই, আছে ৪টি। ১ থেকে ৪-এর মধ্যে একটি নম্বর লিখুন" in past.text, past
    assert "জানুয়ারি ২০২৬" in (await me.say("২")).text


async def test_typed_long_after_the_list_picks_nothing(office, staff, clock):
    me = await _at_months(office, staff)
    clock.advance(minutes=31)
    late = await me.say("2")
    assert "That list was sent over 30 minutes ago, so a number no longer picks from it." in late.text, late
    assert "Type your PIN" not in late.text and "payroll:slip:2026-01" in late.choices  # shown again, afresh
    assert "Type your PIN to get your pay slip for January 2026" in (await me.say("2")).text
