"""Form 16 asked for ("I need form 16", "ফর্ম ১৬ চাই", "form 16 dorkar", "TDS certificate"): it was taken as the
annual salary statement without a word, as if that statement were Form 16. Form 16 is the employer's TDS certificate,
which the office's drawing and disbursing officer issues; this service has the annual salary statement (the year's
pay and deductions). That is said first, then the statement is offered as before: the years to choose from, or, on
first use, the PIN to choose."""
from __future__ import annotations

import pytest
from payroll_kit import pay
from phone_kit import at_the_menu, words

PIN = "739164"
SAID = {"en": "Form 16, the TDS certificate, is issued by your office's drawing and disbursing officer",
        "bn": "ফর্ম ১৬ (টিডিএস সার্টিফিকেট) দেয় আপনার অফিসের ড্রয়িং অ্যান্ড ডিসবার্সিং অফিসার"}


@pytest.mark.parametrize("lang, typed", [
    ("en", "I need form 16"), ("en", "form-16 please"), ("en", "TDS certificate"), ("bn", "ফর্ম ১৬ চাই"),
    ("bn", "form 16 dorkar"),
    # an income tax certificate is Form 16 too (the statement offered without a word before):
    # test_payroll_tax_certificate.py
    ("en", "income tax certificate chai"), ("bn", "আয়করের সার্টিফিকেট লাগবে"), ("en", "Income-tax certificate please"),
])
async def test_form_16_is_told_apart_and_the_statement_offered(office, staff, lang, typed):
    await office.register()
    await office.import_month("2025-06", pay(credit_date="2025-06-28"))
    me = staff(lang=lang)
    await me.set_pin(PIN)
    got = await me.say(typed)
    assert SAID[lang] in got.text, got.text
    assert "payroll:statement:2025-26" in got.last.choices, got.last.choices  # the years to choose from


async def test_the_annual_statement_asked_says_nothing_of_form_16(office, staff):
    await office.register()
    await office.import_month("2025-06", pay(credit_date="2025-06-28"))
    me = staff()
    await me.set_pin(PIN)
    got = await me.say("annual statement")
    assert "Form 16" not in got.text and "payroll:statement:2025-26" in got.last.choices, got.text


async def test_at_the_main_menu_before_a_pin_it_is_said_above_the_pins_question(system):
    sabina = await at_the_menu(system, "919800000003", name="Sabina Khatun")
    got = await sabina.say("I need form 16", until=lambda m: "PIN" in words(m))
    assert SAID["en"] in words(got) and "choose a PIN" in words(got), words(got)
