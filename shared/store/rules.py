"""What every adapter accepts, checked in one place so SQLite and MongoDB refuse the same things.

The port promises identical behaviour on both engines; that holds only for the part of MongoDB's
query language both can express the same way. So filters are equality on scalars (str, int, float,
bool, None) or a dict of operators from ``OPERATORS`` (``{"$gte": a, "$lt": b}`` for a range); range operands are numbers or strings (ISO dates
compare correctly as strings); field paths are dotted names of word characters. Anything else fails
at the call (``ValueError`` for a shape, ``TypeError`` for a value's type), not as a silent difference
between engines.
"""
from __future__ import annotations

import json
import re
import uuid
from typing import Any

from shared.store import OPERATORS, Doc, Filter, Sort

SEQUENCES = "_sequences"
_NAME = re.compile(r"[A-Za-z0-9_][\w-]*", re.ASCII)
_SEGMENT = re.compile(r"[\w-]+")
Scalar = str | int | float | bool | None


def collection_name(name: str) -> str:
    if not _NAME.fullmatch(name) or name == SEQUENCES or name.lower().startswith(("sqlite_", "system.")):
        raise ValueError(f"invalid collection name {name!r}")
    return name


def field_path(field: str) -> list[str]:
    segments = field.split(".")
    if not all(_SEGMENT.fullmatch(s) for s in segments):
        raise ValueError(f"invalid field path {field!r}: dotted names of letters, digits, '_' or '-'")
    return segments


def _scalar(value: Any, where: str) -> Scalar:
    if value is None or isinstance(value, str | int | float):
        return value
    raise TypeError(f"{where}: only str, int, float, bool or None can be compared, got {type(value).__name__}")


def _operand(op: str, value: Any, field: str) -> Any:
    if op == "$in":
        if not isinstance(value, list | tuple | set | frozenset):
            raise TypeError(f"{field}: $in takes a list")
        return [_scalar(v, field) for v in value]
    if op == "$ne":
        return _scalar(value, field)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise TypeError(f"{field}: {op} takes a number or a string")
    return value


def conditions(filter: Filter | None) -> list[tuple[str, str, Any]]:
    """The filter as (field, operator, operand) triples; plain values become ``$eq``."""
    out: list[tuple[str, str, Any]] = []
    for field, cond in (filter or {}).items():
        field_path(field)
        if isinstance(cond, dict):
            if not cond or not set(cond) <= OPERATORS:
                raise ValueError(f"{field}: operators must be among {sorted(OPERATORS)}, got {list(cond)}")
            out.extend((field, op, _operand(op, value, field)) for op, value in cond.items())
        else:
            out.append((field, "$eq", _scalar(cond, field)))
    return out


def sort_keys(sort: Sort) -> list[tuple[str, int]]:
    for field, direction in sort:
        field_path(field)
        if direction not in (1, -1):
            raise ValueError(f"sort direction for {field!r} must be 1 or -1")
    return [(f, d) for f, d in sort]


def limit_value(limit: int | None) -> int | None:
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
        raise ValueError("limit must be None (all) or a positive int")
    return limit


def changes_of(changes: Doc) -> Doc:
    """Top-level fields to set. ``_id`` and ``_v`` are the store's, so they are dropped, not set."""
    out = {k: v for k, v in changes.items() if k not in ("_id", "_v")}
    for key in out:
        if not _SEGMENT.fullmatch(key):
            raise ValueError(f"update sets top-level fields only; {key!r} is not a plain field name")
    return out


def new_id(doc: Doc) -> str:
    """The document's ``_id`` (a string), or a fresh random one when the caller gave none."""
    given = doc.get("_id")
    if given is None:
        return uuid.uuid4().hex
    if not isinstance(given, str):
        raise TypeError(f"_id must be a string, got {type(given).__name__}")
    return given


def encode(value: Any) -> str:
    """Compact JSON. Raises ``TypeError`` for values JSON cannot carry (pass datetimes as ISO strings)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
