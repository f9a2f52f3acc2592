"""Which store each contract test runs on (the ``store`` fixture's params).

- ``sqlite``: the embedded ``SqliteStore`` on a fresh file under ``tmp_path``. Always runs.
- ``mongo-adapter-on-double``: ``MongoStore`` over ``InMemoryMongoClient``, an in-memory double of
  PyMongo's async API. This is NOT MongoDB: passing here proves the adapter's own logic (versions,
  error translation, index declarations, sequences), not MongoDB's semantics. Always runs.
- ``mongodb``: ``MongoStore`` on the real server at ``MONGODB_URL``, in a throwaway database dropped
  afterwards. Marked ``mongo``; skipped with the reason when ``MONGODB_URL`` is unset.

Every store is started with ``INDEXES``, the indexes the contract tests rely on.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from shared.store import Index, Store
from shared.store.mongo import MongoStore, default_client
from shared.store.pymongo_double import InMemoryMongoClient
from shared.store.sqlite import SqliteStore

INDEXES = (
    Index("people", ("email",), unique=True),
    Index("people", ("city", "age")),
    Index("people", ("address.pin",)),
    Index("people", ("address.pin", "_id")),  # a filter's field, then the order pages are read in
    Index("things", ("tag",)),
)


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "contract.sqlite3"


@pytest.fixture(params=[
    pytest.param("sqlite"),
    pytest.param("mongo-adapter-on-double"),
    pytest.param("mongodb", marks=pytest.mark.mongo),
])
async def store(request: pytest.FixtureRequest, sqlite_path: Path) -> AsyncIterator[Store]:
    clients: list[Any] = []

    def keep(client: Any) -> Any:
        clients.append(client)
        return client

    database = f"panchayat_test_{uuid.uuid4().hex[:12]}"
    if request.param == "sqlite":
        made: Store = SqliteStore(sqlite_path)
    elif request.param == "mongo-adapter-on-double":
        made = MongoStore("mongodb://in-memory", database, client_factory=lambda url: keep(InMemoryMongoClient(url)))
    else:
        made = MongoStore(os.environ["MONGODB_URL"], database, client_factory=lambda url: keep(default_client(url)))
    await made.start(INDEXES)
    yield made
    if request.param == "mongodb":
        await clients[0].drop_database(database)
    await made.close()
