"""Pay months and financial years, and how they are named in each language.

A pay month is ``YYYY-MM``. India's financial year runs April to March and is written ``2025-26``; an
annual salary statement (for a loan or the income-tax return) covers exactly one of them.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, timedelta

from services.payroll.domain.money import local_digits
from shared.india import INDIA, MONTHS, day, latin_digits, today_in_india, typed_number  # noqa: F401 - INDIA re-exported

MONTH = re.compile(r"^((?:19|20|21)[0-9]{2})-(0[1-9]|1[0-2])$")  # ASCII digits, a year of pay slips
YEAR = re.compile(r"^(\d{4})-(\d{2})$")
# 03/2026, 3-2026, 03/26 (a two-digit year is this century's), 2026-03
TYPED_MONTH = re.compile(r"^\s*(0?[1-9]|1[0-2])\s*[/\-.]\s*(\d{4}|\d{2})\s*$|^\s*(\d{4})\s*-\s*(0[1-9]|1[0-2])\s*$")
CREDIT_MONTHS_LATE = 2  # how many months after its own a month's pay may still be credited
NAMES_EN, NAMES_BN = MONTHS["en"], MONTHS["bn"]

# A month's name as people type it, with its year: "March 2026", "mar, 2026", "2026 March", "মার্চ ২০২৬", and after
# the name a year of two digits: "March 26", "Mar '26", "মার্চ ২৬".
NAMED_MONTH = re.compile(r"^\s*(?:(?P<name>[^\W\d_][^\s\d,/\-'’]*)\s*[,/\-]?\s*['’]?(?P<year>(?:19|20|21)\d{2}|\d{2})"
                         r"|(?P<first>(?:19|20|21)\d{2})\s*[,/\-]?\s*(?P<last>[^\W\d_][^\s\d,/\-]*))\s*$")
_SPELLINGS_BN = {"জানুয়ারী": 1, "ফেব্রুয়ারী": 2, "আগষ্ট": 8, "অগাস্ট": 8, "অগস্ট": 8, "সেপ্টেম্বার": 9, "অক্টোবার": 10,
                 "নভেম্বার": 11, "ডিসেম্বার": 12}  # other spellings in use
_MONTH_NUMBERS: dict[str, int] = {
    **{unicodedata.normalize("NFC", name): i for i, name in enumerate(NAMES_BN, start=1)},
    **{unicodedata.normalize("NFC", name): i for name, i in _SPELLINGS_BN.items()},
    **{name.casefold(): i for i, name in enumerate(NAMES_EN, start=1)},
    **{name[:3].casefold(): i for i, name in enumerate(NAMES_EN, start=1)}, "sept": 9,
}


def is_month(text: str) -> bool:
    return bool(MONTH.match(text))


def _year(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def parse_typed_month(text: str, today: date | None = None) -> str | None:
    """``03/2026``, ``3-2026``, ``03/26``, ``2026-03`` or the month's name and year (``March 2026``, ``March 26``,
    ``mar 2026``, ``মার্চ ২০২৬``), Bengali digits too → ``2026-03``; None if it is not a month. Given ``today``,
    also a month said among other words (``slip for March 2026``, ``মার্চ মাসের বেতন``), a month's name alone
    (its latest, this month at the most) and the last or this month (``গত মাস``, ``last month``)."""
    typed = typed_number(unicodedata.normalize("NFC", text))
    found = TYPED_MONTH.match(typed)
    if found is not None:
        month, year = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        return f"{_year(year):04d}-{int(month):02d}"
    named = NAMED_MONTH.match(typed)
    if named is not None and (number := _month_number(named["name"] or named["last"])) is not None:
        return f"{_year(named['year'] or named['first']):04d}-{number:02d}"
    return None if today is None else _said(typed.casefold(), today)


LAST_MONTH = re.compile(r"\b(?:last|previous)\s+month|গত\s*মাস|আগের\s*মাস")
THIS_MONTH = re.compile(r"\b(?:this|current)\s+month|এই\s*মাস|চলতি\s*মাস")
IN_WORDS = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])\s*[/\-.]\s*((?:19|20|21)\d{2})(?!\d)")  # "slip 03/2026"
_FILLER = frozenset({"month", "of", "মাস", "মাসের"})  # between a month's name and its year: "মার্চ মাস ২০২৬"
# A Bengali month's name with what it takes for "of": মার্চের, জুলাইয়ের, জানুয়ারির, মে-র
_OF = tuple(unicodedata.normalize("NFC", end) for end in ("য়ের", "ের", "এর", "র"))


def _month_number(word: str) -> int | None:
    word = word.casefold().rstrip(".")
    for stem in (word, *(word[:-len(end)] for end in _OF if word.endswith(end))):
        if stem in _MONTH_NUMBERS:
            return _MONTH_NUMBERS[stem]
    return None


def _said(typed: str, today: date) -> str | None:
    """The month said among other words, or by a month's name alone, or as the last or this month."""
    if (last := LAST_MONTH.search(typed)) or THIS_MONTH.search(typed):
        return month_of(today.replace(day=1) - timedelta(days=1) if last else today)
    if (found := IN_WORDS.search(typed)) is not None:
        return f"{found.group(2)}-{int(found.group(1)):02d}"
    words = [w for w in re.split(r"[\s,/.\-'’()।]+|(?<=\D)(?=\d)|(?<=\d)(?=\D)", typed) if w]
    for at, word in enumerate(words):
        number = _month_number(word)
        if number is None or word == "may" and len(words) > 1:  # "may I have my slip" names no month
            continue
        after = next((w for w in words[at + 1:] if w not in _FILLER), "")
        before = words[at - 1] if at else ""
        if re.fullmatch(r"(?:19|20|21)\d{2}|\d{2}", after):
            return f"{_year(after):04d}-{number:02d}"
        if re.fullmatch(r"(?:19|20|21)\d{2}", before):
            return f"{before}-{number:02d}"
        year = today.year if number <= today.month else today.year - 1
        return f"{year}-{number:02d}"
    return None


TYPED_YEAR = re.compile(r"^\s*(?:fy\s*)?((?:19|20|21)\d{2})\s*[-/]\s*(\d{2}|\d{4})\s*$", re.IGNORECASE)


def parse_typed_year(text: str) -> str | None:
    """A financial year as the year list shows it or people write it: ``2025-26``, ``২০২৫-২৬``, ``2025/26``,
    ``2025-2026``, ``FY 2025-26`` → ``2025-26``; None if it is not one (``2025-27``)."""
    found = TYPED_YEAR.match(typed_number(unicodedata.normalize("NFC", text)))
    if found is None:
        return None
    start, end = int(found.group(1)), int(found.group(2))
    if end != (start + 1 if end >= 1000 else (start + 1) % 100):
        return None
    return f"{start}-{(start + 1) % 100:02d}"


def month_name(month: str, lang: str) -> str:
    year, number = int(month[:4]), int(month[5:7])
    names = NAMES_BN if lang == "bn" else NAMES_EN
    return local_digits(f"{names[number - 1]} {year}", lang)


def both_month_names(month: str) -> str:
    return f"{month_name(month, 'bn')} / {month_name(month, 'en')}"


def month_of(day: date) -> str:
    return f"{day.year}-{day.month:02d}"


def credit_window(month: str) -> tuple[date, date]:
    """The days a month's pay may reach the bank: from the month's first day to the last day of the second
    month after it. Pay is never credited before its month begins; it is usually credited at the month's
    end or early in the next, and a late budget or an arrear can hold it back some weeks more."""
    year, number = int(month[:4]), int(month[5:7])
    after = year * 12 + number - 1 + CREDIT_MONTHS_LATE + 1  # the month after the window's last one
    return date(year, number, 1), date(after // 12, after % 12 + 1, 1) - timedelta(days=1)


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
