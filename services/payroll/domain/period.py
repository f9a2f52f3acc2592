"""Pay months and financial years, and how they are named in each language.

A pay month is ``YYYY-MM``. India's financial year runs April to March and is written ``2025-26``; an
annual salary statement (for a loan or the income-tax return) covers exactly one of them. How people
type them is read in ``typed_period``.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from services.payroll.domain.money import local_digits
from shared.india import INDIA, MONTHS, day, today_in_india  # noqa: F401 - today_in_india re-exported

MONTH = re.compile(r"^((?:19|20|21)[0-9]{2})-(0[1-9]|1[0-2])$")  # ASCII digits, a year of pay slips
YEAR = re.compile(r"^(\d{4})-(\d{2})$")
CREDIT_MONTHS_LATE = 2  # how many months after its own a month's pay may still be credited
NAMES_EN, NAMES_BN = MONTHS["en"], MONTHS["bn"]


def is_month(text: str) -> bool:
    return bool(MONTH.match(text))


def month_name(month: str, lang: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    names = NAMES_BN if lang == "bn" else NAMES_EN
    return local_digits(f"{names[number - 1]} {year}", lang)


def both_month_names(month: str) -> str:
    return f"{month_name(month, 'bn')} / {month_name(month, 'en')}"


def month_of(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def moved(month: str, by: int) -> str:
    """``2026-01`` moved ``by`` months: -1 is ``2025-12``."""
    index = int(month[:4]) * 12 + int(month[5:7]) - 1 + by
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def credit_window(month: str) -> tuple[date, date]:
    """The days a month's pay may reach the bank: from the month's first day to the last day of the second
    month after it. Pay is never credited before its month begins; it is usually credited at the month's
    end or early in the next, and a late budget or an arrear can hold it back some weeks more."""
    after = moved(month, CREDIT_MONTHS_LATE + 1)  # the month after the window's last one
    return date(int(month[:4]), int(month[5:7]), 1), date(int(after[:4]), int(after[5:]), 1) - timedelta(days=1)


def financial_year(month: str) -> str:
    """``2026-03`` → ``2025-26``; ``2026-04`` → ``2026-27``."""
    year, number = int(month[:4]), int(month[5:7])
    start = year if number >= 4 else year - 1
    return f"{start}-{(start + 1) % 100:02d}"


def is_financial_year(text: str) -> bool:
    found = YEAR.match(text)
    return bool(found) and (int(found.group(1)) + 1) % 100 == int(found.group(2))


def months_of(year: str) -> list[str]:
    """The twelve pay months of a financial year, April first."""
    start = int(year[:4])
    return [f"{start}-{m:02d}" for m in range(4, 13)] + [f"{start + 1}-{m:02d}" for m in range(1, 4)]


def year_span(year: str, lang: str) -> str:
    """``April 2025 – March 2026``: the months a financial year covers."""
    start = int(year[:4])
    return local_digits(f"এপ্রিল {start} – মার্চ {start + 1}" if lang == "bn" else f"April {start} – March {start + 1}",
                        lang)


def year_name(year: str, lang: str) -> str:
    return f"{local_digits(year, lang)} ({year_span(year, lang)})"


show_date = day  # ``3 March 2026`` / ``৩ মার্চ ২০২৬``, as the documents write a date


def show_time(moment: datetime, lang: str) -> str:
    """``14:05, 3 March 2026`` in India's time: when a lock ends."""
    local = moment.astimezone(INDIA)
    return local_digits(f"{local:%H:%M}", lang) + ", " + show_date(local.date(), lang)
