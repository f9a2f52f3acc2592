"""The name a pay sheet may carry beside an employee's id ("name" column): only to catch an id typed against the wrong
person. A name that shares no word with the employee's names, in English or in Bengali, is a warning the office
reads, never a refusal: a name is written in many ways ("Smt. A. Mahato", "অণিমা মাহাতো"), the id is what pays."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from services.payroll.domain.batch import Problem
from services.payroll.domain.employee import Names


def _words(name: str) -> set[str]:
    """The words of a name, initials and titles' dots left out (a word of one letter says nothing)."""
    return {w for w in re.split(r"[\s.,]+", name.casefold()) if len(w) > 1}


def differs(written: str, names: Names) -> bool:
    words = _words(written)
    return bool(words) and not words & (_words(names.en) | _words(names.bn))


def name_warnings(rows: Sequence[Mapping[str, Any]], first: int | Sequence[int],
                  names: Mapping[str, Names]) -> list[Problem]:
    """The rows whose name is clearly not that of the employee their id names (``names``: by id, of those the office
    may pay), numbered as ``check`` numbers them."""
    numbers = range(first, first + len(rows)) if isinstance(first, int) else first
    warnings = []
    for number, raw in zip(numbers, rows, strict=True):
        written, employee_id = raw.get("name"), str(raw.get("employee_id") or "").strip().upper()
        known = names.get(employee_id)
        if isinstance(written, str) and known is not None and differs(written, known):
            warnings.append(Problem(number, employee_id, f"the sheet names {written.strip()!r}, but {employee_id} is "
                                                         f"{known.en} ({known.bn}): check the id"))
    return warnings
