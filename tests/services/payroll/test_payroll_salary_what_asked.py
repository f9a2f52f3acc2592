"""One's salary asked in the everyday words "what is my salary", "what's my pay", "tell me my salary", "beton koto
taka", "amar salary ta koto" or "আমার বেতনটা কত" was payroll's only as "how much is my salary" and "beton koto": at the
main menu the employee was told no service was understood and offered to send the question to Complaints, and in the
payroll chat was told 'not understood'. Each now asks the PIN for the latest slip, as "how much is my salary" does;
another's salary, a pension or a job card's wages stay nobody's here."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from phone_kit import Phone, has, words

from gateway.menu import phrase_pattern
from services import registry
from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import month_of, moved
from services.payroll.phrases import asked_for
from shared.india import plain

ASKED = ("what is my salary", "What is my salary?", "whats my salary", "what's my pay", "what’s my salary",
         "what was my salary", "tell me my salary", "show me my salary details", "beton koto taka", "betan koto",
         "amar salary ta koto", "salary koto taka", "আমার বেতনটা কত?", "মাইনেটা কত টাকা")


def claimed_by(said: str) -> list[str]:
    """The services whose menu phrases read ``said`` at the main menu."""
    return [name for name in registry.names() if (menu := registry.load(name, load_demo=False).menu)
            and any(phrase_pattern(p.pattern).search(plain(said)) for p in menu.phrases)]


@pytest.mark.parametrize("said", ASKED)
def test_ones_salary_asked_is_payrolls_slip_alone(said: str):
    assert asked_for(said) == "slip", said
    assert claimed_by(said) == ["payroll"], said


@pytest.mark.parametrize("said", ["what is the salary of the pradhan", "what is his salary", "what is my pension",
                                  "what is my job card wages", "what is my ration card number"])
def test_another_salary_or_other_money_is_not(said: str):
    assert asked_for(said) is None, said


async def test_at_the_main_menu_and_in_payroll_the_pin_is_asked_for_the_latest_slip(system):
    http, base = system
    last = moved(month_of(today_in_india(datetime.now(UTC))), -1)  # the demo's latest month
    subrata = Phone(http, base, "919733000102", name="Subrata")
    await subrata.say("hi", until=has("interactive"))
    await subrata.tap("shell:lang:en", until=has("interactive"))
    got = await subrata.say("what is my salary", until=lambda m: "PIN" in words(m) or "could not" in words(m))
    assert f"PIN to get your pay slip for {month_name(last, 'en')}" in words(got), words(got)
    assert "Complaints" not in words(got)
    await subrata.say("back", until=has("interactive"))  # the payroll menu
    got = await subrata.say("what's my pay", until=lambda m: "PIN" in words(m) or "understand" in words(m))
    assert f"PIN to get your pay slip for {month_name(last, 'en')}" in words(got), words(got)
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.say("hi", until=has("interactive"))
    await anima.tap("shell:lang:bn", until=has("interactive"))
    got = await anima.say("beton koto taka", until=lambda m: "পিন" in words(m) or "বুঝতে" in words(m))
    assert f"{month_name(last, 'bn')}-এর বেতন বিবরণী" in words(got) and "অভিযোগ" not in words(got), words(got)
