"""Through the real webhook, on the demo's pay: "when will March salary be credited", "মার্চের বেতন কবে ঢুকবে" and "March
er beton kobe dhukbe" were told the latest month's credit day (November's, asked in December), not March's. The month
named is now the one told, with its slip behind the PIN; a month not uploaded yet is said to be so, with the latest
month's day after it. Never an amount."""
from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from phone_kit import Phone, choices, has, running_system, words

from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import NAMES_BN, NAMES_EN, month_of, moved, show_date
from services.payroll.domain.typed_period import parse_typed_month


@pytest.fixture
async def system(aiohttp_server, tmp_path: Path):
    async with running_system(aiohttp_server, tmp_path) as (http, base, _, _app):
        yield http, base


def today() -> date:
    return today_in_india(datetime.now(UTC))


def day_of(month: str) -> date:
    return date(int(month[:4]), int(month[5:]), 28)  # the demo pays on the 28th


async def test_the_credit_day_of_the_month_named(system):
    http, base = system
    named = moved(month_of(today()), -2)  # paid whatever today is: the latest month is last month's
    en, bn = NAMES_EN[int(named[5:]) - 1], NAMES_BN[int(named[5:]) - 1]
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start("bn")
    for asked in (f"{bn} মাসের বেতন কবে ঢুকবে", f"{en} er beton kobe dhukbe"):
        got = await anima.say(asked, until=has("interactive"))
        assert show_date(day_of(named), "bn") in words(got), words(got)
        assert month_name(named, "bn") in words(got) and f"payroll:slip:{named}" in choices(got)
        assert not has("document")(got) and "₹" not in words(got)
    subrata = Phone(http, base, "919733000102", name="Subrata")
    await subrata.start("en")
    got = await subrata.say(f"when will {en} salary be credited", until=has("interactive"))
    assert f"Your pay for {month_name(named, 'en')} was credited on {show_date(day_of(named), 'en')}" in words(got)
    assert f"payroll:slip:{named}" in choices(got) and "₹" not in words(got)


async def test_march_named_in_bengali_is_read(system):
    """"মার্চের বেতন কবে ঢুকবে": the month's name with its ending is read as March."""
    http, base = system
    march = parse_typed_month("March", today())
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start("bn")
    got = await anima.say("মার্চের বেতন কবে ঢুকবে", until=has("interactive"))
    assert month_name(march, "bn") in words(got), words(got)  # its day, or (in a March) that it is not out yet
    if march < month_of(today()):
        assert show_date(day_of(march), "bn") in words(got)
    assert "₹" not in words(got)


async def test_a_month_not_out_yet_is_said_so_with_the_latest_after_it(system):
    http, base = system
    this, last = month_of(today()), moved(month_of(today()), -1)
    subrata = Phone(http, base, "919733000102", name="Subrata")
    await subrata.start("en")
    got = await subrata.say(f"when will {NAMES_EN[int(this[5:]) - 1]} salary be credited", until=has("interactive"))
    said = words(got)
    assert f"Your pay slip for {month_name(this, 'en')} is not out yet" in said, said
    assert f"Your pay for {month_name(last, 'en')} was credited on {show_date(day_of(last), 'en')}" in said
    assert f"payroll:slip:{last}" in choices(got) and "₹" not in said
