"""Through the real webhook, at the main menu: the demo employees asking when their salary comes ("amar beton er
taka kobe dhukbe", "বেতন কবে ঢুকবে", "when will my salary be credited") are asked their PIN, nothing about the pay
before it, then told last month's net pay and the day it was credited, and offered its slip; a number payroll does
not know gets the usual refusal."""
from __future__ import annotations

from datetime import UTC, date, datetime

from phone_kit import Phone, choices, has, words

from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import month_of, moved, show_date


def credited() -> tuple[str, date]:
    last = moved(month_of(today_in_india(datetime.now(UTC))), -1)  # the demo's latest month, paid on its 28th
    return last, date(int(last[:4]), int(last[5:]), 28)


async def test_the_credit_day_asked_at_the_main_menu_in_banglish_bengali_and_english(system):
    http, base = system
    last, day = credited()
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.say("hi", until=has("interactive"))
    await anima.tap("shell:lang:bn", until=has("interactive"))
    for asked in ("amar beton er taka kobe dhukbe", "বেতন কবে ঢুকবে"):
        pin = await anima.say(asked, until=lambda m: "পিন লিখুন" in words(m))
        assert show_date(day, "bn") not in words(pin) and "₹" not in words(pin), words(pin)
        got = await anima.say("4821", until=lambda m: show_date(day, "bn") in words(m))  # the demo's PIN
        assert month_name(last, "bn") in words(got) and f"payroll:slip:{last}" in choices(got), words(got)
        assert not has("document")(got) and "হাতে পাওয়া বেতন ₹" in words(got)
        await anima.say("মেনু", until=has("interactive"))  # the main menu: the PIN is asked again
    subrata = Phone(http, base, "919733000102", name="Subrata")
    await subrata.say("hi", until=has("interactive"))
    await subrata.tap("shell:lang:en", until=has("interactive"))
    pin = await subrata.say("when will my salary be credited", until=lambda m: "Type your PIN" in words(m))
    assert show_date(day, "en") not in words(pin) and "₹" not in words(pin)
    got = await subrata.say("5937", until=lambda m: show_date(day, "en") in words(m))
    assert f"credited on {show_date(day, 'en')}" in words(got) and "net pay ₹" in words(got)


async def test_a_number_payroll_does_not_know_gets_the_refusal(system):
    http, base = system
    stranger = Phone(http, base, "919876512345", name="Someone")
    await stranger.say("hi", until=has("interactive"))
    await stranger.tap("shell:lang:en", until=has("interactive"))
    got = await stranger.say("beton kobe dhukbe", until=lambda m: "registered panchayat employees" in words(m))
    assert "credited" not in words(got)
