"""Form 16 asked for at the PIN's question ("form 16", "TDS certificate", "ফর্ম ১৬ চাই") was "Your PIN is needed to
show it", as if a PIN would show one: Form 16 is the employer's TDS certificate, which this chat never sends. It is
told whose it is (the office's drawing and disbursing officer) and that the annual salary statement is had here,
then the PIN's question again for what was waiting; no try counted, and the PIN typed next still sends it."""
from __future__ import annotations

import pytest
from payroll_kit import pay

from services.payroll.phrases import names_form_16

TOLD = {"en": "Form 16, the TDS certificate, is issued by your office's drawing and disbursing officer (DDO)",
        "bn": "ফর্ম ১৬"}


async def _asked(office, staff, tap: str, lang: str = "en", wa_id: str = "919700000001"):
    await office.register()
    await office.import_month("2026-02", pay())
    me = staff(wa_id, lang=lang)
    await me.set_pin("739164")
    await me.tap(tap)
    return me


@pytest.mark.parametrize(("lang", "typed"), [("en", "form 16"), ("en", "I need my TDS certificate"),
                                             ("bn", "ফর্ম ১৬ চাই")])
async def test_form_16_at_the_slips_pin_is_told_whose_it_is_then_the_pin_again(office, staff, lang, typed):
    me = await _asked(office, staff, "payroll:slip", lang)
    got = await me.say(typed)
    assert TOLD[lang] in got.text and "payroll:forgot" in got.choices, got.text
    assert "PIN is needed to show" not in got.text and "not words" not in got.text
    assert not got.pdfs and (await office.repos.access.get("GP-TEST-0001")).failed == 0
    assert len((await me.say("739164")).pdfs) == 1  # the slip that was waiting


async def test_at_the_statements_pin_too(office, staff):
    me = await _asked(office, staff, "payroll:years")
    years = await me.say("1")  # the first year listed
    assert "PIN" in years.text, years.text
    got = await me.say("form 16 dorkar")
    assert TOLD["en"] in got.text and not got.pdfs, got.text


@pytest.mark.parametrize("typed", ["my salary slip please", "amar beton dao", "form 1", "16"])
def test_other_words_name_no_form_16(typed):
    assert not names_form_16(typed)
