"""Dates typed loosely, as a clerk at the desk would take them: a stay of days of the month alone ("25 to 27",
"২৫ থেকে ২৭"), a check-in and a count of days ("kal theke 3 din", "কাল থেকে ৩ দিন", "25 Dec for 3 days"), whose
nights are for the person to say, and a date without its year whose day this year has just passed ("1 Dec" on
3 December, "1 dec for 3 days" too), which ``parse_date`` reads as next year's and which may be a slip: both are
for the chat to check.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from services.tourism.domain.calendar import DAY_ALONE, day_of_month, parse_date, safe_date
from services.tourism.domain.stay_dates import ACROSS_MONTHS, STAY_ENDS, STAY_SPLIT, cleaned, day_after, parse_stay
from shared.india import count_said

PASSED_LATELY = 92  # days: a date without its year that passed this long ago or less is asked about
# A check-in and a count of days: "kal theke 3 din", "কাল থেকে ৩ দিন", "25 Dec for 3 days", "kal se 3 din"
_FOR_DAYS = re.compile(r"(.+?)\s*(?:,|\s(?:for|theke|থেকে|se|से))?\s+(\S+)\s*(?:days?|din|দিন|दिन)")


def passed_lately(text: str, today: date) -> tuple[date, date] | None:
    """A date typed with its month but not its year ("1 Dec", "1/12", "১ ডিসেম্বর") whose day this year passed up
    to ``PASSED_LATELY`` days ago: that day, and next year's, which ``parse_date`` reads it as. None for anything
    else (a date with its year, a day of the month or a weekday alone, a date still to come this year, one of last
    year: "25 Dec" typed in March is this December's)."""
    found = _passed(lambda start: (day,) if (day := parse_date(text, start)) else None, today)
    return (found[0][0], found[1][0]) if found else None


def passed_stay(text: str, today: date, max_nights: int) -> tuple[date, date, date] | None:
    """A stay typed without its year ("1 to 3 Dec", "1 Dec to 3 Dec", "1 dec for 2 nights") whose check-in this
    year passed up to ``PASSED_LATELY`` days ago, whether ``parse_stay`` reads it as this year's (refused as past)
    or next year's: that check-in, and next year's stay, check-in and check-out."""
    found = _passed(lambda start: parse_stay(text, start, max_nights), today)
    return (found[0][0], *found[1]) if found else None


def passed_days(text: str, today: date) -> tuple[date, date, int] | None:
    """A check-in without its year and the days of the stay ("1 dec for 3 days", "১ ডিসেম্বর থেকে ৩ দিন") whose
    check-in this year passed up to ``PASSED_LATELY`` days ago: that check-in, next year's, and the days."""
    said = parse_days(text, today)
    found = said and _passed(lambda start: (read[0],) if (read := parse_days(text, start)) else None, today)
    return (found[0][0], found[1][0], said[1]) if said and found else None


def _passed(read: Callable[[date], tuple[date, ...] | None], today: date) -> tuple[tuple[date, ...], ...] | None:
    """What ``read`` finds as typed ``PASSED_LATELY`` days ago, when its first day this year was still to come, and
    the same a year later, when it is the same typed a year on (no year and no "kal" in it) and read today as
    either."""
    start = today - timedelta(days=PASSED_LATELY)
    passed = read(start)
    if passed is None or passed[0].year != today.year or not passed[0] < today:
        return None
    meant = tuple(_year_on(day) for day in passed)
    if None in meant or read(_year_on(start) or start + timedelta(days=365)) != meant:
        return None
    return (passed, meant) if read(today) in (passed, meant) else None


def _year_on(day: date) -> date | None:
    return safe_date(day.year + 1, day.month, day.day)


def year_matters(day: date, today: date) -> bool:
    """Whether ``day`` shown without its year would be taken for another: one of another year, but for a day in the
    months ahead ("Fri 1 Jan" in December): "Wed 1 Dec" on 3 December reads as the day just passed, not 2027's."""
    return day.year != today.year and not 0 <= (day - today).days < 365 - PASSED_LATELY


def parse_days(text: str, today: date) -> tuple[date, int] | None:
    """A check-in and the days of the stay ("kal theke 3 din", "কাল থেকে তিন দিন", "25 Dec for 3 days"): whether
    3 days are 3 nights or 2 is not said, so the count is given back as days."""
    said = _FOR_DAYS.fullmatch(cleaned(text))
    check_in = said and parse_date(said.group(1), today)
    if not said or check_in is None:
        return None
    days = count_said(said.group(2))
    return (check_in, days) if days and days >= 1 else None


def parse_days_stay(text: str, today: date) -> tuple[date, date] | None:
    """A stay of two days of the month alone, with words between ("25 to 27", "২৫ থেকে ২৭", "from 25 till 27"): of
    this month, or of the next when the first day has passed ("2 to 5" on the 3rd); a check-out day before the
    check-in's is in the month after ("28 to 2"), unless that stay is long ("27 to 25": a slip, kept in the
    check-in's month, to be refused as a check-out before the check-in). "25-27" is not read: "5-8" is 5 August."""
    said = STAY_ENDS.sub("", cleaned(text))
    for between in STAY_SPLIT.finditer(said):
        first, second = said[:between.start()], said[between.end():]
        if between.group().strip() in "-~" or not (day_alone := DAY_ALONE.fullmatch(first)):
            continue
        check_in = day_of_month(int(day_alone.group(1)), today)
        check_out = check_in and day_after(second, check_in)
        if check_in and check_out and (check_out - check_in).days > ACROSS_MONTHS:
            check_out = safe_date(check_in.year, check_in.month, check_out.day) or check_out
        if check_in and check_out:
            return check_in, check_out
    return None
