"""The name a pay sheet may carry beside an employee's id ("name" column): only to catch an id typed against the wrong
person. A name that shares no word with the employee's names, in English or in Bengali, refuses its row as any fault
does: the batch is published and each employee told at once, so a mistyped id would send one person's slip to
another's WhatsApp. A name is written in many ways ("Smt. A. Mahato", "অণিমা মাহাতো", "Onima Mahato"): one word
in common is enough, and a name of initials alone says nothing."""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from services.payroll.domain.batch import Problem
from services.payroll.domain.employee import Names

WHAT_TO_DO = "correct the employee id, or the name if it is the same person spelt differently"


def _words(name: str) -> set[str]:
    """The words of a name, initials and titles' dots left out (a word of one letter says nothing)."""
    return {w for w in re.split(r"[\s.,]+", name.casefold()) if len(w) > 1}


def differs(written: str, names: Names) -> bool:
    words = _words(written)
    return bool(words) and not words & (_words(names.en) | _words(names.bn))


def not_theirs(written: Any, employee_id: str, known: Names) -> str | None:
    """Why ``written`` cannot be the name of ``employee_id`` (registered as ``known``), or None when it may be."""
    if not isinstance(written, str) or not differs(written, known):
        return None
    return f"names {written.strip()!r}, but {employee_id} is registered as {known.en} ({known.bn}): {WHAT_TO_DO}"


def name_problems(rows: Sequence[Mapping[str, Any]], first: int | Sequence[int],
                  names: Mapping[str, Names]) -> list[Problem]:
    """The rows whose name is clearly not that of the employee their id names (``names``: by id, of those the office
    may pay), numbered as ``check`` numbers them."""
    numbers = range(first, first + len(rows)) if isinstance(first, int) else first
    problems = []
    for number, raw in zip(numbers, rows, strict=True):
        employee_id = str(raw.get("employee_id") or "").strip().upper()
        known = names.get(employee_id)
        if known is not None and (reason := not_theirs(raw.get("name"), employee_id, known)) is not None:
            problems.append(Problem(number, employee_id, f"row {number} {reason}"))
    return problems
