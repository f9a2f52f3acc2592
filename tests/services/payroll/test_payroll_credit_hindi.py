"""The salary asked after in Hindi ("salary kab aayegi", "वेतन कब आएगा", "tankhwah nahi mili", "meri salary kab
milegi") reached no service: it is payroll's, as in Bengali and English (the PIN first, then the latest pay and the day
it was credited). Another service's "kab" ("room kab milega", "complaint kab theek hoga") is not the salary; the pay
said to have come less ("salary kam aayi", "वेतन कम आया") is the pay doubted, as "salary kom eseche" is."""
from __future__ import annotations

import pytest
from payroll_kit import pay
from test_payroll_credit_asked import test_the_salary_asked_after_is_payrolls_alone as payrolls_alone

from services.payroll.phrases import asked_for

ASKED = ("salary kab aayegi", "वेतन कब आएगा", "वेतन कब आएगी", "tankhwah nahi mili", "meri salary kab milegi",
         "वेतन नहीं मिला")


@pytest.mark.parametrize("words", ASKED)
def test_the_salary_asked_after_in_hindi_is_payrolls_alone(words):
    payrolls_alone(words)


@pytest.mark.parametrize("words", ["room kab milega", "complaint kab theek hoga", "वेतन आईडी", "pension kab milegi"])
def test_other_things_asked_when_are_not(words):
    assert asked_for(words) != "credit", words


async def pin_then_pay(office, staff, words: str) -> None:
    """``words`` typed in the payroll chat ask the PIN, then tell the latest pay and the day it was credited."""
    await office.register()
    await office.import_month("2026-02", pay(credit_date="2026-02-28"))
    me = staff()
    await me.set_pin("739164")
    asked = await me.say(words)
    assert "Type your PIN to get your latest pay and the day it was credited" in asked.text, asked.text
    got = await me.say("739164")
    assert "credited on 28 February 2026" in got.text, got.text


async def test_in_the_payroll_chat_the_pin_then_the_pay(office, staff):
    await pin_then_pay(office, staff, "salary kab aayegi")


@pytest.mark.parametrize("words", ["salary kam aayi", "is mahine salary kam aayi hai", "वेतन कम आया"])
def test_the_pay_said_less_in_hindi_is_doubted_not_asked_after(words):
    assert asked_for(words) == "doubt", words
