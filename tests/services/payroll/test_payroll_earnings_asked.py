"""A part of one's pay asked for by its name ("DA koto?", "amar basic koto", "how much is my HRA", "মহার্ঘ ভাতা কত"):
"Sorry, I did not understand" in the payroll chat, unread words at the main menu. Deductions asked about were already
listed under the slip after the PIN; the earnings now are too: the latest slip (or the month named), its earnings one
on a line with the gross and the net, after the PIN, never before it. A rise asked about ("DA kobe barbe") is none."""
from __future__ import annotations

import pytest
from payroll_kit import pay
from phone_kit import at_the_menu, words

from services.payroll.phrases import asked_for

PIN = "739164"
ASKED = ("DA koto?", "amar basic koto", "how much is my HRA", "what is my basic pay", "মহার্ঘ ভাতা কত",
         "আমার মূল বেতন কত", "amar gross salary koto")


@pytest.mark.parametrize("typed", ASKED)
def test_a_part_of_the_pay_asked_is_read(typed):
    assert asked_for(typed) == "earnings", typed


@pytest.mark.parametrize("typed", ["DA kobe barbe", "DA increase hobe?", "beton koto", "pension koto", "PF koto kateche"])
def test_other_words_are_not_the_earnings_asked(typed):
    assert asked_for(typed) != "earnings", typed


@pytest.mark.parametrize("lang, typed, said", [
    ("en", "how much is my DA", ("Dearness allowance (DA): ₹4,200.00", "Gross pay ₹38,950.00", "net pay ₹28,400.00")),
    ("bn", "DA koto?", ("মহার্ঘ ভাতা: ₹৪,২০০.০০", "মোট বেতন ₹৩৮,৯৫০.০০")),
])
async def test_after_the_pin_the_slip_comes_with_its_earnings(office, staff, lang, typed, said):
    await office.register()
    await office.import_month("2026-02", pay(credit_date="2026-02-28"))
    me = staff(lang=lang)
    await me.set_pin(PIN)
    asked = await me.say(typed)
    assert not asked.pdfs and "4,200" not in asked.text and "৪,২০০" not in asked.text, asked.text  # nothing before
    got = await me.say(PIN)
    assert len(got.pdfs) == 1
    assert all(part in got.text for part in said), got.text


async def test_at_the_main_menu_it_waits_for_the_pin(system):
    sabina = await at_the_menu(system, "919800000003", name="Sabina Khatun")
    kept = await sabina.say("how much is my DA", until=lambda m: "PIN" in words(m))
    assert "₹" not in words(kept), words(kept)
