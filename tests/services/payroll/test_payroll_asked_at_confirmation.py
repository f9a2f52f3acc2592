"""Asked for the slip or a part of the pay at the new PIN's confirmation ("amar pay slip dao", "DA koto?"), the first
PIN typed was dropped and the PIN asked to be chosen again from the start; the pay said to be wrong there ("amar
salary kom esheche") was answered and the first PIN dropped too, so the next PIN typed was no confirmation. Now the
first PIN stays: the slip is kept for when the PIN is set and the confirmation asked again; the pay said to be wrong
is answered (whom to tell, the deductions a tap away behind the PIN), the confirmation asked under it. Nothing of the
pay is said before the PIN."""
from __future__ import annotations

import pytest
from phone_kit import Phone, has, saying, words
from test_payroll_asked_choosing_pin import _choosing
from test_payroll_salary_asked_webhook import PIN, months

from services.payroll.domain import month_name

ONCE_MORE = {"en": "once more", "bn": "আর একবার"}  # the confirmation's question


async def _confirming(with_desk, lang: str = "en") -> Phone:
    """An employee, last month's pay uploaded, who chose a first PIN inside Payroll and is asked to confirm it."""
    me = await _choosing(with_desk, lang)
    await me.say(PIN, until=saying(ONCE_MORE[lang]))
    return me


@pytest.mark.parametrize(("lang", "asked"), [("en", "amar pay slip dao"), ("en", "DA koto?"), ("bn", "বেতন বিবরণী দিন")])
async def test_the_slip_asked_is_kept_and_the_first_pin_stays(with_desk, lang, asked):
    _, last, _ = months()
    me = await _confirming(with_desk, lang)
    said = words(await me.say(asked, until=has("text")))
    assert ONCE_MORE[lang] in said and month_name(last, lang) in said and "₹" not in said, said
    assert "choose a PIN" not in said and "পিন বেছে" not in said, said
    got = await me.say(PIN, until=has("document"))  # the confirmation, not a PIN chosen again
    assert "Net pay: ₹28,400" in await me.document_text(got)


@pytest.mark.parametrize(("lang", "said_wrong", "office"), [("en", "amar salary kom esheche", "tell the office"),
                                                             ("bn", "বেতন কম এসেছে কেন", "অফিস")])
async def test_the_pay_said_wrong_is_answered_and_the_first_pin_stays(with_desk, lang, said_wrong, office):
    me = await _confirming(with_desk, lang)
    got = await me.say(said_wrong, until=has("interactive"))
    said = words(got)
    assert office in said and ONCE_MORE[lang] in said and "₹" not in said, said
    assert any(c.startswith("payroll:deductions:") for c in str(got).split("'")), got
    done = await me.say(PIN, until=has("interactive"))  # the confirmation: the PIN set, the payroll menu
    assert ("Your PIN is set" if lang == "en" else "আপনার পিন ঠিক হয়েছে") in words(done), words(done)


async def test_the_deductions_tapped_there_are_kept_for_the_pin(with_desk):
    _, last, _ = months()
    me = await _confirming(with_desk)
    said = words(await me.tap(f"payroll:deductions:{last}", until=has("text")))
    assert "as soon as your PIN is set" in said and "once more" in said and "₹" not in said, said
    got = await me.say(PIN, until=has("document"))
    assert "Net pay: ₹28,400" in await me.document_text(got)
