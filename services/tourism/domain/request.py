"""A whole booking request typed in one message, as people write to a desk: "room at lataguri 10 apr 3 nights 2
people", "digha te 25 tarikh theke 2 rat er jonno ekta ghor chai", "দিঘায় ২৫ ডিসেম্বর থেকে ২ রাতের জন্য একটা ঘর চাই".

The nights are a count said with nights ("2 nights", "২ রাতের", "dui rat"), the days one said with days and no
date ("2 din", "for 2 days": as many nights or one fewer, asked once the check-in is chosen), the guests a count said
with people ("4 ppl", "আমরা ২ জন", "3 jon"), the rooms a count said with rooms ("2 rooms", "2 ta room", "২টা ঘর",
"dui ta ghor"; "ekta ghor", "a room" are a room asked for, no count), the check-in a date read as ``calendar`` reads
one typed alone (or a stay as ``stay_dates`` reads one, its nights with it); a bare number is neither. What is left
are the words that may name the place, for the chat to look up in its catalogue (``words``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from services.tourism.domain.calendar import parse_date
from services.tourism.domain.loose_dates import parse_days
from services.tourism.domain.stay_dates import cleaned, parse_stay
from shared.india import count_said

_COUNT = r"(?<!\S)(\d{1,3}|[^\s\d]+)\s*"
_NIGHTS = re.compile(_COUNT + r"(?:nights?|raat|rat|রাত|রাতের|রাত্রি|রাতে|रात)(?!\S)")
_DAYS = re.compile(_COUNT + r"(?:days?|din|দিন|দিনের|दिन)(?!\S)")  # read only when no date is: "kal theke 2 din"
# (and Hindi's "3 log", "3 लोग")
_GUESTS = re.compile(_COUNT + r"(?:people|persons?|ppl|pax|guests?|adults?|members?|jon|জন|জনের|জনে|log|लोग)(?!\S)")
# rooms counted, with the counter Bengali puts between ("2 ta room", "২টা ঘর")
_ROOMS = re.compile(_COUNT + r"(?:(?:ta|ti|to|টা|টি|টে|খানা)\s*)?(?:rooms?|gh[oa]r|kamr[ae]|ঘর|রুম|কামরা)(?!\S)")
_LONGEST = 6  # words of a date or a stay: "from 5 Dec to 8 Dec"
_MAX_NIGHTS = 59  # the most a policy allows: more is kept for the date step to refuse with its own range


@dataclass(frozen=True)
class Request:
    day: date | None = None  # the check-in
    date_text: str | None = None  # the words of the date or the stay, to read again where the check-in is asked
    nights: int | None = None
    guests: int | None = None
    rooms: int | None = None  # counted in digits, or in words from two ("one room" is a room asked for)
    words: tuple[str, ...] = ()  # the other words, one of which may name the place
    nights_apart: bool = True  # the nights said apart from the date, not by a stay's two dates ("25 to 27 Dec")
    days: int | None = None  # the days said, with the check-in ("kal theke 2 din") or alone: as many nights, or one
    # fewer

    @property
    def said(self) -> bool:
        return any(value is not None for value in (self.day, self.nights, self.guests, self.days, self.rooms))


@lru_cache(maxsize=32)
def read_request(text: str, today: date) -> Request:
    """What a request typed whole names: the check-in (with its nights when a stay), the nights, the guests, the
    rooms. Read once for a message that several steps of the chat read (its date, its place, whether it is a stay's):
    every run of up to six of its words is tried as a date, a tenth of a second for a 4,000-character message."""
    rest = cleaned(text).replace(",", " ")
    nights, rest = _counted(_NIGHTS, rest)
    guests, rest = _counted(_GUESTS, rest)
    rooms, rest = _counted(_ROOMS, rest, least_in_words=2)
    words = rest.split()
    day, date_text, span = _dated(words, today)
    apart, days = True, None
    if date_text is not None and (said_days := parse_days(date_text, today)) is not None:
        day, days, apart = said_days[0], said_days[1], False
    elif date_text is not None and span[1] - span[0] > 1 and (stay := parse_stay(date_text, today, _MAX_NIGHTS)):
        day, nights, apart = stay[0], (stay[1] - stay[0]).days, False
    elif date_text is None and nights is None:  # days alone ("2 din", "for 2 days"), their check-in asked later
        days, rest = _counted(_DAYS, rest)
        words = rest.split()
    left = tuple(words[:span[0]] + words[span[1]:])
    return Request(day, date_text, nights, guests, rooms, left, apart, days)


def _counted(pattern: re.Pattern[str], text: str, *, least_in_words: int = 1) -> tuple[int | None, str]:
    """The one count ``pattern`` finds, and the words without it; none when said twice or not a count (in words, not
    one under ``least_in_words``)."""
    found = [(match, count_said(match.group(1))) for match in pattern.finditer(text)]
    found = [(match, count) for match, count in found
             if count is not None and (match.group(1).isdigit() or count >= least_in_words)]
    if len(found) != 1:
        return None, text
    match, count = found[0]
    return count, f"{text[:match.start()]} {text[match.end():]}"


def _dated(words: list[str], today: date) -> tuple[date | None, str | None, tuple[int, int]]:
    """The longest run of words that is a stay or a date, its first day, and where it lies among the words."""
    for length in range(min(_LONGEST, len(words)), 0, -1):
        for start in range(len(words) - length + 1):
            said = " ".join(words[start:start + length])
            if length > 1 and (days := parse_days(said, today)):  # "kal theke 2 din": no stay to the 2nd
                return days[0], said, (start, start + length)
            if length > 1 and (stay := parse_stay(said, today, _MAX_NIGHTS)):
                return stay[0], said, (start, start + length)
            if (day := parse_date(said, today)) is not None:
                return day, said, (start, start + length)
    return None, None, (0, 0)
