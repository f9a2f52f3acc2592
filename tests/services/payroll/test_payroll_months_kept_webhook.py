"""Through the real webhook, at the list of months ("Which month's pay slip do you want?"): a voice note, a photo or
a location got "Please answer by typing or tapping a choice." and the payroll menu, and "ok", "ঠিক আছে" or "accha"
got "All right 👍" and the payroll menu: the slip being chosen was let go. The same list (its page, the months of a
year typed alone) is now asked again after those words, as the list of years is (``test_payroll_years_kept_webhook``).
"""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from phone_kit import Phone, choices, has, words
from test_payroll_years_kept_webhook import PHOTO, VOICE

from services.payroll.domain import today_in_india
from services.payroll.domain.period import month_of, moved

EN, BN = "Which month's pay slip do you want?", "কোন মাসের বেতন বিবরণী চান?"


def at_months(messages) -> bool:
    return any(c.startswith("payroll:slip:") for c in choices(messages))


@pytest.mark.parametrize(("lang", "sent", "said", "asked"), [
    ("en", {"file": {"data_b64": VOICE, "mime_type": "audio/ogg"}}, "Please answer by typing", EN),
    ("bn", {"file": {"data_b64": PHOTO, "mime_type": "image/jpeg"}}, "দয়া করে লিখে বা বোতাম চেপে উত্তর দিন।", BN),
    ("en", {"location": {"latitude": 23.3, "longitude": 86.3}}, "Please answer by typing", EN),
    ("en", {"text": "ok"}, "All right 👍", EN),
    ("bn", {"text": "ঠিক আছে"}, "ঠিক আছে 👍", BN),
    ("en", {"text": "accha"}, "All right 👍", EN),
])
async def test_the_months_are_asked_again(system, lang, sent, said, asked):  # noqa: F811
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start(lang)
    await anima.tap("payroll:menu", until=has("interactive"))
    shown = await anima.tap("payroll:months", until=at_months)
    got = await anima.send(sent, until=has("interactive"))
    assert said in words(got) and asked in words(got), words(got)
    assert [c for c in choices(got) if c.startswith("payroll:")] == [
        c for c in choices(shown) if c.startswith("payroll:")], choices(got)


async def test_the_page_and_the_year_are_kept(system):  # noqa: F811
    """The second page of months, and the months of a year typed alone, are the ones shown again."""
    http, base = system
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start("en")
    await anima.tap("payroll:menu", until=has("interactive"))
    await anima.tap("payroll:months", until=at_months)
    second = await anima.tap("payroll:months:1", until=at_months)
    got = await anima.send({"text": "accha"}, until=has("interactive"))
    assert [c for c in choices(got) if c.startswith("payroll:")] == [
        c for c in choices(second) if c.startswith("payroll:")], choices(got)
    year = moved(month_of(today_in_india(datetime.now(UTC))), -6)[:4]  # a year with months of the demo's slips
    of_year = await anima.send({"text": year}, until=at_months)
    assert f"Which month of {year}" in words(of_year), words(of_year)
    got = await anima.send({"location": {"latitude": 23.3, "longitude": 86.3}}, until=has("interactive"))
    assert f"Which month of {year}" in words(got), words(got)
    assert [c for c in choices(got) if c.startswith("payroll:")] == [
        c for c in choices(of_year) if c.startswith("payroll:")], choices(got)
