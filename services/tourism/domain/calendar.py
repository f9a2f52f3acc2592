"""Dates as people type them, and as the guest house counts them: calendar nights in West Bengal.

A stay is counted in nights from the check-in date; "today" is the date in India whatever the server's
time zone, so a booking made at 00:30 IST is for the Indian calendar day. People type dates day first
(``25/12/2026``, ``25-12-2026``, ``25 Dec``, ``২৫শে ডিসেম্বর``, ``ডিসেম্বর ২৫``), or year first as forms write them
(``2026-12-25``), with Latin or Bengali digits, the year in two digits or four, a weekday before or after it as
the date list shows one (``Fri 25 Dec``), and the words a date is said with (``ডিসেম্বরের ২৫ তারিখ``, ``the 25th
of December``); a date without a year is the next
such day from today. A weekday alone (``Friday``, ``next Friday``, ``আগামী শুক্রবার``, ``agami shonibar``) is
the coming one: a day in the week ahead, as people plan a trip; a day of the month alone (``১০ তারিখ``, ``10th``) is
the next such day.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

from shared.india import (  # noqa: F401
    BENGALI_DIGITS,
    INDIA,
    MONTHS,
    count_in_words,
    day,
    latin_digits,
    local_digits,
    today_in_india,
    typed_number,
)

MONTHS_EN, MONTHS_BN = MONTHS["en"], MONTHS["bn"]
# Spellings people use: English names and their first three letters, Bengali names with common variants.
_MONTH_SPELLINGS: dict[str, int] = {
    **{m.lower(): i for i, m in enumerate(MONTHS_EN, 1)},
    **{m[:3].lower(): i for i, m in enumerate(MONTHS_EN, 1)},
    "sept": 9,
    **{m: i for i, m in enumerate(MONTHS_BN, 1)},
    "জানুয়ারী": 1, "ফেব্রুয়ারী": 2, "অগাস্ট": 8, "অগস্ট": 8, "আগষ্ট": 8, "সেপ্টেম্বার": 9, "অক্টোবার": 10,
    "নভেম্বার": 11, "ডিসেম্বার": 12,
}
_MONTH_WORDS = {unicodedata.normalize("NFC", word): month for word, month in _MONTH_SPELLINGS.items()}
# A Bengali month in the genitive, as a date is said ("ডিসেম্বরের ৫ তারিখ", "জানুয়ারির ১০ তারিখ")
_MONTH_WORDS |= {word + ending: month for word, month in _MONTH_WORDS.items() if not word.isascii()
                 for ending in ("ের", "র")}
# তারিখ (date) in Latin letters, as phones without a Bengali keyboard write it: "10 tarikh", "5 tarikhe"
_TARIKH = r"ta{1,2}rikh?e?"
# Words around a day and its month that say nothing of the date: "on 5 Dec", "the 5th of December",
# "ডিসেম্বরের ৫ তারিখ", "৫ ডিসেম্বর থেকে" (from 5 December)
_FILLER = re.compile(r"^(?:on\s+)?(?:the\s+)?|\s+of(?=\s)|\s*(?:তারিখে?|থেকে|theke|" + _TARIKH + r")$")
_NUMERIC = re.compile(r"(\d{1,2})\s*[/\-.]\s*(\d{1,2})(?:\s*[/\-.]\s*(\d{2}|\d{4}))?")
_ISO = re.compile(r"(\d{4})\s*[/\-.]\s*(\d{1,2})\s*[/\-.]\s*(\d{1,2})")  # year first: "2026-12-25", as forms write it
_WORD = r"([^\s\d/\-.,]+)"  # not \w: Bengali vowel signs are combining marks, which \w does not match
# A day's ordinal ending: 1st, 25th; in Bengali ১লা, ২রা, ৪ঠা, ৫ই, ২৫শে, ২৫-এ (a word of its own, so the এ of এপ্রিল
# in "২৫ এপ্রিল" stays the month's).
_ORDINAL = r"(?:st|nd|rd|th|\s*-?\s*(?:লা|রা|ঠা|ই|শে|এ)(?=[\s,.]|$))?"
_WORDY = re.compile(r"(\d{1,2})" + _ORDINAL + r"\s*" + _WORD + r"[,.]?(?:\s*(\d{4}|\d{2}))?")
_WORDY_MONTH_FIRST = re.compile(_WORD + r"\.?\s*(\d{1,2})" + _ORDINAL + r"(?:(?:,\s*|\s+)(\d{4}|\d{2}))?")
# A day of the month named without its month, as people say it: "১০ তারিখ", "১০ই", "৫ তারিখে", "10th", "on the 5th"; an
# ending or তারিখ is needed, since a number alone may be a count.
_DAY_OF_MONTH = re.compile(r"(?:on\s+)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th|(?:\s*-?\s*(?:লা|রা|ঠা|ই|শে|এ))?"
                           r"\s*(?:তারিখ|তারিখে|" + _TARIKH + r"))|(\d{1,2})\s*-?\s*(?:লা|রা|ঠা|ই|শে|এ)")
# A weekday written before or after the date, as the date list shows it ("Fri 25 Dec", "২৫ ডিসেম্বর, শুক্র"), or as
# people write it ("Friday, 25 December", "২৫ ডিসেম্বর শুক্রবার"): Monday is 0, as ``date.weekday()``.
_WEEKDAY_SPELLINGS: dict[str, int] = {
    **{name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                         "sunday"))},
    **{name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
    "tues": 1, "thur": 3, "thurs": 3,
    **{name + ending: i for i, name in enumerate(("সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি", "রবি"))
       for ending in ("", "বার")},
    "বিষ্যুদবার": 3,
    # in Latin letters, as phones without a Bengali keyboard write them: "shonibar", "shukrobare" (on Friday)
    **{name + ending: i for i, names in enumerate((
        ("sombar", "shombar"), ("mongolbar", "mangalbar", "mongalbar"), ("budhbar", "budbar"),
        ("brihospotibar", "brihaspatibar", "bishudbar", "bisudbar", "bishyudbar"),
        ("shukrobar", "sukrobar", "shukrabar", "sukrabar"), ("shonibar", "sonibar", "shanibar", "sanibar"),
        ("robibar", "rabibar", "robbar")))
       for name in names for ending in ("", "e")},
}
_WEEKDAYS = {unicodedata.normalize("NFC", word): day for word, day in _WEEKDAY_SPELLINGS.items()}
_WEEKDAY_WORD = r"([^\s\d/\-.,()]+)\.?"
_WEEKDAY_FIRST = re.compile(_WEEKDAY_WORD + r"\s*,?\s+(.+)")
_WEEKDAY_LAST = re.compile(r"(.+?)\s*[,\s(]\s*" + _WEEKDAY_WORD + r"\)?")
# The days the date list itself names ("Today", "আগামীকাল"), typed instead of tapped, also in Latin letters
# ("kal", "ajke") and as phones misspell tomorrow; "কাল" is tomorrow here, since a day that has passed cannot be
# booked.
_RELATIVE: dict[str, int] = {unicodedata.normalize("NFC", word): days for word, days in {
    "today": 0, "tomorrow": 1, "day after tomorrow": 2, "আজ": 0, "আজকে": 0, "আগামীকাল": 1, "আগামী কাল": 1,
    "কাল": 1, "কালকে": 1, "পরশু": 2, "আগামী পরশু": 2,
    "aj": 0, "aaj": 0, "ajke": 0, "aajke": 0, "kal": 1, "kaal": 1, "kalke": 1, "kaalke": 1, "agamikal": 1,
    "agami kal": 1, "porshu": 2, "porsu": 2, "parshu": 2,
    "tmrw": 1, "tmr": 1, "tomorow": 1, "tommorow": 1, "tommorrow": 1, "tomarrow": 1, "2morrow": 1, "2moro": 1,
}.items()}
# Words before a weekday named alone that still mean the coming one: "next Friday", "আগামী শুক্রবার".
_COMING = {unicodedata.normalize("NFC", word) for word in (
    "next", "this", "coming", "this coming", "on", "আগামী", "এই", "সামনের", "পরের", "আসছে", "agami", "ei", "samner",
    "shamner", "porer")}
# Between a stay's check-in and check-out, and around them: "5 to 8 Dec", "৫ থেকে ৮ ডিসেম্বর", "5-8 Dec",
# "from 5 Dec till 8 Dec", "৫ ডিসেম্বর হতে ৮ ডিসেম্বর পর্যন্ত"
_STAY_SPLIT = re.compile(r"\s*[-~]\s*|\s+(?:to|till|until|upto|থেকে|হতে|theke|hote)\s+")
_STAY_ENDS = re.compile(r"^(?:from|frm)\s+|\s+(?:পর্যন্ত|porjonto|porjanto)$")
# Around a check-out typed alone: "till 8th", "until 8 Dec", "up to 8th", "৮ তারিখ পর্যন্ত", "৮ ডিসেম্বর অবধি"
_CHECK_OUT_ENDS = re.compile(r"^(?:till|until|untill|upto|up\s+to|to)\s+|\s+(?:পর্যন্ত|অবধি|porjonto|porjanto)$")
# A check-in and its nights: "25 Dec for 2 nights", "২৫ ডিসেম্বর, দুই রাত", "kal theke 2 rat"
_FOR_NIGHTS = re.compile(r"(.+?)\s*(?:,|\s(?:for|theke|থেকে))?\s+(\S+)\s*(?:nights?|raat|rat|রাত)")
_DAY_ALONE = re.compile(r"(?:the\s+)?(\d{1,2})" + _ORDINAL)
# "we are" or "in all" before a count said in a word: "আমরা তিনজন", "amra dujon", "মোট চারজন", "we are two"
_WE = re.compile(r"^(?:আমরা|amra|we\s+are|we['’]?re|we|মোট|mot|total|in\s+all)\s+", re.IGNORECASE)
_NUMBER = re.compile(r"[-−]?\d+")  # the sign kept, so "-2" is refused as out of range, not read as 2
_COUNT_MOST = 10**6  # any count above this is as far out of range as this one
# What a stay's count counts, said after a count in words ("two nights", "দুই রাত", "tin ta ghor", "3 guests")
_COUNTED = ("night", "nights", "day", "days", "room", "rooms", "guest", "guests", "রাত", "রাত্রি", "দিন", "ঘর", "রুম",
            "অতিথি", "rat", "raat", "din", "ghor")


def parse_date(text: str, today: date, *, on_or_after: date | None = None) -> date | None:
    """The date a person typed, or None when it is not one (``31/02``, ``hello``); "today", "tomorrow",
    "আজ", "আগামীকাল" count from ``today``. A date without a year is the next such day from ``on_or_after``
    (a check-out's from its check-in: "2 Jan" after a check-in of 30 December is in the new year), else
    from today; so is a day without its month ("১০ তারিখ", "10th"), and a weekday alone is the first such day
    after it ("Sunday" after a Friday check-in)."""
    # the full stop, দাঁড়ি or ! a sentence ends with is no part of the date ("৫ ডিসেম্বর।", "5 Dec 2026.")
    cleaned = unicodedata.normalize("NFC", latin_digits(text)).strip().lower().rstrip(".!?।॥ ")
    if (days := _RELATIVE.get(" ".join(cleaned.split()))) is not None:
        return today + timedelta(days=days)
    if (weekday := _weekday_alone(cleaned)) is not None:
        start = on_or_after or today
        return start + timedelta(days=(weekday - start.weekday() - 1) % 7 + 1)
    for pattern, rest_at, word_at in ((_WEEKDAY_FIRST, 2, 1), (_WEEKDAY_LAST, 1, 2)):
        if (match := pattern.fullmatch(cleaned)) and (weekday := _WEEKDAYS.get(match.group(word_at))) is not None:
            found = _calendar_date(match.group(rest_at), today, on_or_after)
            # a weekday that is not the date's is a slip in one of them: better asked again than booked wrongly
            return found if found is not None and found.weekday() == weekday else None
    return _calendar_date(cleaned, today, on_or_after)


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
        check_out = _day_after(text, check_in)
    if check_out is None or (check_out - check_in).days <= max_nights:
        return check_out
    earlier = parse_date(text, today)
    if earlier is not None and earlier <= check_in and (check_out - earlier).days >= 365:
        return earlier
    return check_out


ACROSS_MONTHS = 7  # the most nights of a stay typed "28 to 2 Dec" read across the turn of a month


def parse_stay(text: str, today: date, max_nights: int) -> tuple[date, date] | None:
    """A check-in and a check-out typed together ("5 to 8 December", "৫ থেকে ৮ ডিসেম্বর", "5-8 Dec", "from 5 Dec to
    8 Dec", "৫ ডিসেম্বর থেকে ৮ ডিসেম্বর পর্যন্ত") or a check-in and its nights ("25 Dec for 2 nights"), read
    as each is when typed alone (``parse_date``, ``parse_check_out``); None for anything else (one date is
    ``parse_date``'s). A day alone first is of the check-out's month, or of the month before when it falls after
    the check-out ("28 to 2 Dec": ``_day_before``)."""
    cleaned = " ".join(typed_number(unicodedata.normalize("NFC", text)).lower().rstrip(".!?।॥ ").split())
    cleaned = _STAY_ENDS.sub("", cleaned)
    if (said := _FOR_NIGHTS.fullmatch(cleaned)) and (check_in := parse_date(said.group(1), today)):
        nights = count_in_words(said.group(2), ()) if not said.group(2).isdigit() else int(said.group(2))
        if not nights or nights < 1:
            return None
        return check_in, check_in + timedelta(days=min(nights, max_nights + 1))  # too many: refused as such
    for between in _STAY_SPLIT.finditer(cleaned):
        first, second = cleaned[:between.start()], cleaned[between.end():]
        if day_alone := _DAY_ALONE.fullmatch(first):
            check_out = parse_date(second, today)
            check_in = check_out and _day_before(int(day_alone.group(1)), check_out)
        else:
            check_in = parse_date(first, today)
            check_out = check_in and parse_check_out(second, today, check_in, max_nights)
            if check_in and check_out is None and between.group().strip() not in "-~":  # "5 Dec to 8"; not "05-12-26"
                check_out = _day_after(second, check_in)
        if check_in and check_out:
            return check_in, check_out
    return None


def _day_after(text: str, check_in: date) -> date | None:
    """A check-out said as a day of the month alone ("8" after "till" or "to"): the next such day after the
    check-in."""
    day_alone = _DAY_ALONE.fullmatch(latin_digits(text))
    return _day_of_month(int(day_alone.group(1)), check_in + timedelta(days=1)) if day_alone else None


def _day_before(day: int, check_out: date) -> date | None:
    """A day typed alone before a check-out's date: in its month, or in the month before when it falls after the
    check-out and the stay across the turn of the month is short ("28 to 2 Dec"); a long one ("8 to 5 Dec", 27
    nights) is more likely a slip, so the day stays in the check-out's month, after it, and is refused as such."""
    same = _safe_date(check_out.year, check_out.month, day)
    if same is None or same <= check_out:
        return same
    before = check_out.replace(day=1) - timedelta(days=1)
    earlier = _safe_date(before.year, before.month, day)
    if earlier is None:  # "31 to 2 Mar": no such day before it
        return None
    return earlier if (check_out - earlier).days <= ACROSS_MONTHS else same


def _weekday_alone(cleaned: str) -> int | None:
    """The weekday of a day named by it alone, perhaps after "next" or "আগামী" (``শুক্রবারে``: on Friday)."""
    *before, word = cleaned.split() or [""]
    if before and " ".join(before) not in _COMING:
        return None
    return _WEEKDAYS.get(word.removesuffix("ে") if word.endswith("বারে") else word)


def _calendar_date(cleaned: str, today: date, on_or_after: date | None) -> date | None:
    if match := _DAY_OF_MONTH.fullmatch(cleaned):
        return _day_of_month(int(match.group(1) or match.group(2)), on_or_after or today)
    if match := _NUMERIC.fullmatch(cleaned):
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


def parse_count(text: str) -> int | None:
    """A whole number (nights, guests, rooms) typed alone or with a word: ``2``, ``২ রাত``, ``3 nights``, or said in
    a word (``two``, ``দুজন``, ``tin jon``, ``দুই রাত``, ``আমরা তিনজন``). It is read whole, sign and all (``-2``,
    ``1000``), for the step to refuse with its range."""
    found = _NUMBER.findall(latin_digits(text))
    if not found:
        return count_in_words(_WE.sub("", unicodedata.normalize("NFC", text).strip(), count=1), _COUNTED)
    if len(found) != 1:
        return None
    sign, digits = (-1, found[0][1:]) if found[0][0] in "-−" else (1, found[0])
    return sign * (int(digits) if len(digits) <= 6 else _COUNT_MOST)


def _build(day: int, month: int, year: str | None, today: date) -> date | None:
    if year is None:  # the next such day: a 29 February may be up to four years away
        for ahead in range(5):
            candidate = _safe_date(today.year + ahead, month, day)
            if candidate is not None and candidate >= today:
                return candidate
        return None
    full = int(year) + 2000 if len(year) == 2 else int(year)
    return _safe_date(full, month, day)


def _day_of_month(day: int, start: date) -> date | None:
    """The next ``day`` of a month on or after ``start``: this month's if it is still to come, else the next
    month's that has it (the 31st after 30 April is 31 May)."""
    for ahead in range(3):
        month = start.month + ahead
        candidate = _safe_date(start.year + (month - 1) // 12, (month - 1) % 12 + 1, day)
        if candidate is not None and candidate >= start:
            return candidate
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def nights_of(check_in: date, nights: int) -> list[date]:
    return [check_in + timedelta(days=i) for i in range(nights)]


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
        return local_digits(f"{said} {day.year}" if year else f"{said}, {_WEEKDAYS_BN[day.weekday()]}", lang)
    return f"{day.strftime('%a')} {day.day} {MONTHS_EN[day.month - 1][:3]}" + (f" {day.year}" if year else "")


_WEEKDAYS_BN = ("সোম", "মঙ্গল", "বুধ", "বৃহস্পতি", "শুক্র", "শনি", "রবি")
