"""What every adapter accepts, checked in one place so SQLite and MongoDB refuse the same things.

The port promises identical behaviour on both engines; that holds only for the part of MongoDB's
query language both can express the same way. So filters are equality on scalars (str, int, float,
bool, None) or a dict of operators from ``OPERATORS`` (``{"$gte": a, "$lt": b}`` for a range); range
operands are numbers or strings (ISO dates compare correctly as strings); field paths are dotted names of
word characters. Values hold to what BSON holds: integers of 8 bytes at most, a document of 16 MB at
most. Anything else fails at the call (``ValueError`` for a shape or a size, ``TypeError`` for a value's
type), not as a silent difference between engines.
"""
from __future__ import annotations

import json
import re
import uuid
from typing import Any

from shared.store import OPERATORS, Doc, Filter, Sort

SEQUENCES = "_sequences"
MAX_BYTES = 16 * 1024 * 1024  # MongoDB's limit on one BSON document; a stored document's JSON is held to it too
INT_RANGE = range(-(2**63), 2**63)  # BSON integers are 8 bytes; Python's and JSON's are not bounded
_LONG_DIGITS = re.compile(r"\d{19}")  # an int outside INT_RANGE has 19 digits or more
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
    if isinstance(value, int) and value not in INT_RANGE:
        raise TypeError(f"{where}: integers are 8 bytes at most (as in MongoDB), got {value}")
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
    return _scalar(value, field)


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
    """Compact JSON. Raises ``TypeError`` for values JSON cannot carry (pass datetimes as ISO strings) or
    MongoDB cannot (an int beyond 8 bytes), ``ValueError`` past ``MAX_BYTES``, so both engines refuse alike."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    if _LONG_DIGITS.search(text):  # rare (a long number in a string, say): only then look for the int itself
        _check_ints(value)
    if len(text) > MAX_BYTES // 4 and len(text.encode()) > MAX_BYTES:
        raise ValueError(f"a document is {MAX_BYTES} bytes at most (MongoDB's limit), got {len(text.encode())}")
    return text


def _check_ints(value: Any) -> None:
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list | tuple):
        for item in value:
            _check_ints(item)
    elif isinstance(value, int) and value not in INT_RANGE:
        raise TypeError(f"integers are 8 bytes at most (as in MongoDB), got {value}")
