"""A month's payroll as the office uploads it: rows checked one by one, all problems reported at once.

Amounts arrive in rupees (``28400``, ``28400.50``, ``₹ 1,23,456``) because that is how the office's sheets hold them,
and become whole paise here. The batch is all or nothing: ``check`` returns either every row's figures
or the list of problems with their row numbers (counting the CSV header as row 1, so the numbers match
what a spreadsheet shows; JSON rows count from 1). A month that has not begun yet cannot be paid, and a
row's credit date, written ``2026-02-28`` or day first as Excel writes a date in India (``28/02/2026``), must
fall in its month's window (``period.credit_window``).
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from pydantic import ValidationError

from services.payroll.domain.period import credit_window, month_of
from services.payroll.domain.slip import COMPONENTS, MOST, Figures
from shared.india import BENGALI_DIGITS as BENGALI

FIELDS = ("employee_id", *COMPONENTS, "credit_date")
MAX_ROWS = 5000
AMOUNT = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")  # ASCII digits only: not \d
# the sign, then the rupee as an office writes it (₹ 5,000, Rs. 5,000), then the figure, closed or not by "/-" as
# money is written on Indian papers (Rs. 5,000/-)
WRITTEN = re.compile(r"([+-]?)\s*(?:₹|rs\.?|inr)?\s*(.*?)(?:\s*/-)?", re.IGNORECASE | re.DOTALL)
SCIENTIFIC = re.compile(r"[0-9.]\s*e\s*[+-]?\s*[0-9]", re.IGNORECASE)  # 1e5, 2.8E+04: a spreadsheet's display
# thousands then lakhs (Indian: 1,23,456) or thousands all the way (Western: 123,456)
GROUPED = re.compile(r"[0-9]{1,2}(,[0-9]{2})*,[0-9]{3}|[0-9]{1,3}(,[0-9]{3})+")
BENGALI_DIGITS = str.maketrans(BENGALI, "0123456789")  # Bengali only: other scripts' digits are refused
MOST_RUPEES = Decimal(MOST) / 100
ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})")
DAY_FIRST = re.compile(r"([0-9]{1,2})\s*([/\-.])\s*([0-9]{1,2})\s*\2\s*([0-9]{4})")


class _Absent:
    """The value ``csv.DictReader`` gives the columns a short row has no cell for."""

    def __repr__(self) -> str:
        return "<no cell>"


ABSENT = _Absent()


@dataclass(frozen=True)
class Problem:
    row: int
    employee_id: str
    reason: str


@dataclass(frozen=True)
class Line:
    row: int
    employee_id: str
    figures: Figures


def rows_from_csv(text: str) -> tuple[list[Mapping[str, Any]], list[int]]:
    """The data rows and the number of each in the sheet (the header is row 1), counting the empty rows a
    sheet may have between them, which are passed over: a blank line, or ``,,,,`` as Excel saves an empty row.
    A row with more cells than the header keeps the extra ones under ``None`` and a shorter one has ``ABSENT``
    cells: ``check`` refuses both rather than guess which column a cell belongs to."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")), restval=ABSENT)
    try:
        header = reader.fieldnames or []
        missing = [f for f in ("employee_id", "basic", "credit_date") if f not in header]
        if missing:
            raise ValueError(f"the CSV header lacks {', '.join(missing)}; expected columns: {', '.join(FIELDS)}")
        repeated = sorted({f for f in header if header.count(f) > 1})
        if repeated:
            raise ValueError(f"the CSV header names {', '.join(repeated)} more than once")
        found = [(reader.line_num, row) for row in reader if not _empty(row)]
        return [row for _, row in found], [number for number, _ in found]
    except csv.Error as error:  # a cell past the csv module's size limit; ``line_num``: the last row read whole
        raise ValueError(f"row {reader.line_num + 1}: not readable as CSV ({error})") from None


def _empty(row: Mapping[Any, Any]) -> bool:
    return not any(v is not ABSENT and str(v or "").strip() for v in row.values())


def paise(value: Any) -> int:
    """Rupees as an office writes them (``28400``, ``"₹ 28,400.50"``, ``"Rs. 1,23,456"``, Bengali digits too) as
    whole paise; ``ValueError`` says why not. Commas must group the figure as money is written, in the Indian
    (1,23,456) or the Western (123,456) way; scientific notation (``1e5``), which a spreadsheet shows for a long
    figure, is refused rather than read as ₹1,00,000. The number is checked as text before any arithmetic, so
    nothing the office types can raise anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        raise ValueError("not an amount")
    if isinstance(value, float | int):  # a JSON number: its value, however Python spells it (1e+30)
        text = format(Decimal(repr(value)), "f") if isinstance(value, float) else str(value)
    else:
        text = _figure(value)
    if not AMOUNT.fullmatch(text):
        raise ValueError(f"{value!r} is not an amount in rupees")
    amount = Decimal(text)
    if amount < 0:
        raise ValueError(f"{value!r} is below zero")
    if amount > MOST_RUPEES:
        raise ValueError(f"{value!r} is more than ₹1,00,00,000: not one month's pay")
    if amount != amount.quantize(Decimal("0.01")):
        raise ValueError(f"{value!r}: rupees with at most two decimals")
    return int(amount * 100)


def _figure(value: Any) -> str:
    """The figure of an amount written as text, without its rupee sign, spaces and grouping commas."""
    sign, figure = WRITTEN.fullmatch(str(value).strip().translate(BENGALI_DIGITS)).groups()  # type: ignore[union-attr]
    if SCIENTIFIC.search(figure):
        raise ValueError(f"{value!r} is in scientific notation, as a spreadsheet shows a long figure: write the "
                         "amount in full, e.g. 100000 or 1,00,000 (format the column as Number)")
    whole, point, part = figure.strip().partition(".")
    if "," in whole and re.fullmatch(r"[0-9,]+", whole) and not GROUPED.fullmatch(whole):
        raise ValueError(f"{value!r}: the commas are not grouped as money is written, e.g. 1,23,456 or 123,456")
    return sign + whole.replace(",", "") + point + part


def credit_day(value: Any) -> date:
    """The day pay was credited, as the office's sheet writes it: ``2026-02-28``, or day first as Excel writes a
    date in India, ``28/02/2026``, ``28-02-2026`` or ``28.02.2026`` (Bengali digits too); ``ValueError`` says
    what was expected."""
    text = str(value if value is not None and value is not ABSENT else "").strip().translate(BENGALI_DIGITS)
    if not text:
        raise ValueError("missing: the day the pay reached the bank, e.g. 28/02/2026")
    if (iso := ISO_DAY.fullmatch(text)) is not None:
        year, month, day = iso.groups()
    elif (written := DAY_FIRST.fullmatch(text)) is not None:
        day, _, month, year = written.groups()
    else:
        raise ValueError(f"{value!r} is not a date: write it as 28/02/2026 (day/month/year) or 2026-02-28")
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise ValueError(f"{value!r} is not a day of the calendar (day/month/year)") from None


def _misshapen(number: int, raw: Mapping[Any, Any]) -> str | None:
    """Why a CSV row does not line up with its header (see ``rows_from_csv``), or None. A row longer than its header
    because an amount's commas were taken for the cells' (``5,000`` not in quotes) is told so, with that amount."""
    columns = sum(1 for key in raw if key is not None)
    cells = columns - sum(1 for v in raw.values() if v is ABSENT) + len(raw.get(None) or ())
    if cells == columns:
        return None
    split = _split_amount([k for k in raw if k is not None], [*(v for k, v in raw.items() if k is not None),
                                                             *(raw.get(None) or ())]) if cells > columns else None
    if split is not None:
        return (f"row {number} has {cells} cells for {columns} columns: an amount written with a comma ({split}) "
                "must be in quotes, or written without the comma")
    return f"the row has {cells} cells, the header has {columns} columns"


def _split_amount(header: Sequence[str], cells: Sequence[Any]) -> str | None:
    """The amount, as written, whose commas split it into the cells a row has too many (``5`` and ``000``:
    ``5,000``; ``₹ 28`` and ``400.50``): neighbouring cells that, joined at their commas, are an amount grouped as
    money is written and put the row back in line with its header, the amount under a pay column and a day under
    credit_date; None if there is none. Only named, never taken for the amount."""
    texts = [str(cell or "") for cell in cells]
    pieces = len(texts) - len(header) + 1
    for start in range(len(header)):
        joined = ",".join(texts[start:start + pieces]).strip()
        written = WRITTEN.fullmatch(joined.translate(BENGALI_DIGITS))
        whole, _, part = written.group(2).strip().partition(".") if written else ("", "", "")
        if header[start] not in COMPONENTS or not GROUPED.fullmatch(whole) or whole.startswith("0") \
                or not re.fullmatch(r"[0-9]{0,2}", part):
            continue
        lined_up = dict(zip(header, [*texts[:start], joined, *texts[start + pieces:]], strict=True))
        try:
            credit_day(lined_up.get("credit_date"))
        except ValueError:
            continue
        return joined
    return None


def _line(number: int, raw: Mapping[str, Any], month: str, active: Collection[str]) -> Line | list[Problem]:
    """The row's figures, or every fault found in it, so that the office mends the sheet in one go."""
    given = raw.get("employee_id")
    employee_id = "" if given is ABSENT else str(given or "").strip().upper()
    misshapen = _misshapen(number, raw)
    if misshapen:  # which cell is which column is not known: nothing else can be said of it
        return [Problem(number, employee_id, misshapen)]
    faults: list[str] = []
    unknown = sorted(str(k) for k in raw if k not in FIELDS)
    if unknown:
        faults.append(f"unknown column(s): {', '.join(unknown)}")
    if employee_id not in active:
        faults.append("no active employee has this id")
    values: dict[str, Any] = {}
    try:
        values["credit_date"] = credit_day(raw.get("credit_date"))
    except ValueError as error:
        faults.append(f"credit_date: {error}")
    first, last = credit_window(month)
    if "credit_date" in values and not first <= values["credit_date"] <= last:
        faults.append(f"credit_date: {values['credit_date']} is outside the days {month}'s pay may be credited "
                      f"({first} to {last})")
    for name in COMPONENTS:
        try:
            values[name] = paise(raw.get(name))
        except ValueError as error:
            faults.append(f"{name}: {error}")
    figures = None
    if len(values) == len(FIELDS) - 1:  # every figure read: whether they add up
        try:
            figures = Figures.model_validate(values)
        except ValidationError as error:
            faults += [f"{'.'.join(map(str, e['loc'])) or 'row'}: {e['msg']}" for e in error.errors()]
    if faults or figures is None:
        return [Problem(number, employee_id, fault) for fault in faults]
    return Line(number, employee_id, figures)


def check(rows: Sequence[Mapping[str, Any]], first: int | Sequence[int], *, month: str, today: date,
          active: Collection[str], already: Collection[str]) -> tuple[list[Line], list[Problem]]:
    """The rows of ``month``'s pay, numbered from ``first`` or each by its number in ``first`` (a sheet's row
    numbers, ``rows_from_csv``); ``today``: in India. ``active``: ids of active employees; ``already``: ids
    that have a slip for the month (a correction is a re-issue, not a second import). Returns the lines when
    there is no problem at all."""
    numbers = range(first, first + len(rows)) if isinstance(first, int) else first
    at = first if isinstance(first, int) else numbers[0] if numbers else 2  # a problem of the whole batch
    if month > month_of(today):
        return [], [Problem(at, "", f"{month} has not begun: pay is imported for {month_of(today)} or an "
                                    "earlier month")]
    if not rows:
        return [], [Problem(at, "", "the batch has no rows")]
    if len(rows) > MAX_ROWS:
        return [], [Problem(at, "", f"at most {MAX_ROWS} rows in one batch")]
    lines: list[Line] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, raw in zip(numbers, rows, strict=True):
        checked = _line(number, raw, month, active)
        if not isinstance(checked, Line):
            problems += checked
            continue
        if checked.employee_id in seen:
            problems.append(Problem(number, checked.employee_id,
                                    f"the same employee is on row {seen[checked.employee_id]}"))
        elif checked.employee_id in already:
            problems.append(Problem(number, checked.employee_id, "already has a slip for this month: re-issue it"))
        else:
            seen[checked.employee_id] = number
            lines.append(checked)
    return ([], problems) if problems else (lines, [])
