"""Words typed at the PIN question (Banglish as employees type it): told a PIN is digits, with Forgot my PIN to tap;
'pin bhule gechi' / 'পিন ভুলে গেছি' is Forgot my PIN. Neither counts as a wrong try."""
from __future__ import annotations

from payroll_kit import pay


async def _asked(office, staff, lang="en"):
    await office.register()
    await office.import_month("2026-02", pay())
    me = staff(lang=lang)
    await me.set_pin("739164")
    await me.tap("payroll:slip")
    return me


async def test_words_at_the_pin_question_are_told_a_pin_is_digits_with_forgot_offered(office, staff):
    me = await _asked(office, staff)
    got = await me.say("amar beton dao")  # "give me my pay": no month named
    assert "not words" in got.text and "payroll:forgot" in got.choices
    assert "PIN to get your pay slip for February 2026" in got.text
    assert got.pdfs == [] and len((await me.say("739164")).pdfs) == 1  # still asked, nothing counted


async def test_pin_bhule_gechi_leads_to_forgot_my_pin(office, staff):
    me = await _asked(office, staff)
    got = await me.say("pin bhule gechi")
    assert "contact the payroll desk" in got.text
    bn = staff("919700000001", lang="bn")
    await bn.tap("payroll:slip")
    assert "বেতন দপ্তরে যোগাযোগ করুন" in (await bn.say("পিন ভুলে গেছি")).text


async def test_in_bengali_words_at_the_pin_question(office, staff):
    me = await _asked(office, staff, lang="bn")
    got = await me.say("আমার বেতন দাও")
    assert "কোনো শব্দ নয়" in got.text and "payroll:forgot" in got.choices
