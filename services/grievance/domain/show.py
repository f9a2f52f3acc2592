"""Dates and numbers as the reader reads them: the Indian calendar day, Bengali digits in Bengali texts."""
from __future__ import annotations

from datetime import date, datetime

from shared.india import INDIA, latin_digits, local_digits, today_in_india  # noqa: F401 - re-exported

MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
          "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
                 "নভেম্বর", "ডিসেম্বর")}


def show_date(day: date | datetime, lang: str) -> str:
    if isinstance(day, datetime):
        day = today_in_india(day)
    return local_digits(f"{day.day} {MONTHS['bn' if lang == 'bn' else 'en'][day.month - 1]} {day.year}", lang)
