"""Asked for something while choosing one's first PIN, inside Payroll ("salary kobe dhukbe", "when will I get my
salary", "amar pay slip dao", "DA koto?", "বেতন কবে ঢুকবে?"): the words were taken as a PIN tried, "A PIN is a number
of 4 to 6 digits, digits only", and what was asked was dropped, though the same words at the main menu were kept for
when the PIN is set. They are read as there: one's pay or the slip kept ("We will send ... as soon as your PIN is
set"), the PIN's question again, handed out once the PIN is set; at the PIN's confirmation the first PIN stays, only
its confirmation asked. Nothing of the pay is said before the PIN; digits are still a PIN chosen."""
from __future__ import annotations

import pytest
from phone_kit import Phone, choices, has, saying, words
from test_payroll_salary_asked_webhook import PIN, _registered, months

from services.payroll.domain import month_name
from services.payroll.domain.period import show_date

DIGITS_ONLY = ("A PIN is a number of 4 to 6 digits", "পিন হল ৪ থেকে ৬ অঙ্কের")


async def _choosing(with_desk, lang: str = "en") -> Phone:
    """An employee, last month's pay uploaded, at the question choosing a first PIN inside Payroll."""
    http, base, office = with_desk
    me = Phone(http, base, "919700000001", name="Anima")
    await me.start(lang)
    await _registered(http, base, office)
    await me.tap("payroll:menu", until=has("text"))
    return me


@pytest.mark.parametrize(("lang", "asked"), [("en", "salary kobe dhukbe"), ("en", "when will I get my salary"),
                                             ("bn", "বেতন কবে ঢুকবে?")])
async def test_ones_pay_asked_is_kept_for_the_pin_and_told_after_it(with_desk, lang, asked):
    _, last, day = months()
    me = await _choosing(with_desk, lang)
    kept = await me.say(asked, until=has("text"))
    said = words(kept)
    assert not any(w in said for w in DIGITS_ONLY), said
    assert ("as soon as your PIN is set" if lang == "en" else "পিন ঠিক হলেই") in said, said
    assert "₹" not in said and show_date(day, lang) not in said, said
    await me.say(PIN, until=has("text"))
    got = await me.say(PIN, until=saying("₹"))
    assert show_date(day, lang) in words(got) and f"payroll:slip:{last}" in choices(got), words(got)


@pytest.mark.parametrize("asked", ["amar pay slip dao", "DA koto?"])
async def test_the_slip_asked_is_kept_and_sent_once_the_pin_is_set(with_desk, asked):
    _, last, _ = months()
    me = await _choosing(with_desk)
    kept = await me.say(asked, until=has("text"))
    said = words(kept)
    assert f"We will send your pay slip for {month_name(last, 'en')} as soon as your PIN is set" in said, said
    await me.say(PIN, until=has("text"))
    got = await me.say(PIN, until=has("document"))
    assert "Net pay: ₹28,400" in await me.document_text(got)


async def test_at_the_confirmation_the_first_pin_stays(with_desk):
    _, _, day = months()
    me = await _choosing(with_desk)
    await me.say(PIN, until=saying("once more"))
    kept = await me.say("salary kobe dhukbe", until=has("text"))
    assert "as soon as your PIN is set" in words(kept) and "once more" in words(kept), words(kept)
    got = await me.say(PIN, until=saying("₹"))  # the confirmation, not a PIN chosen again
    assert "Your PIN is set" in words(got) and show_date(day, "en") in words(got), words(got)


async def test_digits_are_still_the_pin_chosen(with_desk):
    me = await _choosing(with_desk)
    got = await me.say(PIN, until=has("text"))
    assert "once more" in words(got), words(got)
