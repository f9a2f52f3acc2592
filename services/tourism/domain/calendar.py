"""Dates as people type them, and as the guest house counts them: calendar nights in West Bengal.

A stay is counted in nights from the check-in date; "today" is the date in India whatever the server's
time zone, so a booking made at 00:30 IST is for the Indian calendar day. People type dates day first
(``25/12/2026``, ``25-12-2026``, ``25 Dec``, ``২৫শে ডিসেম্বর``, ``ডিসেম্বর ২৫``), or year first as forms write them
(``2026-12-25``), with Latin or Bengali digits, the year in two digits or four, a weekday before or after it as
the date list shows one (``Fri 25 Dec``), and the words a date is said with (``ডিসেম্বরের ২৫ তারিখ``, ``the 25th
of December``); a date without a year is the next
such day from today. A weekday alone (``Friday``, ``next Friday``, ``আগামী শুক্রবার``, ``agami shonibar``) is
the coming one: a day in the week ahead, as people plan a trip; a day of the month alone (``১০ তারিখ``, ``10th``) is
the next such day; days from today (``in 3 days``, ``৩ দিন পরে``) and a day of next month (``5th of next month``) count
from today. A stay's two dates typed together are ``stay_dates``'s, counts typed ``counts``', and dates
shown ``dates_shown``'.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from shared.india import (  # noqa: F401
    INDIA,
    MONTHS,
    count_said,
    latin_digits,
    local_digits,
    today_in_india,
)

MONTHS_EN, MONTHS_BN = MONTHS["en"], MONTHS["bn"]
WEEKDAYS_BN = ("সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি", "রবি")  # Monday first, as ``date.weekday()``
# Spellings people use: English names and their first three letters, Bengali names with common variants.
_MONTH_SPELLINGS: dict[str, int] = {
    **{m.lower(): i for i, m in enumerate(MONTHS_EN, 1)},
    **{m[:3].lower(): i for i, m in enumerate(MONTHS_EN, 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(MONTHS_BN, 1)},
    "জানুয়ারী": 1, "ফেব্রুয়ারী": 2, "অগাস্ট": 8, "অগস্ট": 8, "আগষ্ট": 8, "সেপ্টেম্বার": 9, "অক্টোবার": 10,
    "নভেম্বার": 11, "ডিসেম্বার": 12,
    # and in Hindi, as tourists from the rest of India write them: "25 दिसंबर", "5 जनवरी"
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "अप्रेल": 4, "मई": 5, "जून": 6, "जुलाई": 7,
    "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10, "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12,
    "दिसम्बर": 12,
}
_MONTH_WORDS = {unicodedata.normalize("NFC", word): month for word, month in _MONTH_SPELLINGS.items()}
# A Bengali month in the genitive, as a date is said ("ডিসেম্বরের ৫ তারিখ", "জানুয়ারির ১০ তারিখ")
_MONTH_WORDS |= {word + ending: month for word, month in _MONTH_WORDS.items() if not word.isascii()
                 for ending in ("ের", "র")}
# তারিখ (date) in Latin letters, as phones without a Bengali keyboard write it: "10 tarikh", "5 tarikhe", and Hindi's
# तारीख ("10 tareekh", "10 तारीख")
_TARIKH = r"ta{1,2}r(?:i|ee)kh?e?|तारीख"
# Words around a day and its month that say nothing of the date: "on 5 Dec", "the 5th of December",
# "ডিসেম্বরের ৫ তারিখ", "৫ ডিসেম্বর থেকে" (from 5 December), Hindi's "25 december se", "25 दिसंबर को" (on)
_FILLER = re.compile(r"^(?:on\s+)?(?:the\s+)?|\s+of(?=\s)|\s*(?:তারিখে?|থেকে|theke|se|ko|से|को|" + _TARIKH + r")$")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s*[/\-.]\s*(\d{2}|\d{4}))?")
_ISO = re.compile(r"(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})")  # year first: "2026-12-25", as forms write it
_WORD = r"([^\s\d/\-.,]+)"  # not \w: Bengali vowel signs are combining marks, which \w does not match
# A day's ordinal ending: 1st, 25th; in Bengali ১লা, ২রা, ৪ঠা, ৫ই, ২৫শে, ২৫-এ (a word of its own, so the এ of এপ্রিল
# in "২৫ এপ্রিল" stays the month's).
_ORDINAL = r"(?:st|nd|rd|th|\s*-?\s*(?:লা|রা|ঠা|ই|শে|এ)(?=[\s,.]|$))?"
_WORDY = re.compile(r"(\d{1,2})" + _ORDINAL + r"\s*" + _WORD + r"[,.]?(?:\s*(\d{4}|\d{2}))?")
# (its month begun where a word begins: looked for among words, a long word is not looked through from each letter)
_WORDY_MONTH_FIRST = re.compile(r"(?<![^\s\d/\-.,])" + _WORD + r"\.?\s*(\d{1,2})" + _ORDINAL
                                + r"(?:(?:,\s*|\s+)(\d{4}|\d{2}))?")
# A day of the month named without its month, as people say it: "১০ তারিখ", "১০ই", "৫ তারিখে", "10th", "on the 5th"; an
# ending or তারিখ is needed, since a number alone may be a count.
_DAY_OF_MONTH = re.compile(r"(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|(?:\s*-?\s*(?:লা|রা|ঠা|ই|শে|এ))?"
                           r"\s*(?:তারিখ|তারিখে|" + _TARIKH + r"))|(\d{1,2})\s*-?\s*(?:লা|রা|ঠা|ই|শে|এ)")
# a weekend is its Saturday, the day a weekend's stay begins ("this weekend", "ei weekend e", "এই উইকেন্ডে"), and its
# Sunday where a stay ends (a check-out "till the weekend", "weekend porjonto")
_WEEKEND_WORDS = ("weekend", "weekende", "উইকেন্ড", "উইকেন্ডে", "वीकेंड")
# A weekday written before or after the date, as the date list shows it ("Fri 25 Dec", "২৫ ডিসেম্বর, শুক্র"), or as
# people write it ("Friday, 25 December", "২৫ ডিসেম্বর শুক্রবার"): Monday is 0, as ``date.weekday()``.
_WEEKDAY_SPELLINGS: dict[str, int] = {
    **{name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday"))},
    **{name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    "tues": 1, "thur": 3, "thurs": 3,
    **{name + ending: i for i, name in enumerate(WEEKDAYS_BN) for ending in ("", "বার")},
    "বিষ্যুদবার": 3,
    # in Latin letters, as phones without a Bengali keyboard write them: "shonibar", "shukrobare" (on Friday)
    **{name + ending: i for i, names in enumerate((
        ("sombar", "shombar"), ("mongolbar", "mangalbar", "mongalbar"), ("budhbar", "budbar"),
        ("brihospotibar", "brihaspatibar", "bishudbar", "bisudbar", "bishyudbar"),
        ("shukrobar", "sukrobar", "shukrabar", "sukrabar"), ("shonibar", "sonibar", "shanibar", "sanibar"),
        ("robibar", "rabibar", "robbar")))
       for name in names for ending in ("", "e")},
    # and Hindi's, in Latin letters and in Devanagari: "shanivar", "शनिवार"
    **{name: i for i, names in enumerate((
        ("somvar", "somwar", "सोमवार"), ("mangalvar", "mangalwar", "मंगलवार"), ("budhvar", "budhwar", "बुधवार"),
        ("guruvar", "guruwar", "brihaspativar", "गुरुवार", "बृहस्पतिवार"), ("shukravar", "shukrawar", "शुक्रवार"),
        ("shanivar", "shaniwar", "sanivar", "शनिवार"), ("ravivar", "raviwar", "itvar", "itwar", "रविवार")))
       for name in names},
    **dict.fromkeys(_WEEKEND_WORDS, 5),
}
_WEEKEND = frozenset(unicodedata.normalize("NFC", word) for word in _WEEKEND_WORDS)
_WEEKDAYS = {unicodedata.normalize("NFC", word): day for word, day in _WEEKDAY_SPELLINGS.items()}
_WEEKDAY_WORD = r"([^\s\d/\-.,()]+)\.?"
_WEEKDAY_FIRST = re.compile(_WEEKDAY_WORD + r"\s*,?\s+(.+)")
_WEEKDAY_LAST = re.compile(r"(.+?)\s*[,\s(]\s*" + _WEEKDAY_WORD + r"\)?")
# The days the date list itself names ("Today", "আগামীকাল"), typed instead of tapped, also in Latin letters
# ("kal", "ajke") and as phones misspell tomorrow; "কাল" is tomorrow here, since a day that has passed cannot be
# booked. Yesterday, said so ("গতকাল", "gotokal"), is a day that has passed: told so, not "could not read".
_RELATIVE: dict[str, int] = {unicodedata.normalize("NFC", word): days for word, days in {
    "today": 0, "tomorrow": 1, "day after tomorrow": 2, "আজ": 0, "আজকে": 0, "আগামীকাল": 1, "আগামী কাল": 1,
    "কাল": 1, "কালকে": 1, "পরশু": 2, "আগামী পরশু": 2,
    "yesterday": -1, "গতকাল": -1, "গত কাল": -1, "gotokal": -1, "gotokaal": -1, "gatakal": -1, "goto kal": -1,
    "aj": 0, "aaj": 0, "ajke": 0, "aajke": 0, "kal": 1, "kaal": 1, "kalke": 1, "kaalke": 1, "agamikal": 1,
    "agami kal": 1, "porshu": 2, "porsu": 2, "parshu": 2,
    # and Hindi's: "parso" (the day after tomorrow), "आज", "कल", "परसों"
    "parso": 2, "parson": 2, "parsoon": 2, "आज": 0, "कल": 1, "परसों": 2, "परसो": 2,
    "tmrw": 1, "tmr": 1, "tomorow": 1, "tommorow": 1, "tommorrow": 1, "tomarrow": 1, "2morrow": 1, "2moro": 1,
}.items()}
# Words before a weekday named alone that still mean the coming one: "next Friday", "আগামী শুক্রবার".
_COMING = {unicodedata.normalize("NFC", word) for word in (
    "next", "this", "coming", "this coming", "on", "the", "আগামী", "এই", "সামনের", "পরের", "আসছে", "agami", "ei",
    "samner", "shamner", "porer", "agle", "is", "aane wale", "अगले", "इस", "आने वाले")}
# A day of the month typed alone, as a stay's first or last: "25 to 27", "28 to 2 Dec", "till 8th"
DAY_ALONE = re.compile(r"(?:the\s+)?(\d{1,2})" + _ORDINAL)
# Days from today, in digits or a word: "in 3 days", "after 3 days", "3 days later", "3 din por", "৩ দিন পরে",
# "দুদিন পর", "teen din baad", "तीन दिन बाद"
_DAYS_AHEAD = re.compile(r"(?:in|after)\s+(\S+)\s+days?(?:\s+(?:from\s+(?:now|today)|time))?"
                         r"|(\S+)\s+days?\s+(?:later|from\s+(?:now|today)|after|hence)"
                         r"|(\S+?)\s*(?:din|দিন|दिन)\s*(?:por|pore|porey|pare|baad|bad|পর|পরে|बाद)")
AHEAD_MOST = 366  # days: more is no trip's check-in said so
# A day of next month: "5th of next month", "next month 5th", "পরের মাসের ৫ তারিখ", "agle mahine ki 5 tarikh"
_NEXT_MONTH = (r"(?:next|coming)\s+month(?:['’]?s)?|(?:porer|samner|shamner|agami)\s+mas(?:er|e)?"
               r"|(?:পরের|সামনের|আগামী)\s+মাসের?|agle\s+mahine(?:\s+ki)?|अगले\s+महीने(?:\s+की)?")
_IN_NEXT_MONTH = re.compile(rf"(?:{_NEXT_MONTH})\s+(.+)|(.+?)\s+(?:of\s+(?:the\s+)?)?(?:{_NEXT_MONTH})")
_SPACED = re.compile(r"(\d{1,2})\s+(\d{1,2})\s+(\d{4})")  # "31 12 2026": only with its year, or it is counts


def parse_date(text: str, today: date, *, on_or_after: date | None = None) -> date | None:
    """The date a person typed, or None when it is not one (``31/02``, ``hello``); "today", "tomorrow",
    "আজ", "আগামীকাল" count from ``today``. A date without a year is the next such day from ``on_or_after``
    (a check-out's from its check-in: "2 Jan" after a check-in of 30 December is in the new year), else
    from today; so is a day without its month ("১০ তারিখ", "10th"), and a weekday alone is the first such day
    after it ("Sunday" after a Friday check-in)."""
    # the full stop, দাঁড়ি or ! a sentence ends with is no part of the date ("৫ ডিসেম্বর।", "5 Dec 2026.")
    cleaned = _cleaned(text).strip().rstrip(".!?।॥ ")
    spaced = " ".join(cleaned.split())
    if (days := _RELATIVE.get(spaced)) is not None:
        return today + timedelta(days=days)
    if (days := _days_ahead(spaced)) is not None:  # from today: a check-in's ("3 din por" at a check-out: nights)
        return today + timedelta(days=days) if on_or_after is None else None
    if match := _IN_NEXT_MONTH.fullmatch(cleaned):
        return _in_next_month(match.group(1) or match.group(2), today)
    if (weekday := _weekday_alone(cleaned, ends=on_or_after is not None)) is not None:
        start = on_or_after or today
        return start + timedelta(days=(weekday - start.weekday() - 1) % 7 + 1)
    for pattern, rest_at, word_at in ((_WEEKDAY_FIRST, 2, 1), (_WEEKDAY_LAST, 1, 2)):
        if (match := pattern.fullmatch(cleaned)) and (weekday := _WEEKDAYS.get(match.group(word_at))) is not None:
            found = _calendar_date(match.group(rest_at), today, on_or_after)
            # a weekday that is not the date's is a slip in one of them: better asked again than booked wrongly
            return found if found is not None and found.weekday() == weekday else None
    return _calendar_date(cleaned, today, on_or_after)


# A day of the month said by its ending or তারিখ anywhere in the words: "till 28th", "২৮শে পর্যন্ত", "28 tarikh"
_DAY_SAID = re.compile(r"(?<!\d)\d{1,2}(?:(?:st|nd|rd|th)(?![a-z])|\s*-?\s*(?:লা|রা|ঠা|ই|শে|এ)(?=[\s,.!?।]|$)"
                       r"|\s*(?:তারিখ|" + _TARIKH + r"))")


def day_said_in(text: str) -> bool:
    """Whether a day of the month is said anywhere in the words, with its month or its ending ("till 28th",
    "২৮শে", "২৮ তারিখ"): its number is a date's, no count of nights, guests or rooms."""
    cleaned = _cleaned(text)
    return _day_and_month(cleaned) or _DAY_SAID.search(cleaned) is not None


def _cleaned(text: str) -> str:
    return unicodedata.normalize("NFC", latin_digits(text)).lower()


def _day_and_month(cleaned: str) -> bool:
    """Whether a day is said with its month anywhere in the words ("no wait, 26 dec", "না, ২৬ ডিসেম্বর", "dec 26")."""
    return any(_MONTH_WORDS.get(match.group(word_at).rstrip(".")) is not None
               for pattern, word_at in ((_WORDY, 2), (_WORDY_MONTH_FIRST, 1)) for match in pattern.finditer(cleaned))


def _weekday_alone(cleaned: str, *, ends: bool = False) -> int | None:
    """The weekday of a day named by it alone, perhaps after "next" or "আগামী" (``শুক্রবারে``: on Friday); a weekend
    is its Saturday, or its Sunday where a stay ``ends``."""
    *before, word = cleaned.split() or [""]
    if before and word in ("e", "te", "ko", "को"):  # on it, said apart: "shonibar e", "ei weekend e", "shanivar ko"
        *before, word = before
    if before and " ".join(before) not in _COMING:
        return None
    if ends and word in _WEEKEND:
        return 6
    return _WEEKDAYS.get(word.removesuffix("ে") if word.endswith("বারে") else word)


def _days_ahead(spaced: str) -> int | None:
    """The days from today said ("in 3 days", "৩ দিন পরে", "dui din por"), from 1 to ``AHEAD_MOST``; else None."""
    if not (match := _DAYS_AHEAD.fullmatch(spaced)):
        return None
    days = count_said(next(group for group in match.groups() if group))
    return days if days and days <= AHEAD_MOST else None


def _in_next_month(said: str, today: date) -> date | None:
    """The day of the month ``said`` ("5th", "৫ তারিখ", "the 31st") in the month after today's; None when that month
    has no such day ("31st of next month" in January) or ``said`` is no day of the month."""
    match = _DAY_OF_MONTH.fullmatch(said) or DAY_ALONE.fullmatch(said)
    day = match and int(next(group for group in match.groups() if group))
    return safe_date(today.year + today.month // 12, today.month % 12 + 1, day) if day else None


def _calendar_date(cleaned: str, today: date, on_or_after: date | None) -> date | None:
    if match := _DAY_OF_MONTH.fullmatch(cleaned):
        return day_of_month(int(match.group(1) or match.group(2)), on_or_after or today)
    if match := _NUMERIC.fullmatch(cleaned) or _SPACED.fullmatch(cleaned):
        day, month, year = match.groups()
        return _build(int(day), int(month), year, on_or_after or today)
    if match := _ISO.fullmatch(cleaned):
        year, month, day = match.groups()
        return _build(int(day), int(month), year, today)
    worded = " ".join(_FILLER.sub(" ", cleaned).split())
    for pattern, day_first in ((_WORDY, True), (_WORDY_MONTH_FIRST, False)):
        if match := pattern.fullmatch(worded):
            first, second, year = match.groups()
            day, word = (first, second) if day_first else (second, first)
            month = _MONTH_WORDS.get(word.rstrip("."))
            if month is not None:
                return _build(int(day), month, year, on_or_after or today)
    return None


def _build(day: int, month: int, year: str | None, today: date) -> date | None:
    if year is None:  # the next such day: a 29 February may be up to four years away
        for ahead in range(5):
            candidate = safe_date(today.year + ahead, month, day)
            if candidate is not None and candidate >= today:
                return candidate
        return None
    full = int(year) + 2000 if len(year) == 2 else int(year)
    return safe_date(full, month, day)


def day_of_month(day: int, start: date) -> date | None:
    """The next ``day`` of a month on or after ``start``: this month's if it is still to come, else the next
    month's that has it (the 31st after 30 April is 31 May)."""
    for ahead in range(3):
        month = start.month + ahead
        candidate = safe_date(start.year + (month - 1) // 12, (month - 1) % 12 + 1, day)
        if candidate is not None and candidate >= start:
            return candidate
    return None


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nights_of(check_in: date, nights: int) -> list[date]:
    return [check_in + timedelta(days=i) for i in range(nights)]
