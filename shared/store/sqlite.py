"""The embedded store: one SQLite file per owner, WAL mode, safe for several processes at once.

This is what ``panchayat run`` and the tests use. Every write is one SQL statement, which SQLite runs
as one transaction that takes the file's write lock before it reads; so an insert, a conditional update
(``... WHERE id = ? AND v = ?``) and a sequence step (``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``)
are each atomic across processes, and a second process waits (``busy_timeout``) rather than fails.

Documents are stored as JSON, so callers pass JSON-able values: datetimes and dates go in as ISO
strings (which sort and range-compare correctly as text), and come back as strings. A collection's table
is created when the collection is first used or at ``start``; indexes are created at ``start``.
Threads, connections and durability are explained in ``sqlite_engine``; the SQL in ``sqlite_sql``.
"""
from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from shared.logging import get_logger
from shared.store import TAKEN, Conflict, Doc, DuplicateKey, Filter, Index, Sequences, Sort
from shared.store import sqlite_sql as sql
from shared.store.rules import changes_of, collection_name, encode, limit_value, new_id
from shared.store.sqlite_engine import Engine, in_transaction, is_busy

log = get_logger(__name__)


def _doc(id: str, v: int, body: str) -> Doc:
    return {"_id": id, "_v": v, **json.loads(body)}


class SqliteCollection:
    def __init__(self, store: SqliteStore, name: str):
        self.name = collection_name(name)
        self._store = store
        table = sql.table(self.name)
        self._get = f"SELECT v, doc FROM {table} WHERE id = ?"
        self._insert = f"INSERT INTO {table} (id, v, doc) VALUES (?, 1, ?)"
        self._delete = f"DELETE FROM {table} WHERE id = ?"
        self._delete_at = f"DELETE FROM {table} WHERE id = ? AND v = ?"

    async def get(self, id: str) -> Doc | None:
        engine = await self._store._ready(self.name)
        try:
            row = engine.read_now(lambda c: c.execute(self._get, (id,)).fetchone())
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            row = await engine.read(lambda c: c.execute(self._get, (id,)).fetchone())
        return None if row is None else _doc(id, row[0], row[1])

    async def insert(self, doc: Doc) -> Doc:
        id = new_id(doc)
        body = {k: v for k, v in doc.items() if k not in ("_id", "_v")}
        text = encode(body)
        engine = await self._store._ready(self.name)
        try:
            await engine.write_soon(lambda c: c.execute(self._insert, (id, text)))
        except sqlite3.IntegrityError:
            raise DuplicateKey(f"{self.name}: {TAKEN}") from None  # the engine's words name its internals
        return _doc(id, 1, text)

    async def update(self, id: str, changes: Doc, *, expected_version: int) -> Doc:
        fields = changes_of(changes)
        params: list[Any] = []
        for key, value in fields.items():
            params += [sql.json_path(key), encode(value)]
        params += [id, expected_version]
        statement = sql.update(self.name, len(fields))
        engine = await self._store._ready(self.name)
        try:
            rows = await engine.write_soon(lambda c: c.execute(statement, params).fetchall())
        except sqlite3.IntegrityError:
            raise DuplicateKey(f"{self.name}: {TAKEN}") from None  # the engine's words name its internals
        if not rows:
            raise Conflict(f"{self.name}/{id}: not at version {expected_version} (or gone)")
        return _doc(id, rows[0][0], rows[0][1])

    async def find(self, filter: Filter | None = None, *, sort: Sort = (), limit: int | None = None) -> list[Doc]:
        statement, params = sql.select(self.name, filter, sort, limit_value(limit))
        engine = await self._store._ready(self.name)
        rows = await engine.read(lambda c: c.execute(statement, params).fetchall())
        return [_doc(*row) for row in rows]

    async def count(self, filter: Filter | None = None) -> int:
        statement, params = sql.count(self.name, filter)
        engine = await self._store._ready(self.name)
        return (await engine.read(lambda c: c.execute(statement, params).fetchone()))[0]

    async def delete(self, id: str, *, expected_version: int | None = None) -> bool:
        engine = await self._store._ready(self.name)
        if expected_version is None:
            return (await engine.write_soon(lambda c: c.execute(self._delete, (id,)).rowcount)) == 1
        return (await engine.write_soon(lambda c: c.execute(self._delete_at, (id, expected_version)).rowcount)) == 1


class SqliteSequences:
    def __init__(self, store: SqliteStore):
        self._store = store

    async def next(self, name: str) -> int:
        engine = await self._store._ready(None)
        return (await engine.write_soon(lambda c: c.execute(sql.NEXT_VALUE, (name,)).fetchall()))[0][0]


class SqliteStore:
    """``SqliteStore(PANCHAYAT_DATA_DIR / "tourism.sqlite3")``; ``synchronous="FULL"`` to fsync each commit."""

    def __init__(self, path: Path, *, synchronous: str = "NORMAL"):
        self.path = Path(path)
        self._engine = Engine(self.path, synchronous=synchronous)
        self._tables: set[str] = set()
        self._opened = False
        self._opening = asyncio.Lock()
        self._collections: dict[str, SqliteCollection] = {}
        self.seq: Sequences = SqliteSequences(self)

    async def start(self, indexes: Sequence[Index] = ()) -> None:
        for index in indexes:
            collection_name(index.collection)
        statements = [sql.table_ddl(t) for t in sorted({i.collection for i in indexes})]
        statements += [sql.index_ddl(i) for i in indexes]
        await self._open()
        await self._engine.write(lambda c: in_transaction(c, statements))
        self._tables.update(i.collection for i in indexes)
        log.info("store.started", engine="sqlite", path=str(self.path), indexes=len(indexes))

    async def _open(self) -> None:
        async with self._opening:
            if not self._opened:
                await self._engine.open(lambda c: c.execute(sql.SEQUENCE_TABLE))
                self._opened = True

    async def _ready(self, table: str | None) -> Engine:
        """The engine, once the file is open and ``table`` (if any) exists."""
        if not self._opened:
            await self._open()
        if table is not None and table not in self._tables:
            await self._engine.write(lambda c: c.execute(sql.table_ddl(table)))
            self._tables.add(table)
        return self._engine

    def collection(self, name: str) -> SqliteCollection:
        found = self._collections.get(name)
        if found is None:
            found = self._collections[name] = SqliteCollection(self, name)
        return found

    async def ping(self) -> bool:
        try:
            await self._open()
            return (await self._engine.read(lambda c: c.execute("SELECT 1").fetchone())) == (1,)
        except (sqlite3.Error, OSError, RuntimeError) as exc:
            log.warning("store.ping_failed", engine="sqlite", path=str(self.path), error=str(exc))
            return False

    async def close(self) -> None:
        await self._engine.close()
