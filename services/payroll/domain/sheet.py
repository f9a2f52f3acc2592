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
import re
from collections.abc import Mapping
from typing import Any

from services.payroll.domain.slip import COMPONENTS

FIELDS = ("employee_id", *COMPONENTS, "credit_date")
KNOWN = ("employee_id", "name", *FIELDS[1:])  # the name: only to check the id by
_KEYS = {name.replace("_", ""): name for name in KNOWN}


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
    The header's names are read as ``column`` reads them; a column with no name and nothing in it (a trailing
    comma) is passed over. A row with more cells than the header keeps the extra ones under ``None`` and a shorter
    one has ``ABSENT`` cells: ``check`` refuses both rather than guess which column a cell belongs to."""
    text = text.lstrip("\ufeff")
    first = next((line for line in text.splitlines() if line.strip()), "")
    tabs = "\t" in first and "," not in first  # Excel's "Unicode Text"
    reader = csv.reader(io.StringIO(text), delimiter="\t" if tabs else ",")
    found: list[tuple[int, dict[Any, Any]]] = []
    try:
        written = next(reader, [])
        header = _header(written)
        found += ((reader.line_num, _row(header, cells)) for cells in reader)
    except csv.Error as error:  # a cell past the csv module's size limit
        whole = found[-1][0] if found else 1  # the last row read whole
        raise ValueError(f"row {whole + 1}: not readable as CSV ({error})") from None
    unnamed = next((n for n, cells in [(n, row.pop("")) for n, row in found] if any(c.strip() for c in cells)), None)
    if unnamed:
        place = written.index(next(w for w in written if not w.strip())) + 1
        raise ValueError(f"column {place} has no name in the header but row {unnamed} has something in it: "
                         f"name it as one of {', '.join(KNOWN)}, or delete it")
    found = [(number, row) for number, row in found if not _empty(row)]
    return [row for _, row in found], [number for number, _ in found]


def column(written: str) -> str:
    """The column a header cell names, in any case, with spaces around it and spaces, underscores or hyphens
    between its words ("Employee ID", "BASIC ", "Credit-Date"); as written when it names none."""
    return _KEYS.get(re.sub(r"[\s_\-]+", "", written.casefold()), written.strip())


def _header(written: list[str]) -> list[str]:
    header = [column(w) if w.strip() else "" for w in written]
    missing = [f for f in ("employee_id", "basic", "credit_date") if f not in header]
    unknown = [w.strip() for w, h in zip(written, header, strict=True) if h and h not in KNOWN]
    if missing or unknown:
        lacks = f"the CSV header lacks {', '.join(missing)}" if missing else ""
        named = f"names no column known in {', '.join(repr(u) for u in unknown)}" if unknown else ""
        said = f"{lacks}; it {named}" if lacks and named else lacks or f"the CSV header {named}"
        raise ValueError(f"{said}; expected columns: {', '.join(KNOWN)}")
    repeated = sorted({f for f in header if f and header.count(f) > 1})
    if repeated:
        raise ValueError(f"the CSV header names {', '.join(repeated)} more than once")
    return header


def _row(header: list[str], cells: list[str]) -> dict[Any, Any]:
    """The row's cells under their columns, as ``csv.DictReader`` would give them; the cells of unnamed columns
    under ``""``."""
    row: dict[Any, Any] = {name: ABSENT for name in header if name}
    row[""] = []
    for name, cell in zip(header, cells, strict=False):
        if name:
            row[name] = cell
        else:
            row[""].append(cell)
    if len(cells) > len(header):
        row[None] = cells[len(header):]
    return row


def _empty(row: Mapping[Any, Any]) -> bool:
    return not any(v is not ABSENT and str(v or "").strip() for v in row.values())
