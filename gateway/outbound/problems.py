"""How a broken message body is reported: Meta's error title, its code, and details naming the field.

``Problems`` walks a body the way the Cloud API does and writes down each fault as a ``Problem`` whose
``details`` reads like Meta's ``error_data.details`` and names the JSON path, so a developer sees which
field of which message broke the rule, whether the model refused it or the simulator answered 400.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

INVALID_PARAMETER = "Invalid parameter"
MISSING_PARAMETER = "Required parameter is missing"
INVALID_VALUE = "Parameter value is not valid"
TEMPLATE_PARAMETERS = "There was an issue with the parameters in your template."

CODES = {INVALID_PARAMETER: 100, MISSING_PARAMETER: 131008, INVALID_VALUE: 131009, TEMPLATE_PARAMETERS: 132018}


class Problem(NamedTuple):
    """One fault: ``message`` is Meta's error title (see ``CODES``), ``details`` names the field."""

    message: str
    details: str

    @property
    def code(self) -> int:
        return CODES[self.message]


class Problems:
    """Collects faults while a body is read; each reader returns the value when it is usable, else None."""

    def __init__(self) -> None:
        self.found: list[Problem] = []

    def add(self, message: str, details: str) -> None:
        self.found.append(Problem(message, details))

    def obj(self, parent: Mapping[str, Any], key: str, path: str, *, required: bool = True) -> Mapping[str, Any] | None:
        value = parent.get(key)
        if value is None:
            if required:
                self.add(MISSING_PARAMETER, f"{path} is required")
            return None
        if not isinstance(value, Mapping):
            self.add(INVALID_PARAMETER, f"{path} must be an object")
            return None
        return value

    def text(self, parent: Mapping[str, Any], key: str, path: str, label: str, hi: int | None, *,
             lo: int = 1, required: bool = True) -> str | None:
        value = parent.get(key)
        if value is None:
            if required:
                self.add(MISSING_PARAMETER, f"{path} is required")
            return None
        if not isinstance(value, str):
            self.add(INVALID_PARAMETER, f"{path} must be a string")
            return None
        size = len(value)
        if size < lo or (hi is not None and size > hi):
            limit = f"Max length: {hi}" if hi is not None else "no maximum"
            self.add(INVALID_VALUE, f"{label} length invalid. Min length: {lo}, {limit}. "
                                    f"{path} has {size} characters")
            return None
        return value

    def items(self, parent: Mapping[str, Any], key: str, path: str, label: str, lo: int, hi: int, *,
              required: bool = True) -> list[Mapping[str, Any]]:
        """The objects of a list, after checking how many there are (Meta's "Invalid … count")."""
        value = parent.get(key)
        if value is None:
            if required:
                self.add(MISSING_PARAMETER, f"{path} is required")
            return []
        if not isinstance(value, list):
            self.add(INVALID_PARAMETER, f"{path} must be a list")
            return []
        self.count(len(value), path, label, lo, hi)
        objects = []
        for i, item in enumerate(value):
            if isinstance(item, Mapping):
                objects.append(item)
            else:
                self.add(INVALID_PARAMETER, f"{path}[{i}] must be an object")
        return objects

    def count(self, size: int, path: str, label: str, lo: int, hi: int) -> None:
        if not lo <= size <= hi:
            self.add(INVALID_VALUE, f"Invalid {label} count. Min allowed {label}: {lo}, "
                                    f"Max allowed {label}: {hi}. {path} has {size}")

    def unique(self, values: Iterable[str | None], path: str, label: str) -> None:
        seen: set[str] = set()
        for value in values:
            if value is None:
                continue
            if value in seen:
                self.add(INVALID_VALUE, f"{label} must be unique: {value!r} appears more than once in {path}")
            seen.add(value)

    def pattern(self, value: str | None, regex: str, path: str, rule: str) -> None:
        if value is not None and not re.fullmatch(regex, value):
            self.add(INVALID_PARAMETER, f"{path} {rule}, got {value!r}")

    def one_of(self, parent: Mapping[str, Any], key: str, path: str, allowed: Iterable[str]) -> str | None:
        value = parent.get(key)
        options = tuple(allowed)
        if value not in options:
            self.add(INVALID_PARAMETER if value is not None else MISSING_PARAMETER,
                     f"{path} must be one of {', '.join(repr(o) for o in options)}, got {value!r}")
            return None
        return str(value)
