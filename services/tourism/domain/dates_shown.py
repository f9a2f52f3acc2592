"""Dates shown to a person: as documents write them, as the chat asks them typed, and short for a list row."""
from __future__ import annotations

from datetime import date

from services.tourism.domain.calendar import MONTHS_BN, MONTHS_EN, WEEKDAYS_BN
from shared.india import day, local_digits

show_date = day  # ``25 December 2026`` / ``২৫ ডিসেম্বর ২০২৬``, as the documents write a date


def show_typed_date(day: date, lang: str) -> str:
    """``31/03/2026`` / ``৩১/০৩/২০২৬``: a date as the chat asks a person to type it."""
    return local_digits(f"{day.day:02d}/{day.month:02d}/{day.year}", lang)


def show_day_month(day: date, lang: str) -> str:
    """``31 Mar`` / ``৩১ মার্চ``: a date typed without its year."""
    return local_digits(f"{day.day} {MONTHS_BN[day.month - 1] if lang == 'bn' else MONTHS_EN[day.month - 1][:3]}", lang)


def show_short_date(day: date, lang: str, *, year: bool = False) -> str:
    """``Fri 25 Dec`` for a list row (row titles are short); Bengali month names are short already. ``year``: with
    it, ``Wed 1 Dec 2027`` / ``১ ডিসেম্বর ২০২৭`` (no weekday, to stay short: ``৩০ সেপ্টেম্বর ২০২৭, বৃহস্পতি`` is not)."""
    if lang == "bn":
        said = f"{day.day} {MONTHS_BN[day.month - 1]}"
        return local_digits(f"{said} {day.year}" if year else f"{said}, {WEEKDAYS_BN[day.weekday()]}", lang)
    return f"{day.strftime('%a')} {day.day} {MONTHS_EN[day.month - 1][:3]}" + (f" {day.year}" if year else "")

