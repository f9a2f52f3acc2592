"""A month's payroll as the office uploads it: rows checked one by one, all problems reported at once.

Amounts arrive in rupees (``28400`` or ``28400.50``) because that is how the office's sheets hold them,
and become whole paise here. The batch is all or nothing: ``check`` returns either every row's figures
or the list of problems with their row numbers (counting the CSV header as row 1, so the numbers match
what a spreadsheet shows; JSON rows count from 1).
"""
from __future__ import annotations

import csv
import io
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from services.payroll.domain.slip import COMPONENTS, Figures

FIELDS = ("employee_id", *COMPONENTS, "credit_date")
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


def rows_from_csv(text: str) -> tuple[list[Mapping[str, Any]], int]:
    """The data rows and the number of the first one (2: the header is row 1)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [f for f in ("employee_id", "basic", "credit_date") if f not in (reader.fieldnames or [])]
    if missing:
        raise ValueError(f"the CSV header lacks {', '.join(missing)}; expected columns: {', '.join(FIELDS)}")
    return list(reader), 2


def paise(value: Any) -> int:
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        raise ValueError("not an amount")
    try:
        amount = Decimal(str(value).replace(",", "").strip())
    except InvalidOperation:
        raise ValueError(f"{value!r} is not an amount in rupees") from None
    if not amount.is_finite() or amount != amount.quantize(Decimal("0.01")):
        raise ValueError(f"{value!r}: rupees with at most two decimals")
    return int(amount * 100)


def _line(number: int, raw: Mapping[str, Any], active: Collection[str]) -> Line | Problem:
    employee_id = str(raw.get("employee_id") or "").strip().upper()
    unknown = sorted(str(k) for k in raw if k not in FIELDS)
    if unknown:
        return Problem(number, employee_id, f"unknown column(s): {', '.join(unknown)}")
    if employee_id not in active:
        return Problem(number, employee_id, "no active employee has this id")
    values: dict[str, Any] = {"credit_date": str(raw.get("credit_date") or "").strip()}
    for name in COMPONENTS:
        try:
            values[name] = paise(raw.get(name))
        except ValueError as error:
            return Problem(number, employee_id, f"{name}: {error}")
    try:
        return Line(number, employee_id, Figures.model_validate(values))
    except ValidationError as error:
        reasons = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'row'}: {e['msg']}" for e in error.errors())
        return Problem(number, employee_id, reasons)


def check(rows: Sequence[Mapping[str, Any]], first: int, *, active: Collection[str],
          already: Collection[str]) -> tuple[list[Line], list[Problem]]:
    """``active``: ids of active employees; ``already``: ids that have a slip for the month (a correction
    is a re-issue, not a second import). Returns the lines when there is no problem at all."""
    if not rows:
        return [], [Problem(first, "", "the batch has no rows")]
    if len(rows) > MAX_ROWS:
        return [], [Problem(first, "", f"at most {MAX_ROWS} rows in one batch")]
    lines: list[Line] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(rows, start=first):
        checked = _line(number, raw, active)
        if isinstance(checked, Problem):
            problems.append(checked)
            continue
        if checked.employee_id in seen:
            problems.append(Problem(number, checked.employee_id, f"the same employee is on row {seen[checked.employee_id]}"))
        elif checked.employee_id in already:
            problems.append(Problem(number, checked.employee_id, "already has a slip for this month: re-issue it"))
        else:
            seen[checked.employee_id] = number
            lines.append(checked)
    return ([], problems) if problems else (lines, [])
