"""Query matching, sort order and update operators for the in-memory PyMongo double.

Follows MongoDB's documented rules for the operators the store uses: comparisons only within a type
bracket (numbers with numbers, strings with strings; a bool is never a number), ``{f: None}`` matching
a missing field, equality on an array field matching any element, and BSON sort order (missing/null,
numbers, strings, objects, arrays, booleans). Anything else raises ``OperationFailure``, as MongoDB
refuses what it does not know.
"""
from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from pymongo.errors import OperationFailure

MISSING: Any = object()


def bracket(value: Any) -> int:
    if value is MISSING or value is None:
        return 1
    if isinstance(value, bool):
        return 8
    if isinstance(value, int | float):
        return 2
    if isinstance(value, str):
        return 3
    if isinstance(value, dict):
        return 4
    if isinstance(value, list):
        return 5
    raise OperationFailure(f"the double stores JSON-like values only, got {type(value).__name__}")


_TYPES = {1: "null", 2: "number", 3: "string", 4: "object", 5: "array", 8: "bool"}


def _numeric(value: Any) -> list[str]:
    """The specific alias of a number (``$type`` takes ``"number"`` or one of these)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return []
    return ["double"] if isinstance(value, float) else ["int" if -(2**31) <= value < 2**31 else "long"]


def lookup(doc: Any, field: str) -> Any:
    for part in field.split("."):
        if not isinstance(doc, dict) or part not in doc:
            return MISSING
        doc = doc[part]
    return doc


def _same(a: Any, b: Any) -> bool:
    return bracket(a) == bracket(b) and (bracket(a) == 1 or a == b)


def _equal(value: Any, wanted: Any) -> bool:
    if isinstance(value, list) and not isinstance(wanted, list):
        return any(_same(v, wanted) for v in value)
    return _same(value, wanted)


def _compare(value: Any, op: str, operand: Any) -> bool:
    if bracket(value) != bracket(operand) or bracket(value) == 1:
        return False
    return {"$lt": value < operand, "$lte": value <= operand, "$gt": value > operand, "$gte": value >= operand}[op]


def _condition(value: Any, cond: Any) -> bool:
    if not (isinstance(cond, dict) and cond and all(k.startswith("$") for k in cond)):
        return _equal(value, cond)
    for op, operand in cond.items():
        if op == "$eq":
            ok = _equal(value, operand)
        elif op == "$ne":
            ok = not _equal(value, operand)
        elif op == "$in":
            ok = any(_equal(value, o) for o in operand)
        elif op == "$exists":
            ok = (value is not MISSING) == bool(operand)
        elif op == "$type":
            ok = value is not MISSING and bool({_TYPES[bracket(value)], *_numeric(value)} & set(
                operand if isinstance(operand, list) else [operand]))
        elif op in ("$lt", "$lte", "$gt", "$gte"):
            ok = _compare(value, op, operand)
        else:
            raise OperationFailure(f"unknown operator: {op}", code=2)
        if not ok:
            return False
    return True


def matches(doc: dict[str, Any], filter: dict[str, Any]) -> bool:
    return all(_condition(lookup(doc, field), cond) for field, cond in filter.items())


def _order(a: Any, b: Any) -> int:
    ka, kb = bracket(a), bracket(b)
    if ka != kb or ka == 1:
        return (ka > kb) - (ka < kb)
    return (a > b) - (a < b)


def sort_docs(docs: list[dict[str, Any]], keys: list[tuple[str, int]]) -> list[dict[str, Any]]:
    for field, direction in reversed(keys):  # stable sorts, least significant key first
        docs = sorted(docs, key=functools.cmp_to_key(_by(field)), reverse=direction == -1)
    return docs


def _by(field: str) -> Callable[[dict[str, Any], dict[str, Any]], int]:
    return lambda a, b: _order(lookup(a, field), lookup(b, field))


def _assign(doc: dict[str, Any], field: str, value: Any) -> None:
    *parents, last = field.split(".")
    for part in parents:
        doc = doc.setdefault(part, {})
    doc[last] = value


def apply_update(doc: dict[str, Any], update: dict[str, Any]) -> None:
    for op, fields in update.items():
        for field, value in fields.items():
            if field == "_id" and value != doc.get("_id"):
                raise OperationFailure("Performing an update on the path '_id' would modify the immutable field '_id'",
                                       code=66)
            if op == "$set":
                _assign(doc, field, value)
            elif op == "$inc":
                current = lookup(doc, field)
                _assign(doc, field, (0 if current is MISSING else current) + value)
            else:
                raise OperationFailure(f"Unknown modifier: {op}", code=9)
