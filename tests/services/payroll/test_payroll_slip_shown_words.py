"""An employee past the PIN who typed "amar slip ta dekhao", "আমার স্লিপটা দেখাও" or "show me my slip" was told 'not
understood' with the payroll menu, though "slip ta dao" and "my slip" asked for the latest slip. Showing, sending and
giving the slip, in English, Bengali and Bengali in Latin letters, now ask for it as those do; a bank's or a fee's
slip shown is still none of payroll's."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from services.payroll.phrases import asked_for

SHOWN = ["amar slip ta dekhao", "slip ta dao", "slip dekhao", "amr slip ta dekhan", "আমার স্লিপটা দেখাও", "স্লিপটা দেখান",
         "স্লিপ দেখাও", "show me my slip", "show my slip", "send me my slip", "give me my slip please",
         "Please show me my salary slip"]
ASKED = {"en": "Type your PIN to get your pay slip for February 2026",
         "bn": "ফেব্রুয়ারি ২০২৬-এর বেতন বিবরণী পেতে আপনার পিন লিখুন"}


@pytest.mark.parametrize("words", SHOWN)
def test_the_slip_shown_is_the_slip_asked_for(words: str):
    assert asked_for(words) == "slip", words


@pytest.mark.parametrize("words", ["show me the bank slip", "fee slip dekhao", "জমির স্লিপ দেখাও"])
def test_another_slip_shown_is_not_payrolls(words: str):
    assert asked_for(words) is None, words


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_in_payroll_the_slip_shown_asks_the_pin_for_the_latest(office, staff, lang):
    await office.register()
    await office.import_month("2026-02", pay(credit_date="2026-02-27"))  # today is 10 March 2026
    me = staff(lang=lang)
    await me.set_pin("739164")
    for words in SHOWN:
        asked = await me.say(words)
        assert ASKED[lang] in asked.text, (words, asked.text)
        await me.say("back")
