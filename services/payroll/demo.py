"""Demo payroll for ``panchayat run``: five employees (one of whom has left) with the fourteen months
before the first start, so a newcomer can ask for the latest slip, an older month and two financial
years' statements. Their numbers and PINs are in ``demo.json`` and the README.

Months go through the same import as the back office (all checks, one batch a month) without messaging
anyone; the pay follows West Bengal's pattern — DA and HRA as a share of basic, a 3% increment every
July. Demo PINs are set here so they can be tried at once, but for the employee the chat page offers as its
own persona (Sabina Khatun), who chooses hers on first use as a newly registered employee does. Loaded once
per store; a copy stopped halfway leaves the rest to the next start (months already there are skipped), and
copies starting together on a new store each import what the other has not.
"""
from __future__ import annotations

import asyncio
import json
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from services.payroll import publishing
from services.payroll.domain import Employee, pin_hash, today_in_india
from services.payroll.domain.access import new_salt
from services.payroll.domain.period import moved
from services.payroll.repository import Repositories
from shared.logging import get_logger
from shared.runtime import Invalid, ServiceContext
from shared.store import DuplicateKey

log = get_logger(__name__)

DATA = Path(__file__).with_name("demo.json")
MONTHS = 14
BY = "demo"
ATTEMPTS = 5


def entries(path: Path = DATA) -> list[dict[str, Any]]:
    return list(json.loads(path.read_text(encoding="utf-8"))["employees"])


def last_months(year: int, month: int, count: int = MONTHS) -> list[str]:
    """The ``count`` months before ``year-month``, oldest first."""
    return [moved(f"{year:04d}-{month:02d}", -back) for back in range(count, 0, -1)]


def pay_row(employee_id: str, pay: dict[str, int], month: str, months: list[str]) -> dict[str, Any]:
    """One month's pay in rupees, as an office's sheet would hold it; ``months``: the whole demo span."""
    julys = sum(1 for m in months if months[0] < m <= month and m.endswith("-07"))
    basic = round(pay["basic"] * 1.03 ** julys / 100) * 100
    return {"employee_id": employee_id, "basic": basic, "da": basic * pay["da_percent"] // 100,
            "hra": min(basic * pay["hra_percent"] // 100, pay["hra_most"]), "medical": pay["medical"],
            "gpf": pay["gpf"], "ptax": pay["ptax"], "tds": pay["tds"], "credit_date": f"{month}-28"}


def issue_day(month: str, today: date) -> date:
    """When an office would have issued ``month``'s slips: the first working day (Monday to Friday) of the next
    month, and never after ``today``. Dated the day the demo loaded, an October slip read 'issued' a year on."""
    year, number = (int(part) for part in month.split("-"))
    day = date(year + number // 12, number % 12 + 1, 1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return min(day, today)


@cache
def demo_pin(pin: str) -> tuple[str, str]:
    """A salt and the PIN's hash, made once per process: the demo's PINs are printed in the README, so a salt of
    their own at every load protects nothing, and each hash costs tens of milliseconds on purpose (a process that
    builds the system many times, as the tests do, paid them at every build)."""
    salt = new_salt()
    return salt, pin_hash(pin, salt)


async def load_once(service: ServiceContext) -> bool:
    repos = Repositories.of(service.store)
    if await repos.demo_loaded():
        return False
    people = entries()
    for entry in people:
        employee = Employee.model_validate(entry["employee"])
        try:
            await repos.employees.add(employee)
        except DuplicateKey:
            continue  # there already: the office's record stays as it is
        if "pin" not in entry:
            continue  # chooses one on first use, as a newly registered employee does
        salt, hashed = await asyncio.to_thread(demo_pin, entry["pin"])
        await repos.access.save((await repos.access.get(employee.id)).with_pin(salt, hashed))
    today = today_in_india(service.now())
    months = last_months(today.year, today.month)
    for month in months:
        await _import(service, repos, people, month, months, issue_day(month, today))
    for entry in people:
        if entry.get("left"):
            await repos.employees.change(entry["employee"]["id"], lambda e: e.model_copy(update={"status": "left"}))
    await repos.mark_demo_loaded()
    log.info("payroll.demo_loaded", employees=len(people), months=len(months))
    return True


async def _import(service: ServiceContext, repos: Repositories, people: list[dict[str, Any]], month: str,
                  months: list[str], issued_on: date) -> None:
    """The month's pay of those who have none yet. A copy loading the demo at the same moment may take some
    of them between the look and the import, which is then refused: look again, and import what is left."""
    for _ in range(ATTEMPTS):
        taken = await repos.slips.months_taken(month)
        rows = [pay_row(e["employee"]["id"], e["pay"], month, months) for e in people
                if e["employee"]["id"] not in taken]
        if not rows:
            return
        try:
            await publishing.import_batch(service, month, rows, 1, by=BY, tell=False, issued_on=issued_on)
            return
        except Invalid:
            continue
    raise Invalid(f"the demo's pay for {month} could not be imported in {ATTEMPTS} attempts")
