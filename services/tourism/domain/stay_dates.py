"""A stay's dates typed: a check-out for a check-in chosen ("8 Dec", "till 8th", "৮ তারিখ পর্যন্ত"), and a check-in
and check-out typed together ("5 to 8 December", "৫ থেকে ৮ ডিসেম্বর", "25 Dec for 2 nights"), each date read as
``calendar`` reads one typed alone.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from services.tourism.domain.calendar import DAY_ALONE, day_of_month, parse_date, safe_date
from shared.india import count_said, latin_digits, typed_number

# Between a stay's check-in and check-out, and around them: "5 to 8 Dec", "৫ থেকে ৮ ডিসেম্বর", "5-8 Dec",
# "from 5 Dec till 8 Dec", "৫ ডিসেম্বর হতে ৮ ডিসেম্বর পর্যন্ত", and Hindi's "25 dec se 27 dec tak", "25 से 27 तक"
STAY_SPLIT = re.compile(r"\s*[-~]\s*|\s+(?:to|till|until|upto|থেকে|হতে|theke|hote|se|से)\s+")
STAY_ENDS = re.compile(r"^(?:from|frm)\s+|\s+(?:পর্যন্ত|porjonto|porjanto|tak|तक)$")
# Around a check-out typed alone: "till 8th", "until 8 Dec", "up to 8th", "৮ তারিখ পর্যন্ত", "৮ ডিসেম্বর অবধি", "8 tak"
_CHECK_OUT_ENDS = re.compile(r"^(?:till|until|untill|upto|up\s+to|to)\s+"
                             r"|\s+(?:পর্যন্ত|অবধি|porjonto|porjanto|tak|तक)$")
# A check-in and its nights: "25 Dec for 2 nights", "২৫ ডিসেম্বর, দুই রাত", "kal theke 2 rat", "kal se 2 raat"
_FOR_NIGHTS = re.compile(r"(.+?)\s*(?:,|\s(?:for|theke|থেকে|se|से))?\s+(\S+)\s*(?:nights?|raat|rat|রাত|रात)")
ACROSS_MONTHS = 7  # the most nights of a stay typed "28 to 2 Dec" read across the turn of a month


def cleaned(text: str) -> str:
    """What was typed, as a stay is read: its digits Latin and its dashes plain (``typed_number``), in lower case,
    without the full stop a sentence ends with, its spaces single."""
    return " ".join(typed_number(unicodedata.normalize("NFC", text)).lower().rstrip(".!?।॥ ").split())


def parse_check_out(text: str, today: date, check_in: date, max_nights: int) -> date | None:
    """A check-out typed for ``check_in``: a date without a year is the next such day from the check-in ("2 Jan"
    after a check-in of 30 December). One that would be too far for a stay and falls between today and the
    check-in ("19 Dec" for a check-in of 20 December) is a check-out typed before the check-in, to be told so,
    not the same day a year later, refused as a stay of too many nights. The words a check-out is said with
    ("till 8th", "৮ তারিখ পর্যন্ত") are no part of it; after them a day alone ("till 8") is a day of the month."""
    said = unicodedata.normalize("NFC", text).strip().lower().rstrip(".!?।॥ ")
    text = _CHECK_OUT_ENDS.sub("", said)
    check_out = parse_date(text, today, on_or_after=check_in)
    if check_out is None and text != said:  # "till 8", "৮ পর্যন্ত": a day of the month, not eight nights
        check_out = day_after(text, check_in)
    if check_out is None or (check_out - check_in).days <= max_nights:
        return check_out
    earlier = parse_date(text, today)
    if earlier is not None and earlier <= check_in and (check_out - earlier).days >= 365:
        return earlier
    return check_out


def parse_stay(text: str, today: date, max_nights: int) -> tuple[date, date] | None:
    """A check-in and a check-out typed together ("5 to 8 December", "৫ থেকে ৮ ডিসেম্বর", "5-8 Dec", "from 5 Dec to
    8 Dec", "৫ ডিসেম্বর থেকে ৮ ডিসেম্বর পর্যন্ত") or a check-in and its nights ("25 Dec for 2 nights"), read
    as each is when typed alone (``parse_date``, ``parse_check_out``); None for anything else (one date is
    ``parse_date``'s). A day alone first is of the check-out's month, or of the month before when it falls after
    the check-out ("28 to 2 Dec": ``_day_before``)."""
    said_all = STAY_ENDS.sub("", cleaned(text))
    if (said := _FOR_NIGHTS.fullmatch(said_all)) and (check_in := parse_date(said.group(1), today)):
        nights = count_said(said.group(2))
        if not nights or nights < 1:
            return None
        return check_in, check_in + timedelta(days=min(nights, max_nights + 1))  # too many: refused as such
    for between in STAY_SPLIT.finditer(said_all):
        first, second = said_all[:between.start()], said_all[between.end():]
        if day_alone := DAY_ALONE.fullmatch(first):
            check_out = parse_date(second, today)
            check_in = check_out and _day_before(int(day_alone.group(1)), check_out)
        else:
            check_in = parse_date(first, today)
            check_out = check_in and parse_check_out(second, today, check_in, max_nights)
            if check_in and check_out is None and between.group().strip() not in "-~":  # "5 Dec to 8"; not "05-12-26"
                check_out = day_after(second, check_in)
        if check_in and check_out:
            return check_in, check_out
    return None


def day_after(text: str, check_in: date) -> date | None:
    """A check-out said as a day of the month alone ("8" after "till" or "to"): the next such day after the
    check-in."""
    day_alone = DAY_ALONE.fullmatch(latin_digits(text))
    return day_of_month(int(day_alone.group(1)), check_in + timedelta(days=1)) if day_alone else None


def _day_before(day: int, check_out: date) -> date | None:
    """A day typed alone before a check-out's date: in its month, or in the month before when it falls after the
    check-out and the stay across the turn of the month is short ("28 to 2 Dec"); a long one ("8 to 5 Dec", 27
    nights) is more likely a slip, so the day stays in the check-out's month, after it, and is refused as such."""
    same = safe_date(check_out.year, check_out.month, day)
    if same is None or same <= check_out:
        return same
    before = check_out.replace(day=1) - timedelta(days=1)
    earlier = safe_date(before.year, before.month, day)
    if earlier is None:  # "31 to 2 Mar": no such day before it
        return None
    return earlier if (check_out - earlier).days <= ACROSS_MONTHS else same
