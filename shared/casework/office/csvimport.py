"""Bulk import: a CSV file of cases as the portal exports them, taken whole or not at all.

One row is one case; the header names the fields, nested ones with dots (``gp.code``, ``plot.mouza``).
An empty cell leaves the field to its default. Every row is checked before anything is stored, and one
bad row rejects the whole batch with every problem listed by its line number in the file (the header is
line 1), so an office fixes the file and sends it again instead of hunting for what got in. A row the
caller may not import (a case outside the official's area) is such a problem too, named by its line.
A row with no value in any cell (``,,,,`` is how Excel saves an empty row of a sheet) is no case and is
passed over, as a blank line is.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Callable, Collection, Sequence
from typing import Any

import pydantic

MAX_ROWS = 5000
UNUSABLE = "cannot be used: choose another"  # a number taken outside the caller's area, which does not exist for it


class BadBatch(ValueError):
    def __init__(self, problems: list[str]):
        super().__init__(f"{len(problems)} problem(s); nothing was imported")
        self.problems = problems


def rows(text: str) -> list[tuple[int, dict[str, Any]]]:
    """``(line number, nested fields)`` of each data row."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""), strict=True)
    found = []
    try:
        if not reader.fieldnames:
            raise BadBatch(["line 1: no header row"])
        _check_header(reader.fieldnames)
        for record in reader:
            if len(found) >= MAX_ROWS:
                raise BadBatch([f"more than {MAX_ROWS} rows: split the file"])
            if None in record:
                raise BadBatch([f"line {reader.line_num}: more cells than the header has columns"])
            if not any((v or "").strip() for v in record.values()):
                continue
            found.append((reader.line_num, _nested({k.strip(): (v or "").strip() for k, v in record.items()})))
    except csv.Error as error:  # ``line_num`` is the last row read whole; the unreadable one begins after it
        raise BadBatch([f"line {reader.line_num + 1}: not readable as CSV ({error})"]) from None
    if not found:
        raise BadBatch(["the file has a header but no rows"])
    return found


def parse(text: str, model: type[pydantic.BaseModel], taken: Collection[str],
          refused: Callable[[pydantic.BaseModel], str | None] = lambda row: None, unusable: Collection[str] = (),
          ) -> list[tuple[int, pydantic.BaseModel]]:
    """Every row as ``(line, model)``; ``BadBatch`` listing each bad row (a number in ``taken`` or repeated is
    bad, and so is a row for which ``refused`` gives a reason). A number in ``unusable`` is taken by a case the
    caller may not see: it is said to be unusable, never to exist (``UNUSABLE``)."""
    parsed, problems = checked(text, model, taken, refused, unusable)
    if problems:
        raise BadBatch(problems)
    return parsed


def checked(text: str, model: type[pydantic.BaseModel], taken: Collection[str],
            refused: Callable[[pydantic.BaseModel], str | None] = lambda row: None, unusable: Collection[str] = (),
            ) -> tuple[list[tuple[int, pydantic.BaseModel]], list[str]]:
    """``parse``'s rows that are valid models (bad or not otherwise) and every problem found, for a caller that
    checks the rows further before it tells them all (``merged``)."""
    problems: list[str] = []
    parsed: list[tuple[int, pydantic.BaseModel]] = []
    seen: dict[str, int] = {}
    for line, fields in rows(text):
        try:
            case = model.model_validate(fields)
        except pydantic.ValidationError as error:
            problems += [f"line {line}: {'.'.join(map(str, e['loc'])) or 'row'}: {e['msg']}" for e in error.errors()]
            continue
        number = str(getattr(case, "number"))
        if number in taken:
            problems.append(f"line {line}: number: {number} already exists")
        elif number in unusable:
            problems.append(f"line {line}: number: {number} {UNUSABLE}")
        elif number in seen:
            problems.append(f"line {line}: number: {number} is also on line {seen[number]}")
        if (reason := refused(case)) is not None:
            problems.append(f"line {line}: {reason}")
        seen.setdefault(number, line)
        parsed.append((line, case))
    return parsed, problems


def merged(*problems: list[str]) -> list[str]:
    """Lists of ``line N: …`` problems as one, in line order (those of one line in the order given)."""
    return sorted((p for found in problems for p in found), key=lambda p: int(p.split(":")[0].split()[1]))


def _check_header(names: Sequence[str]) -> None:
    """A column may not be both a value and a group: ``plot`` beside ``plot.mouza`` cannot be nested."""
    paths = {name.strip() for name in names if name and name.strip()}
    clashes = sorted(f"{p} and {q}" for p in paths for q in paths if q.startswith(p + "."))
    if clashes:
        raise BadBatch([f"line 1: columns {', '.join(clashes)}: a column cannot also be a group of columns"])


def _nested(flat: dict[str, str]) -> dict[str, Any]:
    nested: dict[str, Any] = {}
    for key, value in flat.items():
        if not key or value == "":
            continue
        *parents, leaf = key.split(".")
        target = nested
        for part in parents:
            target = target.setdefault(part, {})
        target[leaf] = value
    return nested
