"""Words typed at the PIN question (Banglish as employees type it): told a PIN is digits, with Forgot my PIN to tap;
'pin bhule gechi' / 'পিন ভুলে গেছি' is Forgot my PIN. Neither counts as a wrong try, nor do too few or too many
digits; a PIN typed in groups ('48 21', '4-8-2-1') or in Bengali digits is its digits, where it is chosen too."""
from __future__ import annotations

from payroll_kit import pay

from shared.india import typed_number


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


def test_a_pin_typed_in_groups_or_in_bengali_digits_is_read_as_its_digits():
    from services.payroll.conversation.pin import not_a_pin, typed_pin

    for typed in ("4821", "48 21", "4-8-2-1", "48-21", "4 8 2 1", "৪৮২১", "৪৮ ২১", "৪-৮-২-১", "48–21", "pin 48 21",
                  "PIN: 4-8-2-1.", "আমার পিন ৪৮-২১"):
        assert typed_pin(typed) == "4821", typed
    for month_or_year in ("03-26", "3-2026", "2026-03", "২০২৪-২৫", "2025-26"):  # the slip or statement of it
        assert typed_pin(month_or_year) == typed_number(month_or_year) and not_a_pin(month_or_year), month_or_year
    for short_or_long in ("0", "00", "7", "০", "12", "1234567", "৪৮২১৫৫৫", "48 21 64 9", "pin 739164 2026"):
        assert not_a_pin(short_or_long), short_or_long
    assert not not_a_pin("1-1-1-1")  # a PIN, too easy or not: a try at one


async def test_too_few_or_too_many_digits_at_the_pin_question_are_no_try_and_offer_forgot(office, staff, clock):
    """'0', '00', '7' or seven digits at the PIN question were told 'a PIN is a number of 4 to 6 digits, digits
    only' (and '4-8-2-1' too); now too few or too many digits are told how long a PIN is, with Forgot my PIN to tap,
    and no try counted, while the PIN with spaces or dashes is the PIN, and a wrong one so written a wrong try."""
    me = await _asked(office, staff)
    for short_or_long in ("0", "00", "7", "1234567", "৪৮২১৫৫৫"):
        got = await me.say(short_or_long)
        assert "A PIN has 4 to 6 digits" in got.text and "payroll:forgot" in got.choices, short_or_long
        assert "PIN to get your pay slip for February 2026" in got.text and not got.pdfs
    assert (await office.repos.access.get("GP-TEST-0001")).failed == 0
    wrong = await me.say("7-3-9-1-6-5")
    assert "You have 4 more tries" in wrong.text and not wrong.pdfs
    assert len((await me.say("739 164")).pdfs) == 1
    assert (await office.repos.access.get("GP-TEST-0001")).failed == 0
    clock.advance(minutes=5)  # the PIN typed right keeps for five minutes: past them, it is asked again
    bn = staff("919700000001", lang="bn")
    await bn.tap("payroll:slip")
    got = await bn.say("০")
    assert "পিনে ৪ থেকে ৬টি অঙ্ক থাকে" in got.text and "payroll:forgot" in got.choices
    assert len((await bn.say("৭৩৯-১৬৪")).pdfs) == 1


async def test_a_new_pin_typed_in_bengali_digits_opens_with_latin_ones_and_a_short_confirmation_keeps_it(office,
                                                                                                         staff):
    """A new PIN is read as the PIN question reads it: set as '৭৩৯ ১৬৪' it opens with '739164'. A '0' typed to
    confirm it threw the new PIN away ('did not match, start again'); now it is told how long a PIN is and the new
    PIN still waits for its confirmation."""
    await office.register()
    await office.import_month("2026-02", pay())
    me = staff()
    await me.tap("payroll:menu")
    assert "A PIN has 4 to 6 digits" in (await me.say("12")).text
    assert "once more" in (await me.say("৭৩৯ ১৬৪")).text
    kept = await me.say("0")
    assert "A PIN has 4 to 6 digits" in kept.text and "once more" in kept.text and "did not match" not in kept.text
    assert "PIN is set" in (await me.say("7-3-9-1-6-4")).text
    await me.tap("payroll:slip")
    assert len((await me.say("739164")).pdfs) == 1
