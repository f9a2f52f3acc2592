"""The carry-on offer's buttons typed instead of tapped ("Start again", "চালিয়ে যান", or their numbers "1", "২") do
what the buttons do, while the offer is what was last asked; "2" there is never read as a (too short) PIN."""
from __future__ import annotations

import pytest


async def offered(office, staff, lang="en"):
    await office.register()
    await office.import_month("2026-02")
    me = staff(lang=lang)
    await me.set_pin("739164")
    await me.tap("payroll:slip")  # the PIN is asked for February's slip
    back = await me.tap("payroll:menu")
    assert set(back.last.choices) == {"payroll:resume", "payroll:restart"}
    return me


@pytest.mark.parametrize("lang, typed", [("en", "Start again"), ("bn", "আবার শুরু করুন"), ("en", "2"), ("bn", "২")])
async def test_start_again_typed_opens_the_payroll_menu(office, staff, lang, typed):
    me = await offered(office, staff, lang)
    again = await me.say(typed)
    assert "payroll:slip" in again.choices and "PIN" not in again.text and "পিন" not in again.text
    home = await me.tap("payroll:menu")  # nothing is in progress now: the menu, no offer
    assert "payroll:resume" not in home.choices and "payroll:slip" in home.choices


@pytest.mark.parametrize("lang, typed", [("en", "carry on"), ("en", "Continue"), ("bn", "চালিয়ে যান"), ("en", "1")])
async def test_carry_on_typed_asks_for_the_pin_again(office, staff, lang, typed):
    me = await offered(office, staff, lang)
    carried = await me.say(typed)
    assert "February 2026" in carried.text or "ফেব্রুয়ারি ২০২৬" in carried.text
    assert "4 to 6 digits" not in carried.text and "৪ থেকে ৬" not in carried.text
    [pdf] = (await me.say("739164")).pdfs  # the slip the PIN was asked for
    assert pdf


async def test_a_number_after_carrying_on_is_the_pin_steps_answer_again(office, staff):
    me = await offered(office, staff)
    await me.say("carry on")
    assert "4 to 6 digits" in (await me.say("2")).text  # the offer is no longer what was asked
