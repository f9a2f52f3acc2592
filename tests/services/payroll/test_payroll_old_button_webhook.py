"""Through the real webhook: a tap on a button of an earlier payroll message that no longer leads anywhere (a month's
row of an old list, "See deductions" without its month, a choice of an older version) was answered "That choice is
no longer available", which reads as if the service were gone. It is now said to belong to an earlier message, with
where the person is (payroll) and the way on below it: the payroll menu, or the PIN to choose first."""
from __future__ import annotations


import pytest
from phone_kit import Phone, choices, has, words

OLD = {"en": "That button belongs to an earlier message and no longer works.",
       "bn": "ওই বোতামটি আগের একটি বার্তার, এখন আর কাজ করে না।"}
HERE = {"en": "You are in *Payroll*", "bn": "আপনি এখন *বেতন বিবরণী*-তে আছেন"}
GONE = ("no longer available", "আর চালু নেই")


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_an_old_button_at_the_payroll_menu_is_said_to_be_an_earlier_messages(system, lang):
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima", taps="button")
    await anima.start(lang)
    await anima.tap("payroll:menu", until=lambda m: "payroll:slip" in choices(m))  # at the payroll menu
    for old in ("payroll:slip:someday", "payroll:deductions", "payroll:renamed"):
        got = await anima.tap(old, until=lambda m: OLD[lang] in words(m))
        said = words(got)
        assert HERE[lang] in said and not any(g in said for g in GONE), said
        assert "payroll:slip" in choices(got), choices(got)  # the menu, to go on from
        assert not has("document")(got) and "₹" not in said


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_an_old_button_tapped_before_any_pin_leads_to_choosing_one(system, lang):
    http, base = system
    newcomer = Phone(http, base, "919800000003", name="Sabina", taps="button")  # no PIN chosen yet
    await newcomer.start(lang)
    got = await newcomer.tap("payroll:deductions", until=lambda m: OLD[lang] in words(m))
    assert HERE[lang] in words(got) and ("PIN" if lang == "en" else "পিন") in words(got), words(got)
