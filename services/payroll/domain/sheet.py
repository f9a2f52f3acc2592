"""A month's payroll as the office's sheet holds it: a CSV whose header names the columns (``FIELDS``), read into
one row of cells per line, the empty rows a spreadsheet leaves passed over and each row numbered as the
spreadsheet shows it (the header is row 1). What the cells say is read in ``written``, and checked in ``batch``.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from typing import Any

from services.payroll.domain.slip import COMPONENTS

FIELDS = ("employee_id", *COMPONENTS, "credit_date")


class _Absent:
    """The value ``csv.DictReader`` gives the columns a short row has no cell for."""

    def __repr__(self) -> str:
        return "<no cell>"


ABSENT = _Absent()


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
