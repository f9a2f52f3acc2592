"""A pay month or a financial year as people type it: ``03/2026``, ``March 26``, ``মার্চ ২০২৬``, ``গত মাস``,
``FY 2025-26``, read into the ``2026-03`` and ``2025-26`` the rest of payroll speaks (``period``).
"""
from __future__ import annotations

from collections.abc import Iterator

import re
import unicodedata
from datetime import date, timedelta

from services.payroll.domain.period import NAMES_BN, NAMES_EN, financial_year, month_of
from shared.india import count_in_words, slip_of, typed_number

# 03/2026, 3-2026, 03/26 (a two-digit year is this century's), 2026-03, 2026/03, 2026.03; with a space only between
# the month and a year of this century ("03 2026", "2026 03"): "03 26" or "12 1987" are a PIN in groups, as "48 21" is
TYPED_MONTH = re.compile(r"^\s*(?:(?P<month>0?[1-9]|1[0-2])(?:\s*[/\-.]\s*(?P<year>\d{4}|\d{2})|\s+(?P<spaced>20\d{2}))"
                         r"|(?P<first>\d{4})\s*[/\-.]\s*(?P<last>0[1-9]|1[0-2])|(?P<ahead>20\d{2})\s+(?P<after>0?[1-9]|1[0-2]))\s*$")

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


def _year(digits: str) -> int:
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def parse_typed_month(text: str, today: date | None = None) -> str | None:
    """``03/2026``, ``3-2026``, ``03/26``, ``2026-03``, ``03 2026`` or the month's name and year (``March 2026``,
    ``March 26``, ``mar 2026``, ``মার্চ ২০২৬``), Bengali digits too → ``2026-03``; None if it is not a month. Given
    ``today``, also a month said among other words (``slip for March 2026``, ``মার্চ মাসের বেতন``), a month's name alone
    (its latest, this month at the most) and the last or this month (``গত মাস``, ``last month``)."""
    typed = typed_number(unicodedata.normalize("NFC", text))
    found = TYPED_MONTH.match(typed)
    if found is not None:
        month = found["month"] or found["last"] or found["after"]
        year = found["year"] or found["spaced"] or found["first"] or found["ahead"]
        return f"{_year(year):04d}-{int(month):02d}"
    named = NAMED_MONTH.match(typed)
    if named is not None and (number := _month_number(named["name"] or named["last"])) is not None:
        return f"{_year(named['year'] or named['first']):04d}-{number:02d}"
    return None if today is None else _said(typed.casefold(), today)


# and in Latin letters, as many type Bengali: "gato maser slip", "goto mas", "agher maser", "ei maser slip"
_MAS = r"\s*ma(?:s|sh)(?:er|e)?\b"
_GATO = r"g[ao]t+h?[ao]"  # গত (last) in Latin letters: "gato", "goto", "gotto"
_LAST_LATIN = rf"(?:{_GATO}|ag+h?er)"  # ... and আগের (the one before): "ager", "agher"
LAST_MONTH = re.compile(r"\b(?:last|previous)\s+month|গত\s*মাস|আগের\s*মাস"
                        rf"|\b{_LAST_LATIN}{_MAS}"
                        # and in Hindi: "pichhle mahine ki slip", "पिछले महीने की"
                        r"|\bpich+h?le\s+mah?ine\b|पिछले\s*महीने")
# a month some months back: "2 months ago", "dui mas ager slip", "২ মাস আগের স্লিপ", "do mahine pehle", and the month
# before last ("last to last month", "গত মাসের আগের মাস", "goto maser ager mas"): read before the last month is
BEFORE_LAST = re.compile(rf"\bmonth\s+before\s+last\b|\blast\s+to\s+last\s+month|গত\s*মাসের\s*আগের\s*মাস"
                         rf"|\b{_GATO}{_MAS}\s+ag+h?er{_MAS}")
MONTHS_AGO = re.compile(r"(?<!\S)(?P<count>\S+?)\s*(?:টি|টা|ti|ta)?\s*(?:months?|mas|maas|mash|মাস|mah?ine|महीने)\s*"
                        r"(?:ago|before|ager|aager|আগের|আগে|age|pehle|पहले)(?!\w)")
THIS_MONTH = re.compile(rf"\b(?:this|current)\s+month|এই\s*মাস|চলতি\s*মাস|\b(?:ei|choloti|cholti){_MAS}")
# "slip 03/2026", and a year in two digits that is no month ("slip 3/25"; not "3.25", an amount, nor in a date,
# "10/3/25")
IN_WORDS = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])\s*[/\-.]\s*((?:19|20|21)\d{2})(?!\d)"
                      r"|(?<![\d/.\-])(0?[1-9]|1[0-2])\s*[/\-]\s*(1[3-9]|[2-9]\d)(?![\d/.\-])")
_FILLER = frozenset({"month", "of", "মাস", "মাসের"})  # between a month's name and its year: "মার্চ মাস ২০২৬"
# between a year and a month's name after it: "2025 er march", "২০২৫ সালের মার্চ", "2025 year of march"
_YEAR_OF = frozenset({"er", "r", "এর", "র", "sal", "saler", "সাল", "সালের", "year", "of", "the", "ka", "ki", "की",
                      "का"})
# A Bengali month's name with what it takes for "of": মার্চের, জুলাইয়ের, জানুয়ারির, মে-র
_OF = tuple(unicodedata.normalize("NFC", end) for end in ("য়ের", "ের", "এর", "র"))
# ... and the words joined after it: "the one", "too" (সেপ্টেম্বরেরটা, সেপ্টেম্বরেরটাও, মার্চও), after a name of three
# letters or more (not মে, whose মেটা is another word)
_ONE_TOO = ("টাও", "টিও", "টা", "টি", "ও")


# A month's whole name typed with a slip of a letter or two ("Octobr", "febuary", "সেপ্টেমবর"): names of five
# letters or more, more alike than this to one of them and no other; one letter of five changed is another word
# ("match", "marsh", "মার্ক" are not March)
_WHOLE_NAMES = {name: i for name, i in _MONTH_NUMBERS.items() if len(name) >= 5}
NAME_NEAR = 0.81


def _month_number(word: str) -> int | None:
    word = word.casefold().rstrip(".")
    bare = next((word[:-len(end)] for end in _ONE_TOO if word.endswith(end) and len(word) > len(end) + 2), word)
    for stem in dict.fromkeys((word, bare, *(said[:-len(end)] for said in (word, bare) for end in _OF
                                             if said.endswith(end)))):
        if stem in _MONTH_NUMBERS:
            return _MONTH_NUMBERS[stem]
    return slip_of(word, _WHOLE_NAMES, cutoff=NAME_NEAR) if len(word) >= 5 else None


def _months_back(typed: str) -> int | None:
    """How many months back the words say the month is ("2 months ago": 2), one to twelve; None when they do not."""
    if BEFORE_LAST.search(typed):
        return 2
    for found in MONTHS_AGO.finditer(typed):
        said = found["count"]
        if (count := int(said) if said.isdigit() else count_in_words(said)) is not None:
            return count if 1 <= count <= 12 else None
    return None


def _said(typed: str, today: date) -> str | None:
    """The month said among other words, or by a month's name alone, or as the last or this month, or some months
    back."""
    if (back := _months_back(typed)) is not None:
        return month_of(date(today.year - (today.month <= back), (today.month - back - 1) % 12 + 1, 1))
    if (last := LAST_MONTH.search(typed)) or THIS_MONTH.search(typed):
        return month_of(today.replace(day=1) - timedelta(days=1) if last else today)
    if (found := IN_WORDS.search(typed)) is not None:
        month, year = [group for group in found.groups() if group]  # of the branch that found them
        return f"{_year(year):04d}-{int(month):02d}"
    return next((month for _, month, _ in _named(typed, today)), None)


# "may" beside these is the month ("slips of may june", "salary for may", "may 2026", "may maser slip"); elsewhere
# it asks leave ("may I have my slip", "you may send it")
_MAY_BEFORE = frozenset({"of", "for", "in", "from", "to", "till", "until", "since", "and", "&", "the", "last", "this"})
_MAY_AFTER = frozenset({"month", "mas", "maser", "mase", "and", "&", "er", "r", "slip", "slips", "payslip", "salary",
                        "pay", "bill", "to", "till", "until", "theke", "se"})  # and a run from it: "may to july"


def _month_may(before: str, after: str) -> bool:
    """Whether "may", between the words ``before`` and ``after`` ("" at an end), is the month: after a word that leads
    to a month, or before a year, the month's word or what is asked of it, or beside another month's name."""
    beside = [w for w in (before, after) if w and w != "may" and _month_number(w) is not None]
    return (before in _MAY_BEFORE or after in _MAY_AFTER or bool(beside)
            or re.fullmatch(r"(?:19|20|21)\d{2}|'?\d{2}", after) is not None)


# A financial year said with a month's name: "march 2025-26", "2025-26 er april" (March of 2025-26 is March 2026)
_FINANCIAL = re.compile(r"(?<!\d)((?:19|20|21)\d{2})\s*[-/]\s*(\d{2}|\d{4})(?!\d)")
# beside a number, money: "2000 taka" is no year
_MONEY = frozenset({"taka", "tk", "টাকা", "rs", "rupees", "rupee", "₹", "inr", "rupaye", "रुपये"})


def _year_elsewhere(words: list[str]) -> str | None:
    """The one year said among the words, away from the month's name ("march er slip 2025 er ta", "slip of march for
    the year 2025", "2025 e march maser slip"); None for none, for two, or for an amount ("march e 2000 taka kom")."""
    beside = [("", *words), (*words[1:], "")]  # the word before each word, and the word after it
    years = {w for w, before, after in zip(words, *beside) if re.fullmatch(r"(?:19|20|21)\d{2}", w)
             and before not in _MONEY and after not in _MONEY}
    return years.pop() if len(years) == 1 else None


def _year_after(start: int, end: str) -> bool:
    """Whether ``end``, written in two digits or four, is the year after ``start``: a financial year's two ends."""
    return int(end) == (start + 1 if int(end) >= 1000 else (start + 1) % 100)


def _financial_year(typed: str) -> int | None:
    """The first year of the one financial year said ("2025-26", "2024-2025"); None for none or for two."""
    said = {int(start) for start, end in _FINANCIAL.findall(typed) if _year_after(int(start), end)}
    return said.pop() if len(said) == 1 else None


# the year said in words with a month's name: "last year march slip", "march of last year", "গত বছরের মার্চ", "gato
# bochor er march", "pichhle saal march", and this year ("this year's march", "ei bochorer march")
LAST_YEAR = re.compile(rf"\b(?:last|previous)\s+year|গত\s*বছর|আগের\s*বছর|\b{_LAST_LATIN}\s*bo?c?h+o?r"
                       r"|\bpich+h?le\s+saa?l\b|पिछले\s*साल")  # not "pichhle salary"
THIS_YEAR = re.compile(r"\b(?:this|current)\s+year|এই\s*বছর|চলতি\s*বছর|\bei\s*bo?c?h+o?r|\bis\s+saa?l\b|इस\s*साल")


def _words(typed: str) -> list[str]:
    return [w for w in re.split(r"[\s,/.\-'’()।]+|(?<=\D)(?=\d)|(?<=\d)(?=\D)", typed) if w]


def _named(typed: str, today: date) -> Iterator[tuple[int, str, bool]]:
    """Each month named by its name among the words, in turn (the word's place, the month, whether its year was said
    beside it), with the year beside it, else the one financial year or the one year said elsewhere, else its
    latest."""
    words = _words(typed)
    elsewhere, financial = _year_elsewhere(words), _financial_year(typed)
    if elsewhere is None and LAST_YEAR.search(typed):
        elsewhere = str(today.year - 1)
    elif elsewhere is None and THIS_YEAR.search(typed):
        elsewhere = str(today.year)
    for at, word in enumerate(words):
        number = _month_number(word)
        if number is None:
            continue
        after = next((w for w in words[at + 1:] if w not in _FILLER), "")
        # the year before it, "of" between them or not: "2025 march", "2025 er march", "২০২৫ সালের মার্চ"
        year_before = next((w for w in reversed(words[:at]) if w not in _YEAR_OF), "")
        before = words[at - 1] if at else ""
        following = words[at + 1] if at + 1 < len(words) else ""
        if word == "may" and len(words) > 1 and not _month_may(before, following):  # "may I have my slip": none
            continue
        if financial is not None:  # April to December in its first year, January to March in its second
            yield at, f"{financial + (number < 4):04d}-{number:02d}", False
        elif re.fullmatch(r"(?:19|20|21)\d{2}|\d{2}", after):
            yield at, f"{_year(after):04d}-{number:02d}", True
        elif re.fullmatch(r"(?:19|20|21)\d{2}", year_before):
            yield at, f"{year_before}-{number:02d}", True
        elif elsewhere is not None:
            yield at, f"{elsewhere}-{number:02d}", False
        else:
            yield at, f"{today.year if number <= today.month else today.year - 1}-{number:02d}", False


# between two months' names, a run of months: "jan to march", "january theke march porjonto", "জানুয়ারি থেকে মার্চ",
# "april se june tak", "jan-mar" (a dash between words); the months' own words and a year may stand beside them
_THROUGH = frozenset({"to", "till", "until", "upto", "through", "thru", "theke", "থেকে", "se", "से"})
_BESIDE_THROUGH = frozenset({"month", "months", "mas", "maas", "mash", "maser", "masher", "mase", "er", "r", "মাস",
                             "মাসের", "এর", "র", "of", "porjonto", "পর্যন্ত", "tak", "तक"})
# ... and after a year, spaced: "nov 2025 - feb 2026" (not "2025-26", a financial year, nor "2025-march", its March)
_DASH = re.compile(r"(?<=[^\s\d])\s*[-–]\s*(?=[^\s\d])|(?<=\d)\s+[-–]\s*(?=[^\W\d_])")


def _through(first: str, last: str, *, from_first: bool = False) -> list[str]:
    """The months from ``first`` to ``last`` (``YYYY-MM``), both in; "november to february" runs across a new year:
    back from the last (its year said, "november to february 2026"), or on from the first (``from_first``: its year
    said and not the last's, "december 2025 to february" is to February 2026). Only the two when the run would be
    over a year."""
    start, end = (int(first[:4]) * 12 + int(first[5:]) - 1), (int(last[:4]) * 12 + int(last[5:]) - 1)
    if end < start and from_first:
        end = start + (end - start) % 12
    elif end < start:
        start -= 12
    if not 0 <= end - start < 12:
        return [first, last]
    return [f"{n // 12:04d}-{n % 12 + 1:02d}" for n in range(start, end + 1)]


def months_named(text: str, today: date) -> list[str]:
    """The months named by their names in ``text``, each once, in the order said ("slips of august september
    october", "আগস্ট আর সেপ্টেম্বরের স্লিপ"), and every month of a run named by its ends ("jan to march"): several
    asked for at once."""
    typed = _DASH.sub(" to ", typed_number(unicodedata.normalize("NFC", text)).casefold())
    words, named = _words(typed), list(_named(typed, today))
    months: list[str] = []
    ended = ""  # a run's last month, as the run reckoned its year
    for (at, month, own), (following, last, own_last) in zip(named, [*named[1:], (-1, "", False)]):
        month, own, ended = ended or month, own or bool(ended), ""
        between = [w for w in words[at + 1:following] if w not in _BESIDE_THROUGH and not w.isdigit()]
        if last and between and all(w in _THROUGH for w in between):
            *months_before, ended = _through(month, last, from_first=own and not own_last)
            months += months_before
        else:
            months.append(month)
    return list(dict.fromkeys(months))


TYPED_YEAR = re.compile(r"^\s*(?:fy\s*)?((?:19|20|21)\d{2})\s*[-/]\s*(\d{2}|\d{4})\s*$", re.IGNORECASE)


def parse_typed_year(text: str) -> str | None:
    """A financial year as the year list shows it or people write it: ``2025-26``, ``২০২৫-২৬``, ``2025/26``,
    ``2025-2026``, ``FY 2025-26`` → ``2025-26``; None if it is not one (``2025-27``)."""
    found = TYPED_YEAR.match(typed_number(unicodedata.normalize("NFC", text)))
    if found is None:
        return None
    start = int(found.group(1))
    if not _year_after(start, found.group(2)):
        return None
    return f"{start}-{(start + 1) % 100:02d}"



# The annual statement asked for with its year: "statement 2025", "2025 statement", "বার্ষিক বিবরণী ২০২৫",
# "annual statement 2024-25"; a year alone is the financial year that begins in it, as the year list writes it
STATEMENT_WORDS = frozenset({"statement", "বিবরণী"})
_AROUND_STATEMENT = frozenset({"annual", "yearly", "salary", "pay", "my", "the", "for", "of", "year", "financial",
                               "please", "pls", "বার্ষিক", "বেতন", "বেতনের", "আমার", "সাল", "সালের", "বছর", "বছরের",
                               "আর্থিক"})
_OF_YEAR = re.compile(r"(?<=\d)-?(?:এর|র)$|[.।!?]+$")
LONE_YEAR = re.compile(r"^((?:19|20|21)\d{2})$")  # not "FY 2025": many mean 2024-25 by it


# asking for it: "2025-26 er ta din", "২০২৫-২৬ এর টা দিন", "2025-26 please", "send me 2024-25"
_ASKING = frozenset({"এর", "টা", "টি", "দিন", "দাও", "চাই", "পাঠান", "পাঠাও", "er", "r", "ta", "ti", "din", "dao", "chai",
                     "pathan", "pathao", "please", "pls", "send", "give", "me", "i", "want", "need"})


# a financial year said in words with the statement: "last financial year statement", "gato arthik bochorer
# statement", "গত আর্থিক বছরের বিবরণী", "previous FY statement", and this one ("this financial year statement")
_FINANCIAL_YEAR = r"(?:\bfinancial|\bfiscal|\barthik|আর্থিক)\s*(?:year|bo?c?h+or|বছর)|\bfy\b"
LAST_FINANCIAL = re.compile(rf"(?:\b(?:last|previous|{_LAST_LATIN})|গত|আগের)\s*(?:{_FINANCIAL_YEAR})")
THIS_FINANCIAL = re.compile(rf"(?:\b(?:this|current|ei|choloti|cholti)|এই|চলতি)\s*(?:{_FINANCIAL_YEAR})")
# with the statement, a financial year's first year may be two digits: "FY 24-25 statement", "statement 24-25"
_SHORT_YEAR = re.compile(r"^(?:fy\s*)?(\d{2})\s*[-/]\s*(\d{2})$")


def parse_statement_year(text: str, today: date | None = None) -> str | None:
    """The financial year of a statement asked for with its year and nothing else: ``statement 2025`` → ``2025-26``,
    ``annual statement 2024-25`` → ``2024-25``, ``FY 24-25 statement`` → ``2024-25``; a financial year written as
    one, with words asking for it ("২০২৫-২৬ এর টা দিন", "2025-26 please"), too. Given ``today``, the last or this
    financial year said in words with the statement ("last financial year statement"). None without the word
    statement for a calendar year, or with any other word or number."""
    typed = typed_number(unicodedata.normalize("NFC", text)).casefold()
    words = [_OF_YEAR.sub("", word) for word in re.split(r"[\s,]+", typed) if word]
    rest = " ".join(w for w in words if w and w not in STATEMENT_WORDS | _AROUND_STATEMENT | _ASKING)
    if not STATEMENT_WORDS.intersection(words):
        return parse_typed_year(rest) if rest != typed.strip() else None
    if today is not None and (said := LAST_FINANCIAL.search(typed) or THIS_FINANCIAL.search(typed)):
        running = financial_year(month_of(today))  # April to March
        return running if THIS_FINANCIAL.search(said.group(0)) else f"{int(running[:4]) - 1}-{running[2:4]}"
    if (found := LONE_YEAR.match(rest)) is not None:
        return f"{found.group(1)}-{(int(found.group(1)) + 1) % 100:02d}"
    if (short := _SHORT_YEAR.match(rest)) is not None and _year_after(int(short.group(1)), short.group(2)):
        return f"20{short.group(1)}-{short.group(2)}"
    return parse_typed_year(rest)


FIRST_YEAR = 2000  # a lone number before it is no year of anyone's pay here (a PIN such as 1987, more likely)


def parse_lone_year(text: str, today: date) -> int | None:
    """A calendar year typed alone (``2025``, ``২০২৫``), from 2000 to this one; None for anything else. Where a month
    is asked it means a month of that year: which one is asked next."""
    found = LONE_YEAR.match(typed_number(unicodedata.normalize("NFC", text)).strip())
    year = int(found.group(1)) if found is not None else 0
    return year if FIRST_YEAR <= year <= today.year else None
