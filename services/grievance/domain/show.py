"""Dates and numbers as the reader reads them: the Indian calendar day, Bengali digits in Bengali texts."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

INDIA = timezone(timedelta(hours=5, minutes=30), "IST")
_TO_BENGALI = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
_TO_LATIN = str.maketrans("০১২৩৪৫৬৭৮৯", "0123456789")
MONTHS = {"en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
          "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
                 "নভেম্বর", "ডিসেম্বর")}


def local_digits(text: str, lang: str) -> str:
    return text.translate(_TO_BENGALI) if lang == "bn" else text


def latin_digits(text: str) -> str:
    return text.translate(_TO_LATIN)


def today_in_india(now: datetime) -> date:
    return now.astimezone(INDIA).date()


def show_date(day: date | datetime, lang: str) -> str:
    if isinstance(day, datetime):
        day = today_in_india(day)
    return local_digits(f"{day.day} {MONTHS['bn' if lang == 'bn' else 'en'][day.month - 1]} {day.year}", lang)
