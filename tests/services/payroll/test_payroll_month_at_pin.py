"""A month typed at the PIN's question with a space ("01 2026", "1 2026", "2026 01", "০১ ২০২৬") was read as a PIN in
groups and counted as a wrong try (five lock payroll); a month in other forms ("January 2026", "1/2026") was taken
without a word that the PIN comes first, and an amount ("48.21") was told "a PIN is a number of 4 to 6 digits,
digits only". Now none of them is a try: the employee is told that was no PIN, no try counted, and that the PIN
(4 to 6 digits) is needed first; a month typed is the slip the PIN is then asked for, handed out straight after
the right PIN, or said to have no slip as the month's step says. Wrong PINs count and lock as before."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from services.payroll.domain.typed_period import parse_typed_month

PIN = "739164"
FIRST = "That was not a PIN, so no wrong try is counted. Your PIN is needed first: 4 to 6 digits only."
FIRST_BN = "ওটি পিন নয়, তাই ভুল চেষ্টা হিসেবে ধরা হয়নি। আগে আপনার পিন দরকার: শুধু ৪ থেকে ৬টি অঙ্ক।"


async def _asked(office, staff, lang="en"):
    """An employee with a PIN at the question for the latest slip (February 2026; today is 10 March 2026)."""
    await office.register()
    for month in ("2025-12", "2026-01", "2026-02"):
        await office.import_month(month, pay(credit_date=f"{month}-27"))
    me = staff(lang=lang)
    await me.set_pin(PIN)
    assert "February 2026" in (await me.tap("payroll:slip")).text or lang == "bn"
    return me


async def _failed(office) -> int:
    return (await office.repos.access.get("GP-TEST-0001")).failed


def test_a_month_and_a_year_of_this_century_with_a_space_between_are_a_month():
    assert [parse_typed_month(t) for t in ("03 2026", "3 2026", "2026 03", "2026 3", "০৩ ২০২৬", " 12  2025 ")] == [
        "2026-03", "2026-03", "2026-03", "2026-03", "2026-03", "2025-12"]
    assert [parse_typed_month(t) for t in ("03 26", "48 21", "12 1987", "13 2026", "739 164", "2026 13")] == [None] * 6


@pytest.mark.parametrize("typed", ["01 2026", "1 2026", "2026 01", "০১ ২০২৬", "January 2026", "1/2026", "2026-01",
                                   "01.2026", "28/01/2026"])
async def test_a_month_typed_for_the_pin_is_no_try_and_its_slip_comes_after_the_pin(office, staff, typed):
    me = await _asked(office, staff)
    got = await me.say(typed)
    assert got.text.startswith(FIRST), got.text
    assert "Type your PIN to get your pay slip for January 2026." in got.text and "*menu*" in got.text
    assert not got.pdfs and await _failed(office) == 0
    slip = await me.say(PIN)  # not asked for the month again: January's slip at once
    assert len(slip.pdfs) == 1 and "January 2026" in slip.text and "February" not in slip.text


async def test_in_bengali_the_month_typed_for_the_pin_is_kept_and_no_try(office, staff):
    me = await _asked(office, staff, lang="bn")
    got = await me.say("১২ ২০২৫")
    assert got.text.startswith(FIRST_BN), got.text
    assert "ডিসেম্বর ২০২৫-এর বেতন বিবরণী পেতে আপনার পিন লিখুন" in got.text and "*মেনু*" in got.text
    assert await _failed(office) == 0
    slip = await me.say("৭৩৯ ১৬৪")
    assert len(slip.pdfs) == 1 and "ডিসেম্বর ২০২৫" in slip.text


@pytest.mark.parametrize("lang, first", [("en", FIRST), ("bn", FIRST_BN)])
async def test_an_amount_typed_for_the_pin_is_told_the_pin_comes_first(office, staff, lang, first):
    me = await _asked(office, staff, lang=lang)
    for amount in ("48.21", "28,400.00", "৪৮.২১"):
        got = await me.say(amount)
        assert got.text.startswith(first), (amount, got.text)
        assert "A PIN is a number" not in got.text and "অঙ্কের একটি সংখ্যা" not in got.text and not got.pdfs, amount
        assert ("*menu*" if lang == "en" else "*মেনু*") in got.text, amount
    assert await _failed(office) == 0
    assert len((await me.say(PIN)).pdfs) == 1  # still the slip asked for (February)


async def test_a_month_without_a_slip_typed_for_the_pin_is_said_to_have_none(office, staff):
    me = await _asked(office, staff)
    got = await me.say("03 2025")
    assert got.text.startswith("There is no payroll for March 2025."), got.text
    assert "payroll:slip" in got.choices and not got.pdfs
    ahead = await me.tap("payroll:slip")
    assert "February 2026" in ahead.text
    later = await me.say("2026 04")
    assert later.text.startswith("Your pay slip for April 2026 is not out yet."), later.text
    assert await _failed(office) == 0


async def test_wrong_pins_count_and_lock_as_before_with_months_between(office, staff):
    """Digits of a PIN's length that are not the PIN are wrong tries, written in groups too ("12 1987", a birth
    month and year, is a PIN); the months typed between them count for nothing."""
    me = await _asked(office, staff)
    assert "You have 4 more tries" in (await me.say("555123")).text
    assert FIRST in (await me.say("01 2026")).text
    assert "You have 3 more tries" in (await me.say("12 1987")).text
    assert FIRST in (await me.say("48.21")).text
    assert "You have 2 more tries" in (await me.say("03 26")).text
    assert "January 2026" in (await me.say("1 2026")).text
    await me.say("5-5-5-1-2-4")
    assert await _failed(office) == 4
    locked = await me.say("555125")
    assert "locked until" in locked.text and not locked.pdfs
    assert "locked until" in (await me.say(PIN)).text  # locked: not even the right PIN


async def test_a_month_typed_while_choosing_a_pin_is_kept_not_chosen_as_the_pin(office, staff):
    await office.register()
    await office.import_month("2026-01", pay(credit_date="2026-01-27"))
    me = staff()
    await me.tap("payroll:menu")
    kept = await me.say("01 2026")
    assert kept.text.startswith("We will send your pay slip for January 2026 as soon as your PIN is set."), kept.text
    await me.say(PIN)
    done = await me.say(PIN)
    assert len(done.pdfs) == 1 and "January 2026" in done.text
