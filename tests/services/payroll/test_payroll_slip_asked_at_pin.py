"""The slip asked for again in words at the PIN question ('আমার বেতনের স্লিপ', 'amar salary slip dao', 'my salary
slip') was told 'A PIN is 4 to 6 digits, not words', in English even to Bengali script. Now it is told the PIN is
what shows the slip, the PIN asked again; words in Bengali script are answered in Bengali, whatever the chat's
language, and no try is counted."""
from __future__ import annotations

from payroll_kit import pay


async def _asked(office, staff, lang="en", wa_id="919700000001"):
    await office.register()
    await office.import_month("2026-02", pay())
    me = staff(wa_id, lang=lang)
    await me.set_pin("739164")
    await me.tap("payroll:slip")
    return me


async def test_the_slip_asked_in_bengali_script_is_told_in_bengali_the_pin_shows_it(office, staff):
    me = await _asked(office, staff, lang="en")  # the chat in English, the words in Bengali script
    got = await me.say("আমার বেতনের স্লিপ")
    assert "পিন দরকার" in got.text and "পিন লিখুন" in got.text and "payroll:forgot" in got.choices
    assert "not words" not in got.text and "কোনো শব্দ নয়" not in got.text and "PIN" not in got.text
    assert not got.pdfs and (await office.repos.access.get("GP-TEST-0001")).failed == 0
    assert len((await me.say("739164")).pdfs) == 1


async def test_the_slip_asked_in_banglish_is_told_the_pin_shows_it(office, staff):
    bn = await _asked(office, staff, lang="bn")
    got = await bn.say("amar salary slip dao")
    assert "পিন দরকার" in got.text and "পিন লিখুন" in got.text and "কোনো শব্দ নয়" not in got.text
    assert not got.pdfs and len((await bn.say("739164")).pdfs) == 1


async def test_in_english_the_slip_asked_again_is_told_the_pin_shows_it_and_other_words_as_before(office, staff):
    me = await _asked(office, staff)
    got = await me.say("my salary slip please")
    assert "PIN is needed to show" in got.text and "not words" not in got.text
    assert "PIN to get your pay slip for February 2026" in got.text and "payroll:forgot" in got.choices
    other = await me.say("amar beton dao")  # words that ask for no slip: a PIN is digits, as before, in English
    assert "not words" in other.text and "payroll:forgot" in other.choices
    assert (await office.repos.access.get("GP-TEST-0001")).failed == 0
    assert len((await me.say("739164")).pdfs) == 1
