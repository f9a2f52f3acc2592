"""Dates, amounts and numbers as a reader of either language expects them, for chat texts and letters."""
from __future__ import annotations

from datetime import date

from shared.india import local_digits as digits
from shared.india import rupees as _rupees

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "bn": ("জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর",
           "নভেম্বর", "ডিসেম্বর"),
}


def day(value: date, lang: str) -> str:
    """``5 March 2026`` / ``৫ মার্চ ২০২৬``."""
    months = MONTHS["bn" if lang == "bn" else "en"]
    return digits(f"{value.day} {months[value.month - 1]} {value.year}", lang)


def both_days(value: date) -> str:
    """A date on a bilingual letter: ``৫ মার্চ ২০২৬ / 5 March 2026``."""
    return f"{day(value, 'bn')} / {day(value, 'en')}"


def area(square_metres: float) -> str:
    """``118.5``, ``99999.75``: the figure as entered, without a trailing ``.0``; ``:g`` kept six digits, so
    99999.75 m² was stated as 99999.8 m²."""
    return f"{square_metres:f}".rstrip("0").rstrip(".")


def rupees(amount: int, lang: str = "en") -> str:
    """Whole rupees in the Indian grouping: ``₹1,25,000``."""
    return _rupees(amount * 100, lang)
