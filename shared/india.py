"""West Bengal's clock and numerals: India Standard Time, the calendar day there, and Bengali digits.

Every date a person sees or a rule counts (a booking's nights, a NOC's expiry, a complaint's deadline, a pay
month) is a day in India, whatever time zone the servers keep. IST has no daylight saving, so a fixed
offset is exact.
"""
from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta, timezone

INDIA = timezone(timedelta(hours=5, minutes=30), "IST")


def today_in_india(now: datetime) -> date:
    """The calendar day in West Bengal at the moment ``now`` (an aware datetime)."""
    return now.astimezone(INDIA).date()


BENGALI_DIGITS = "০১২৩৪৫৬৭৮৯"
_TO_BENGALI = str.maketrans("0123456789", BENGALI_DIGITS)
_TO_LATIN = str.maketrans(BENGALI_DIGITS, "0123456789")


def local_digits(text: str, lang: str) -> str:
    """Numbers in the reader's script: Bengali digits in Bengali texts, Latin ones in English."""
    return text.translate(_TO_BENGALI) if lang == "bn" else text


def latin_digits(text: str) -> str:
    """What a person typed, with Bengali digits (and those of any other script: a Hindi keyboard's) read as
    the same numbers."""
    text = text.translate(_TO_LATIN)
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(c)) if not c.isascii() and unicodedata.decimal(c, None) is not None
                   else c for c in text)
