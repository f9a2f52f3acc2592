"""A slip asked for before the first PIN is kept and comes once the PIN is set, but the employee was only asked to
choose a PIN, without a word of the month they asked for, and asked again for it; they are now told it will come."""
from __future__ import annotations

from payroll_kit import pay


async def test_the_slip_asked_for_before_the_first_pin_is_said_to_come_once_it_is_set(office, staff):
    await office.register()
    for month in ("2026-01", "2026-02"):
        await office.import_month(month, pay(credit_date=f"{month}-27"))
    me = staff(lang="bn")
    asked = await me.send(me.envelope(reply_id="payroll:slip", text="গত মাসের স্লিপ"))  # from the main menu
    assert asked.text.startswith("পিন ঠিক হলেই ফেব্রুয়ারি ২০২৬-এর বেতন বিবরণী পাঠিয়ে দেওয়া হবে।"), asked.text
    assert "প্রথমে একটি পিন ঠিক করুন" in asked.text and not asked.pdfs
    other = await me.say("জানুয়ারি")  # another month instead, while the PIN is chosen
    assert other.text.startswith("পিন ঠিক হলেই জানুয়ারি ২০২৬-এর বেতন বিবরণী পাঠিয়ে দেওয়া হবে।"), other.text
    await me.say("৭৩৯১৬৪")
    at_confirm = await me.say("ফেব্রুয়ারি")
    assert at_confirm.text.startswith("পিন ঠিক হলেই ফেব্রুয়ারি ২০২৬-এর বেতন বিবরণী পাঠিয়ে দেওয়া হবে।"), at_confirm.text
    assert "নিশ্চিত করতে পিনটি আর একবার লিখুন" in at_confirm.text
    done = await me.say("৭৩৯১৬৪")
    assert len(done.pdfs) == 1 and "ফেব্রুয়ারি ২০২৬" in done.text


async def test_in_english_too(office, staff):
    await office.register()
    await office.import_month("2026-02")
    asked = await staff().tap("payroll:slip")
    assert asked.text.startswith("We will send your pay slip for February 2026 as soon as your PIN is set."), asked.text
