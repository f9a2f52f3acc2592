"""A month's payroll as the office's sheet holds it: a CSV whose header names the columns (``FIELDS``), read into
one row of cells per line, the empty rows a spreadsheet leaves passed over and each row numbered as the
spreadsheet shows it (the header is row 1). What the cells say is read in ``written``, and checked in ``batch``.

The file comes as Excel saves it (``sheet_text``): UTF-8, UTF-16 with its byte-order mark ("Unicode Text", whose
cells are split by tabs), or the Windows code page of "CSV (Comma delimited)".
"""
from __future__ import annotations

import codecs
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
BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
SAVE_AS = 'save the sheet from Excel as "CSV UTF-8 (Comma delimited)", or send it without a charset'


def sheet_text(data: bytes, charset: str | None) -> str:
    """The uploaded file's text: by its byte-order mark when it has one, else in the charset its Content-Type
    declares, else UTF-8, else Windows-1252 (Excel's "CSV (Comma delimited)"; its cells are only ids, amounts and
    days, so a character misread there is refused as any wrong cell is, by its row)."""
    for mark, encoding in BOMS:
        if data.startswith(mark):
            return data.decode(encoding)
    if charset:
        try:
            return data.decode(charset)
        except LookupError:
            raise ValueError(f"the upload declares the charset {charset!r}, which is not known: {SAVE_AS}") from None
        except UnicodeDecodeError as error:
            row = data[:error.start].count(b"\n") + 1
            raise ValueError(f"row {row} is not readable as {charset}, the charset the upload declares: "
                             f"{SAVE_AS}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def rows_from_csv(text: str) -> tuple[list[Mapping[str, Any]], list[int]]:
    """The data rows and the number of each in the sheet (the header is row 1), counting the empty rows a
    sheet may have between them, which are passed over: a blank line, or ``,,,,`` as Excel saves an empty row.
    A row with more cells than the header keeps the extra ones under ``None`` and a shorter one has ``ABSENT``
    cells: ``check`` refuses both rather than guess which column a cell belongs to."""
    text = text.lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    tabs = "\t" in first and "," not in first  # Excel's "Unicode Text"
    reader = csv.DictReader(io.StringIO(text), restval=ABSENT, delimiter="\t" if tabs else ",")
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
