"""At the PIN question of a chat in English, words in Bengali script were answered in Bengali only when read as a
try at the PIN: 'পিন ভুলে গেছি' (forgot my PIN) or 'বেতন কবে ঢুকবে' (when is the pay credited, asked for after the
PIN in place of the slip) got their answer in English. Whatever the words ask there, they are now answered in
Bengali; the chat stays English, and words in Latin letters, Banglish too ('pin bhule gechi'), are answered in the
chat's language, as before."""
from __future__ import annotations

from payroll_kit import pay


async def _at_pin(office, staff):
    await office.register()
    await office.import_month("2026-02", pay())
    me = staff("919700000001", lang="en")
    await me.set_pin("739164")
    await me.tap("payroll:slip")
    return me


async def test_forgot_in_bengali_script_at_the_pin_is_answered_in_bengali(office, staff):
    me = await _at_pin(office, staff)
    got = await me.say("পিন ভুলে গেছি")
    assert "পিন ভুলে গেছেন?" in got.text and "Forgot your PIN" not in got.text
    assert "Forgot your PIN" in (await me.say("pin bhule gechi")).text  # Banglish: the chat's English
    assert (await office.repos.access.get("GP-TEST-0001")).failed == 0


async def test_the_pay_asked_after_in_bengali_script_at_the_pin_is_answered_in_bengali(office, staff):
    me = await _at_pin(office, staff)
    got = await me.say("বেতন কবে ঢুকবে")  # one's pay asked for instead of the slip, its PIN still first
    assert "আপনার সর্বশেষ বেতনের খবর পেতে আপনার পিন লিখুন" in got.text and "PIN" not in got.text, got.text
    told = await me.say("739164")  # the chat itself is still in English
    assert "credited on 28 February 2026" in told.text and "জমা" not in told.text, told.text
    assert len((await me.tap("payroll:slip")).pdfs) == 1  # the PIN just typed right


async def test_a_month_in_bengali_script_at_the_pin_is_answered_in_bengali_and_its_slip_comes_after_it(office, staff):
    me = await _at_pin(office, staff)
    await office.import_month("2026-01", pay())
    got = await me.say("জানুয়ারি ২০২৬")
    assert "জানুয়ারি ২০২৬-এর বেতন বিবরণী পেতে আপনার পিন লিখুন" in got.text and "PIN" not in got.text
    slip = await me.say("739164")
    assert len(slip.pdfs) == 1 and "January 2026" in slip.text
