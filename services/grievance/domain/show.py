"""Dates and numbers as the reader reads them: the Indian calendar day, Bengali digits in Bengali texts."""
from __future__ import annotations

from datetime import date, datetime

from shared import india
from shared.india import INDIA, latin_digits, local_digits, today_in_india  # noqa: F401 - re-exported

# English months short (a complaint's line in a list), Bengali ones are short already
MONTHS = {"en": tuple(name[:3] for name in india.MONTHS["en"]), "bn": india.MONTHS["bn"]}


def show_date(day: date | datetime, lang: str) -> str:
    if isinstance(day, datetime):
        day = today_in_india(day)
    return local_digits(f"{day.day} {MONTHS['bn' if lang == 'bn' else 'en'][day.month - 1]} {day.year}", lang)
