"""A month's payroll as the office uploads it: rows checked one by one, all problems reported at once.

The batch is all or nothing: ``check`` returns either every row's figures or the list of problems with their row
numbers (counting the CSV header as row 1, so the numbers match what a spreadsheet shows; JSON rows count from 1).
A month that has not begun yet cannot be paid, and a row's credit date must fall in its month's window
(``period.credit_window``). The sheet is read in ``sheet``, its amounts and days in ``written``.
"""
from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from services.payroll.domain.period import credit_window, month_of
from services.payroll.domain.sheet import ABSENT, FIELDS
from services.payroll.domain.slip import COMPONENTS, Figures
from services.payroll.domain.written import BENGALI_DIGITS, GROUPED, WRITTEN, credit_day, paise

MAX_ROWS = 5000


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
