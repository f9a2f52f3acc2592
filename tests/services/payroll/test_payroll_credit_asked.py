"""An employee asking when their salary comes ("beton kobe dhukbe", "when will my salary be credited", "বেতন কবে
ঢুকবে") was not understood, at the main menu or in the payroll chat. It is asked for as a slip is, the PIN first and
nothing about the pay before it; after it, the latest month uploaded for them is told with its net pay and its credit
day (credited, or to be credited), its slip offered; with last month's not uploaded yet, the month last uploaded and
that the next is not out yet. A stranger gets the refusal."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from gateway.menu import phrase_pattern
from services import registry
from services.payroll.phrases import asked_for
from shared.india import plain

ASKED = ("amar beton er taka kobe dhukbe", "beton kobe dhukbe", "salary kobe pabo", "when will my salary be credited",
         "has my salary come", "বেতন কবে ঢুকবে", "মাইনে কবে পাব", "Salary dhukeche?", "আমার বেতন কবে আসবে",
         "mayne kobe asbe", "has my salary been credited", "when will I get my salary")
OTHERS = ("amar taka ferot kobe pabo", "refund kobe pabo", "আমার টাকা ফেরত কবে পাব", "taka kobe dhukbe",
          "pension kobe pabo", "বার্ধক্য ভাতা কবে ঢুকবে", "100 diner kajer taka kobe pabo", "rastar kaj kobe hobe",
          "when will the road be repaired", "salary slip kobe pabo", "my salary", "beton koto")


@pytest.mark.parametrize("words", ASKED)
def test_the_salary_asked_after_is_payrolls_alone(words):
    assert asked_for(words) == "credit", words
    claimed = [name for name in registry.names() if (menu := registry.load(name, load_demo=False).menu)
               and any(phrase_pattern(p.pattern).search(plain(words)) for p in menu.phrases)]
    assert claimed == ["payroll"], (words, claimed)


@pytest.mark.parametrize("words", OTHERS)
def test_other_money_and_other_services_words_are_not_the_salary_asked_after(words):
    assert asked_for(words) != "credit", words


async def test_at_the_main_menu_the_pin_first_then_the_pay_and_its_credit_day(office, staff, bus):
    await office.register()
    await office.import_month("2026-01", pay(credit_date="2026-01-28"))
    await office.import_month("2026-02", pay(credit_date="2026-02-28"))  # 10 March: February's is the latest
    me = staff()
    await me.set_pin("739164")
    asked = await me.send(me.envelope(reply_id="payroll:credit", text="when will my salary be credited"))
    assert "Type your PIN to get your latest pay and the day it was credited" in asked.text, asked.text
    assert "28,400" not in asked.text and "28 February" not in asked.text and not asked.pdfs
    got = await me.say("739164")
    assert "Your pay for February 2026: net pay ₹28,400.00, credited on 28 February 2026." in got.text, got.text
    assert "Your pay slip for March 2026 is not out yet" in got.text and not got.pdfs
    assert "payroll:slip:2026-02" in got.choices
    # the slip's net pay told is an access of that slip, in the audit trail as a slip handed out is
    audit = got.event("payroll.document.accessed")
    assert (audit["kind"], audit["period"], audit["number"]) == ("pay_slip", "2026-02", "PS-2026-02-GP-TEST-0001")
    assert not [e for e in asked.events if e.type == "payroll.document.accessed"]  # nothing told before the PIN
    slip = await me.tap("payroll:slip:2026-02")
    assert len(slip.pdfs) == 1  # the PIN was just typed: the slip comes without it


async def test_typed_in_the_payroll_chat_in_banglish_and_bengali(office, staff):
    await office.register()
    await office.import_month("2026-02", pay(credit_date="2026-02-28"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    asked = await me.say("amar beton er taka kobe dhukbe")
    assert "আপনার সর্বশেষ বেতনের খবর পেতে আপনার পিন লিখুন" in asked.text and "২৮ ফেব্রুয়ারি" not in asked.text
    got = await me.say("739164")
    assert "হাতে পাওয়া বেতন ₹২৮,৪০০.০০, ২৮ ফেব্রুয়ারি ২০২৬ তারিখে জমা হয়েছে" in got.text, got.text
    for words in ("বেতন কবে ঢুকবে", "মাইনে কবে পাব"):  # within the PIN's minutes: not asked again
        got = await me.say(words)
        assert "ফেব্রুয়ারি ২০২৬" in got.text and "২৮ ফেব্রুয়ারি ২০২৬" in got.text, (words, got.text)
        assert "₹২৮,৪০০.০০" in got.text and not got.pdfs
        assert "payroll:slip:2026-02" in got.choices


async def test_minutes_after_the_pin_it_is_asked_again(office, staff, clock):
    await office.register()
    await office.import_month("2026-02", pay(credit_date="2026-02-28"))
    me = staff()
    await me.set_pin("739164")
    await me.say("salary kobe pabo")
    assert "₹28,400.00" in (await me.say("739164")).text
    clock.advance(minutes=6)
    again = await me.say("salary kobe pabo")
    assert "Type your PIN" in again.text and "28,400" not in again.text and "28 February" not in again.text


async def test_pay_uploaded_before_its_credit_day_is_to_be_credited(office, staff):
    await office.register()
    await office.import_month("2026-03", pay(credit_date="31/03/2026"))  # uploaded on 10 March
    me = staff()
    await me.set_pin("739164")
    await me.say("when will my salary be credited")
    got = await me.say("739164")
    assert "net pay ₹28,400.00, to be credited on 31 March 2026" in got.text, got.text
    assert "was credited" not in got.text and "This month's pay slip is out." in got.text
    bn = staff(lang="bn")
    said = await bn.say("beton kobe dhukbe")
    assert "৩১ মার্চ ২০২৬ তারিখে জমা হবে" in said.text and "এই মাসের বেতন বিবরণী বেরিয়ে গেছে" in said.text, said.text


async def test_last_months_pay_not_uploaded_yet_names_the_month_last_uploaded(office, staff):
    await office.register()
    await office.import_month("2026-01", pay(credit_date="2026-01-28"))  # 10 March: February's not uploaded
    me = staff()
    await me.set_pin("739164")
    await me.say("has my salary come")
    got = await me.say("739164")
    assert "January 2026" in got.text and "credited on 28 January 2026" in got.text, got.text
    assert "February 2026" in got.text and "not out yet" in got.text
    bn = await staff(lang="bn").say("মাইনে কবে পাব")
    assert "জানুয়ারি ২০২৬" in bn.text and "ফেব্রুয়ারি ২০২৬" in bn.text and "এখনও বেরোয়নি" in bn.text, bn.text


async def test_an_employee_without_a_pin_chooses_one_first_and_a_stranger_gets_only_the_refusal(office, staff):
    await office.register()
    await office.import_month("2026-02", pay(credit_date="2026-02-28"))
    me = staff()
    got = await me.send(me.envelope(reply_id="payroll:credit", text="beton kobe dhukbe"))
    assert "choose a PIN" in got.text and "28 February" not in got.text and "28,400" not in got.text, got.text
    assert "We will send your latest pay and the day it was credited as soon as your PIN is set" in got.text
    await me.say("739164")
    told = await me.say("739164")
    assert "Your PIN is set" in told.text and "net pay ₹28,400.00, credited on 28 February 2026" in told.text
    stranger = staff("919811111111")
    refused = await stranger.send(stranger.envelope(reply_id="payroll:credit", text="beton kobe dhukbe"))
    assert "registered panchayat employees only" in refused.text and "February" not in refused.text


async def test_no_pay_uploaded_at_all_is_said(office, staff):
    await office.register()
    me = staff()
    await me.set_pin("739164")
    got = await me.say("salary kobe pabo")
    assert "No pay slip of yours has been published yet" in got.text, got.text
