"""Salary as it is often typed on a phone ("salry slip", "amr salery slip dao", "my sallary slip for august") was
not payroll's at the main menu: the employee was told no service was understood and offered to send the words to
Complaints as a new complaint, as was "amar slip dao" (my slip, give it) in Latin letters. The misspelt word is now
read as salary, for the slip and for when it is credited, and one's slip asked for in Banglish is the pay slip, while
other words like them stay nobody's."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from phone_kit import Phone, has, words

from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import month_of, moved
from services.payroll.phrases import asked_for


@pytest.mark.parametrize(("typed", "action"), [
    ("salry slip", "slip"), ("amr salery slip dao", "slip"), ("my sallary slip", "slip"), ("selary slip", "slip"),
    ("salari slip chai", "slip"), ("salry kobe dhukbe", "credit"), ("when will my salery be credited", "credit"),
    ("sallary", "menu"), ("amar slip dao", "slip"), ("amr slip ta dao", "slip"), ("slip ta pathao", "slip"),
    ("amar slip", "slip"), ("amar slip chai", "slip")])
def test_salary_misspelt_is_payrolls(typed: str, action: str):
    assert asked_for(typed) == action, typed


@pytest.mark.parametrize("typed", ["celery", "solar light nei", "salt slip", "gallery", "amar bank slip dao",
                                   "deposit slip dao"])
def test_words_like_it_are_not(typed: str):
    assert asked_for(typed) is None, typed


async def test_a_misspelt_salary_slip_at_the_main_menu_asks_the_pin_in_banglish_bengali_and_english(system):
    http, base = system
    last = moved(month_of(today_in_india(datetime.now(UTC))), -1)  # the demo's latest month
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.say("hi", until=has("interactive"))
    await anima.tap("shell:lang:bn", until=has("interactive"))
    got = await anima.say("amr salery slip dao", until=lambda m: "পিন" in words(m) or "বুঝতে" in words(m))
    assert f"{month_name(last, 'bn')}-এর বেতন বিবরণী" in words(got) and "অভিযোগ" not in words(got), words(got)
    await anima.say("মেনু", until=has("interactive"))
    got = await anima.say("amar slip dao", until=lambda m: "পিন" in words(m) or "বুঝতে" in words(m))
    assert f"{month_name(last, 'bn')}-এর বেতন বিবরণী" in words(got) and "অভিযোগ" not in words(got), words(got)
    subrata = Phone(http, base, "919733000102", name="Subrata")
    await subrata.say("hi", until=has("interactive"))
    await subrata.tap("shell:lang:en", until=has("interactive"))
    got = await subrata.say("my salry slip", until=lambda m: "PIN" in words(m) or "could not" in words(m))
    assert f"PIN to get your pay slip for {month_name(last, 'en')}" in words(got), words(got)
    assert "Complaints" not in words(got)
