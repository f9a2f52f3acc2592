"""'mach mase' ("in March", with a letter left out) typed where a month is asked was not read as a month, so with
"slip" in it the latest slip (February's) was asked for instead. A word one letter from a month's name ("mach", "marh",
"মাচ"), alone or with words of a month or a slip, is now asked about: "Did you mean March?", a button for its slip;
never another month's slip."""
from __future__ import annotations

from payroll_kit import pay

from services.payroll.domain.near_months import near_months


def test_a_word_one_letter_from_a_months_name_is_near_it_and_other_words_are_not():
    assert [near_months(t) for t in ("mach mase", "marh", "Mach maser slip", "মাচ মাসের স্লিপ", "মাচ", "apirl 2025",
                                     "octber er slip", "jule", "মারচ মাসে")] == [
        (3,), (3,), (3,), (3,), (3,), (4,), (10,), (6, 7), (3,)]
    assert [near_months(t) for t in ("pin match hocche na", "much", "may I", "hello", "march", "mase", "me",
                                     "remember", "please send my slip")] == [()] * 9


async def with_pay(office) -> None:
    await office.register()
    for month in ("2025-03", "2025-12", "2026-01", "2026-02"):  # today is 10 March 2026: the latest is February's
        await office.import_month(month, pay(credit_date=f"{month}-27"))


async def test_mach_mase_asks_whether_march_was_meant_wherever_a_month_is_read(office, staff):
    await with_pay(office)
    me = staff()
    await me.set_pin("739164")
    at_menu = await me.say("mach mase")
    assert "Did you mean March?" in at_menu.text, at_menu.text
    assert at_menu.choices == {"payroll:slip:2025-03": "March 2025", "payroll:months": "Another month"}
    assert not at_menu.pdfs  # a choice waits
    carried = await me.send(me.envelope(reply_id="payroll:slip", text="mach mase slip"))  # from the main menu
    assert "Did you mean March?" in carried.text and "February" not in carried.text, carried.text
    await me.tap("payroll:months")
    assert "payroll:slip:2025-03" in (await me.say("marh")).choices
    await me.tap("payroll:slip:2025-12")
    at_pin = await me.say("mach maser salary slip")  # at the PIN's question: no try counted
    assert "Did you mean March?" in at_pin.text and "wrong" not in at_pin.text, at_pin.text
    asked = await me.tap("payroll:slip:2025-03")
    assert "PIN to get your pay slip for March 2025" in asked.text
    got = await me.say("739164")
    assert "Pay slip, March 2025" in got.text and len(got.pdfs) == 1


async def test_within_the_pins_minutes_a_near_month_is_still_asked_not_handed_out(office, staff):
    await with_pay(office)
    me = staff()
    await me.set_pin("739164")
    await me.tap("payroll:slip:2026-01")
    await me.say("739164")  # the PIN keeps for 5 minutes: a month asked now comes at once
    asked = await me.send(me.envelope(reply_id="payroll:slip", text="mach mase slip"))
    assert not asked.pdfs and "Did you mean March?" in asked.text, asked.text


async def test_in_bengali_a_month_misspelt_is_asked_about(office, staff):
    await with_pay(office)
    await office.import_month("2025-07", pay(credit_date="2025-07-30"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    asked = await me.say("মাচ মাসের স্লিপ")
    assert "আপনি কি মার্চ মাসের কথা বলছেন?" in asked.text, asked.text
    assert asked.choices == {"payroll:slip:2025-03": "মার্চ ২০২৫", "payroll:months": "অন্য মাস"}
    both = await me.say("jule")
    assert "আপনি কি জুন না জুলাই মাসের কথা বলছেন?" in both.text, both.text
    assert both.choices == {"payroll:slip:2025-07": "জুলাই ২০২৫", "payroll:months": "অন্য মাস"}  # June: none paid


async def test_a_near_month_never_paid_says_so_and_lists_the_months(office, staff):
    await office.register()
    await office.import_month("2026-02")
    me = staff()
    await me.set_pin("739164")
    told = await me.say("mach mase")
    assert "There is no pay slip of yours for March" in told.text, told.text
    assert "payroll:slip:2026-02" in told.choices and not told.pdfs
