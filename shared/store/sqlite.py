"""The embedded store: SQLite in WAL mode, one file per owner, safe for several processes at once.

Each collection is a table ``(id, v, doc)`` with the document as JSON; declared indexes are expression
indexes on ``json_extract``, so unique indexes are enforced by SQLite itself and two processes can never
both win a key. Writes that read first (conditional updates) run in ``BEGIN IMMEDIATE`` transactions,
which take the database's write lock before reading, so a version race has exactly one winner across
processes. ``synchronous=NORMAL`` in WAL mode keeps every committed write across a process crash and
loses at most the last moments of commits on a power cut; the data that matters in production lives
in MongoDB, and this trade buys an order of magnitude of write speed for ``panchayat run``.

Writes run on one thread per store, so the event loop never waits on the disk or on another process's
write lock. Reads (get, find, count) run on the loop's own thread with a second connection: in WAL mode a
reader never waits for writers and an indexed read takes microseconds, less than the hop to a thread
would cost (gets/s roughly doubled, measured with bench/store.py).
"""
from __future__ import annotations

import asyncio
import json
import re
import sqlite3
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from shared.store import OPERATORS, Conflict, Doc, DuplicateKey, Filter, Index, Sort, StoreError

T = TypeVar("T")
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
FIELD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*")
SQL_OPS = {"$lt": "<", "$lte": "<=", "$gt": ">", "$gte": ">=", "$ne": "IS NOT"}


def _table(name: str) -> str:
    if not NAME.fullmatch(name):
        raise ValueError(f"collection name {name!r}: letters, digits and _ only")
    return f'"c_{name}"'


def _expr(field: str) -> str:
    if field == "_id":
        return "id"
    if field == "_v":
        return "v"
    if not FIELD.fullmatch(field):
        raise ValueError(f"field {field!r}: letters, digits, _ and dots only")
    return f"json_extract(doc, '$.{field}')"


def _param(value: Any) -> Any:
    if isinstance(value, dict | list):
        raise ValueError("filters compare scalar values only")
    return value


def _where(filter: Filter | None) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for field, cond in (filter or {}).items():
        expr = _expr(field)
        ops = cond if isinstance(cond, dict) else {None: cond}
        for op, value in ops.items():
            if op is None:
                clauses.append(f"{expr} IS ?")
                params.append(_param(value))
            elif op == "$in":
                values = [_param(v) for v in value]
                clauses.append(f"{expr} IN ({', '.join('?' * len(values))})" if values else "0")
                params.extend(values)
            elif op in OPERATORS:
                clauses.append(f"{expr} {SQL_OPS[op]} ?")
                params.append(_param(value))
            else:
                raise ValueError(f"operator {op!r} is not one of {sorted(OPERATORS)}")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _load(row: tuple[str, int, str]) -> Doc:
    doc = json.loads(row[2])
    doc["_id"], doc["_v"] = row[0], row[1]
    return doc


def _dump(doc: Doc) -> str:
    return json.dumps({k: v for k, v in doc.items() if k not in ("_id", "_v")}, ensure_ascii=False)


class SqliteStore:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._executor: ThreadPoolExecutor | None = None
        self._conn: sqlite3.Connection | None = None
        self._reader: sqlite3.Connection | None = None
        self._tables: set[str] = set()
        self.seq = _Sequences(self)

    async def start(self, indexes: Sequence[Index] = ()) -> None:
        await self._run(self._create_indexes, tuple(indexes))

    def collection(self, name: str) -> SqliteCollection:
        _table(name)
        return SqliteCollection(self, name)

    async def ping(self) -> bool:
        try:
            return await self._run(lambda c: c.execute("SELECT 1").fetchone()[0] == 1)
        except (sqlite3.Error, StoreError):
            return False

    async def close(self) -> None:
        if self._executor is not None:
            conn, self._conn = self._conn, None
            if conn is not None:
                await asyncio.get_running_loop().run_in_executor(self._executor, conn.close)
            self._executor.shutdown(wait=True)
            self._executor = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    async def _run(self, fn: Callable[[sqlite3.Connection], T], *args: Any) -> T:
        if self._executor is None:
            self._executor = ThreadPoolExecutor(1, thread_name_prefix=f"sqlite-{self.path.stem}")
        return await asyncio.get_running_loop().run_in_executor(self._executor, self._call, fn, args)

    async def _read(self, fn: Callable[[sqlite3.Connection], T], *args: Any) -> T:
        if self._reader is None:
            await self._run(lambda conn: None)  # the file, its pragmas and WAL mode exist before reading
            self._reader = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self._reader.execute("PRAGMA busy_timeout=30000")
            self._reader.execute("PRAGMA query_only=1")
        return fn(self._reader, *args)

    def _call(self, fn: Callable[..., T], args: tuple[Any, ...]) -> T:
        if self._conn is None:
            self._conn = self._open()
        return fn(self._conn, *args)

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=30000")
        conn.execute("CREATE TABLE IF NOT EXISTS _sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL)")
        return conn

    @staticmethod
    def query(conn: sqlite3.Connection, sql: str, params: Sequence[Any]) -> list[Any]:
        """Rows of a read; a collection nothing was written to yet reads as empty."""
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return []
            raise

    def ensure_table(self, conn: sqlite3.Connection, name: str) -> str:
        table = _table(name)
        if name not in self._tables:
            conn.execute(f"CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, v INTEGER NOT NULL, doc TEXT NOT NULL)")
            self._tables.add(name)
        return table

    def _create_indexes(self, conn: sqlite3.Connection, indexes: tuple[Index, ...]) -> None:
        for index in indexes:
            table = self.ensure_table(conn, index.collection)
            columns = ", ".join(_expr(f) for f in index.fields)
            unique = "UNIQUE " if index.unique else ""
            conn.execute(f'CREATE {unique}INDEX IF NOT EXISTS "ix_{index.name}" ON {table} ({columns})')


class SqliteCollection:
    def __init__(self, store: SqliteStore, name: str):
        self.store = store
        self.name = name

    async def get(self, id: str) -> Doc | None:
        return await self.store._read(self._get, id)

    def _get(self, conn: sqlite3.Connection, id: str) -> Doc | None:
        table = _table(self.name)
        row = self.store.query(conn, f"SELECT id, v, doc FROM {table} WHERE id = ?", (id,))
        return _load(row[0]) if row else None

    async def insert(self, doc: Doc) -> Doc:
        if not isinstance(doc.get("_id"), str) or not doc["_id"]:
            raise ValueError("a document needs a non-empty string _id")
        return await self.store._run(self._insert, doc)

    def _insert(self, conn: sqlite3.Connection, doc: Doc) -> Doc:
        table = self.store.ensure_table(conn, self.name)
        body = _dump(doc)
        try:
            conn.execute(f"INSERT INTO {table} (id, v, doc) VALUES (?, 1, ?)", (doc["_id"], body))
        except sqlite3.IntegrityError as exc:
            raise DuplicateKey(f"{self.name}: {exc}") from None
        return {**json.loads(body), "_id": doc["_id"], "_v": 1}

    async def update(self, id: str, changes: Doc, *, expected_version: int) -> Doc:
        if "_id" in changes or "_v" in changes:
            raise ValueError("_id and _v are not changed by update")
        return await self.store._run(self._update, id, changes, expected_version)

    def _update(self, conn: sqlite3.Connection, id: str, changes: Doc, expected: int) -> Doc:
        table = self.store.ensure_table(conn, self.name)
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute(f"SELECT id, v, doc FROM {table} WHERE id = ? AND v = ?", (id, expected)).fetchone()
            if row is None:
                raise Conflict(f"{self.name}/{id} is not at version {expected}")
            doc = {**_load(row), **changes, "_v": expected + 1}
            conn.execute(f"UPDATE {table} SET v = ?, doc = ? WHERE id = ?", (expected + 1, _dump(doc), id))
        except sqlite3.IntegrityError as exc:
            conn.execute("ROLLBACK")
            raise DuplicateKey(f"{self.name}: {exc}") from None
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return json.loads(json.dumps(doc))

    async def find(self, filter: Filter | None = None, *, sort: Sort = (), limit: int | None = None) -> list[Doc]:
        where, params = _where(filter)
        order = ", ".join(f"{_expr(f)} {'DESC' if d < 0 else 'ASC'}" for f, d in sort)
        sql = f"SELECT id, v, doc FROM {{table}}{where}" + (f" ORDER BY {order}" if order else "")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return await self.store._read(self._select, sql, params)

    def _select(self, conn: sqlite3.Connection, sql: str, params: list[Any]) -> list[Doc]:
        return [_load(row) for row in self.store.query(conn, sql.format(table=_table(self.name)), params)]

    async def count(self, filter: Filter | None = None) -> int:
        where, params = _where(filter)
        return await self.store._read(self._count, where, params)

    def _count(self, conn: sqlite3.Connection, where: str, params: list[Any]) -> int:
        rows = self.store.query(conn, f"SELECT COUNT(*) FROM {_table(self.name)}{where}", params)
        return rows[0][0] if rows else 0

    async def delete(self, id: str) -> bool:
        return await self.store._run(self._delete, id)

    def _delete(self, conn: sqlite3.Connection, id: str) -> bool:
        table = self.store.ensure_table(conn, self.name)
        return conn.execute(f"DELETE FROM {table} WHERE id = ?", (id,)).rowcount == 1


class _Sequences:
    def __init__(self, store: SqliteStore):
        self.store = store

    async def next(self, name: str) -> int:
        return await self.store._run(self._next, name)

    @staticmethod
    def _next(conn: sqlite3.Connection, name: str) -> int:
        row = conn.execute("INSERT INTO _sequences (name, value) VALUES (?, 1) "
                           "ON CONFLICT(name) DO UPDATE SET value = value + 1 RETURNING value", (name,)).fetchone()
        return int(row[0])
