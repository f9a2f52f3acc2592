"""A month's payroll as the office uploads it: rows checked one by one, all problems reported at once.

The batch is all or nothing: ``check`` returns either every row's figures or the list of problems with their row
numbers (counting the CSV header as row 1, so the numbers match what a spreadsheet shows; JSON rows count from 1).
A month that has not begun yet cannot be paid, and a row's credit date must fall in its month's window
(``period.credit_window``). The sheet is read in ``sheet``, its amounts and days in ``written``.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import ValidationError

from services.payroll.domain.period import credit_window, month_of
from services.payroll.domain.sheet import ABSENT, FIELDS, KNOWN
from services.payroll.domain.slip import COMPONENTS, Figures
from services.payroll.domain.written import BENGALI_DIGITS, GROUPED, WRITTEN, credit_day, paise

MAX_ROWS = 5000


@dataclass(frozen=True)
class Problem:
    row: int | None  # None: the whole batch's
    employee_id: str
    reason: str


@dataclass(frozen=True)
class Line:
    row: int
    employee_id: str
    figures: Figures


def _misshapen(number: int, raw: Mapping[Any, Any]) -> str | None:
    """Why a CSV row does not line up with its header (see ``rows_from_csv``), or None. A row longer than its header
    because amounts' commas were taken for the cells' (``5,000`` not in quotes) is told so, with those amounts."""
    columns = sum(1 for key in raw if key is not None)
    cells = columns - sum(1 for v in raw.values() if v is ABSENT) + len(raw.get(None) or ())
    if cells == columns:
        return None
    split = _split_amounts([k for k in raw if k is not None], [*(v for k, v in raw.items() if k is not None),
                                                               *(raw.get(None) or ())]) if cells > columns else []
    if len(split) == 1:
        return (f"row {number} has {cells} cells for {columns} columns: an amount written with a comma ({split[0]}) "
                "must be in quotes, or written without the comma")
    if split:
        named = f"{', '.join(split[:-1])} and {split[-1]}"
        return (f"row {number} has {cells} cells for {columns} columns: the amounts written with a comma ({named}) "
                "must be in quotes, or written without the commas")
    return f"the row has {cells} cells, the header has {columns} columns"


PIECES_MOST = 5  # 1,23,45,678.50: the most cells one amount split at its commas is taken to make


def _split_amounts(header: Sequence[str], cells: Sequence[Any]) -> list[str]:
    """The amounts, as written, whose commas split them into the cells a row has too many (``5`` and ``000``:
    ``5,000``; ``₹ 28`` and ``400.50``): runs of neighbouring cells that, joined at their commas, are amounts grouped
    as money is written and put the row back in line with its header, each amount under a pay column and a day under
    credit_date; none if there are none. Of several ways, the one of the most amounts (``5,000,12,500,100``:
    ``5,000`` and ``12,500``, not ``12,500,100``), then of those furthest left. Only named, never taken for them."""
    texts = [str(cell or "") for cell in cells]
    if "credit_date" not in header:  # the day is what tells a row in line from one merely as long as its header
        return []

    @functools.cache
    def line_up(column: int, at: int) -> tuple[tuple[int, str], ...] | None:
        """The amounts joined from cell ``at`` on, the best way to put the rest of the row in line; None if none."""
        if column == len(header):
            return () if at == len(texts) else None
        spare = len(texts) - at - (len(header) - column)
        if header[column] == "credit_date" and not _a_day(texts[at]):
            return None
        ways = [] if (rest := line_up(column + 1, at + 1)) is None else [rest]
        for pieces in range(2, min(spare + 1, PIECES_MOST) + 1) if header[column] in COMPONENTS else ():
            amount = ",".join(texts[at:at + pieces]).strip()
            if _grouped(amount) and (rest := line_up(column + 1, at + pieces)) is not None:
                ways.append(((column, amount), *rest))
        return min(ways, key=lambda way: (-len(way), [c for c, _ in way]), default=None)

    return [amount for _, amount in line_up(0, 0) or ()]


def _a_day(text: str) -> bool:
    try:
        credit_day(text)
    except ValueError:
        return False
    return True


def _grouped(amount: str) -> bool:
    """``amount`` is money written with its commas grouping the digits (``5,000``, ``1,23,456``, ``₹ 28,400.50``)."""
    written = WRITTEN.fullmatch(amount.translate(BENGALI_DIGITS))
    whole, _, part = written.group(2).strip().partition(".") if written else ("", "", "")
    return bool(GROUPED.fullmatch(whole)) and not whole.startswith("0") and bool(re.fullmatch(r"[0-9]{0,2}", part))


def _line(number: int, raw: Mapping[str, Any], month: str, active: Collection[str]) -> Line | list[Problem]:
    """The row's figures, or every fault found in it, so that the office mends the sheet in one go."""
    given = raw.get("employee_id")
    employee_id = "" if given is ABSENT else str(given or "").strip().upper()
    misshapen = _misshapen(number, raw)
    if misshapen:  # which cell is which column is not known: nothing else can be said of it
        return [Problem(number, employee_id, misshapen)]
    faults: list[str] = []
    unknown = sorted(str(k) for k in raw if k not in KNOWN)
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
    if month > month_of(today):  # problems of the whole batch: no row is at fault
        return [], [Problem(None, "", f"{month} has not begun: pay is imported for {month_of(today)} or an "
                                      "earlier month")]
    if not rows:
        return [], [Problem(None, "", "the batch has no rows")]
    if len(rows) > MAX_ROWS:
        return [], [Problem(None, "", f"at most {MAX_ROWS} rows in one batch: split the sheet")]
    lines: list[Line] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, raw in zip(numbers, rows, strict=True):
        checked = _line(number, raw, month, active)
        faults = [] if isinstance(checked, Line) else checked
        employee_id = checked.employee_id if isinstance(checked, Line) else faults[0].employee_id if faults else ""
        if employee_id in seen:  # a faulty first row as well: both are told at once
            faults.append(Problem(number, employee_id, f"the same employee is on row {seen[employee_id]}"))
        elif employee_id in already:
            faults.append(Problem(number, employee_id, "already has a slip for this month: re-issue it"))
        if employee_id:
            seen.setdefault(employee_id, number)
        problems += faults
        if isinstance(checked, Line) and not faults:
            lines.append(checked)
    return ([], problems) if problems else (lines, [])
