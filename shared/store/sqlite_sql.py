"""The SQL the embedded store speaks: one table per collection, filters and indexes over JSON paths.

A collection is a table ``(id TEXT PRIMARY KEY, v INTEGER, doc TEXT)``: ``_id`` and ``_v`` live in
their columns, the rest of the document is JSON in ``doc``. A field is ``json_extract(doc, '$.a.b')``
written out literally (paths are validated, never bound): SQLite uses an expression index only when the
query repeats the indexed expression exactly, so indexes and queries are built by the same function.

Type guards keep MongoDB's comparison rules where SQLite's would differ: a range operand only matches
values of its own kind (numbers with numbers, text with text), and ``true``/``false`` (which
``json_extract`` returns as 1/0) are matched by JSON type, so ``{"active": True}`` never matches a 1, nor
``{"active": 1}`` a true.
"""
from __future__ import annotations

import re
from typing import Any

from shared.store import Index
from shared.store.rules import SEQUENCES, conditions, field_path, sort_keys

_PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
COLUMNS = {"_id": "id", "_v": "v"}
SEQUENCE_TABLE = f'CREATE TABLE IF NOT EXISTS "{SEQUENCES}" (name TEXT PRIMARY KEY, value INTEGER NOT NULL)'
NEXT_VALUE = (f'INSERT INTO "{SEQUENCES}" (name, value) VALUES (?, 1) '
              "ON CONFLICT (name) DO UPDATE SET value = value + 1 RETURNING value")


def table(collection: str) -> str:
    """The quoted table of a collection; the prefix keeps collections apart from the store's own tables."""
    return f'"c_{collection}"'


def table_ddl(collection: str) -> str:
    return f"CREATE TABLE IF NOT EXISTS {table(collection)} (id TEXT PRIMARY KEY, v INTEGER NOT NULL, doc TEXT NOT NULL)"


def json_path(field: str) -> str:
    """``$.a.b``; a segment that is not a plain identifier is quoted (``$."check-in"``)."""
    return "$." + ".".join(s if _PLAIN.fullmatch(s) else f'"{s}"' for s in field_path(field))


def _path(field: str) -> str:
    return f"'{json_path(field)}'"


def expr(field: str) -> str:
    return COLUMNS.get(field) or f"json_extract(doc, {_path(field)})"


def index_ddl(index: Index) -> str:
    unique = "UNIQUE " if index.unique else ""
    columns = ", ".join(expr(f) for f in index.fields)
    return f'CREATE {unique}INDEX IF NOT EXISTS "ix_{index.name}" ON {table(index.collection)} ({columns})'


def _kind_guard(field: str, value: Any) -> str:
    if field in COLUMNS:
        return ""
    kinds = "'text'" if isinstance(value, str) else "'integer', 'real'"
    return f" AND json_type(doc, {_path(field)}) IN ({kinds})"  # not typeof: json_extract makes true a 1


def _eq(field: str, value: Any, params: list[Any], negate: bool = False) -> str:
    if value is None:
        return f"{expr(field)} IS {'NOT ' if negate else ''}NULL"
    if isinstance(value, bool) and field not in COLUMNS:
        return f"json_type(doc, {_path(field)}) IS {'NOT ' if negate else ''}'{str(value).lower()}'"
    params.append(value)
    guard = _kind_guard(field, value) if _number(value) else ""  # 1 is not true, as ``json_extract`` has it
    if negate:
        return f"NOT ({expr(field)} IS ?{guard})"
    return f"({expr(field)} = ?{guard})" if guard else f"{expr(field)} = ?"


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _condition(field: str, op: str, value: Any, params: list[Any]) -> str:
    if op == "$eq":
        return _eq(field, value, params)
    if op == "$ne":
        return _eq(field, value, params, negate=True)
    if op == "$in":
        if not value:
            return "0"
        if any(v is None or isinstance(v, bool) or _number(v) for v in value):
            return "(" + " OR ".join(_eq(field, v, params) for v in value) + ")"
        params.extend(value)
        return f"{expr(field)} IN ({', '.join('?' * len(value))})"
    sign = {"$lt": "<", "$lte": "<=", "$gt": ">", "$gte": ">="}[op]
    params.append(value)
    return f"({expr(field)} {sign} ?{_kind_guard(field, value)})"


def where(filter: dict[str, Any] | None) -> tuple[str, list[Any]]:
    params: list[Any] = []
    clauses = [_condition(f, op, v, params) for f, op, v in conditions(filter)]
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def select(collection: str, filter: dict[str, Any] | None, sort: Any, limit: int | None) -> tuple[str, list[Any]]:
    clause, params = where(filter)
    sql = f"SELECT id, v, doc FROM {table(collection)}{clause}"
    keys = sort_keys(sort)
    if keys:
        sql += " ORDER BY " + ", ".join(f"{expr(f)} {'ASC' if d == 1 else 'DESC'}" for f, d in keys)
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return sql, params


def count(collection: str, filter: dict[str, Any] | None) -> tuple[str, list[Any]]:
    clause, params = where(filter)
    return f"SELECT count(*) FROM {table(collection)}{clause}", params


def update(collection: str, fields: int) -> str:
    """Set ``fields`` top-level values (bound as path, JSON pairs) only at the expected version."""
    setters = "".join(", ?, json(?)" for _ in range(fields))
    body = f"json_set(doc{setters})" if fields else "doc"
    return f"UPDATE {table(collection)} SET v = v + 1, doc = {body} WHERE id = ? AND v = ? RETURNING v, doc"
