"""An in-memory double of the slice of PyMongo's async API that ``MongoStore`` calls. It is NOT MongoDB.

It exists so every line of the MongoDB adapter runs in CI where no server is available. Passing the
contract suite against it proves the adapter's own logic (version checks, error translation, index
declarations, sequences, cursor handling); it proves nothing about MongoDB itself — write concerns,
replication, real index builds and concurrency across clients are only exercised by the same suite
run with ``MONGODB_URL`` set. What it does copy from MongoDB: unique indexes are enforced (honouring
``$exists`` and ``$type`` partial filters) and raise ``DuplicateKeyError``; the query rules in
``pymongo_double_match``; documents and filters go through BSON as PyMongo sends them, so what BSON
cannot carry fails as it does there (a set, an int beyond 8 bytes, a key that is not a string), a
document over 16 MB is refused (``DocumentTooLarge``, or code 17419 for an update's result), an int
beyond 4 bytes comes back as ``Int64``, and callers cannot alias stored state; and a closed client
refuses further use. Each operation runs without awaiting, so it is atomic.
"""
from __future__ import annotations

import copy
from collections.abc import AsyncIterator
from typing import Any

import bson
from bson import ObjectId
from pymongo import WriteConcern
from pymongo.errors import DocumentTooLarge, DuplicateKeyError, InvalidOperation, OperationFailure
from pymongo.results import DeleteResult, InsertOneResult

from shared.store.pymongo_double_match import (
    MISSING,
    apply_update,
    lookup,
    matches,
    sort_docs,
)

MAX_BSON = 16 * 1024 * 1024  # what a server reports as maxBsonObjectSize


def as_sent(doc: dict[str, Any]) -> dict[str, Any]:
    """``doc`` as the server receives it: through BSON, refused where PyMongo refuses to encode it."""
    return bson.decode(bson.encode(doc))


def as_inserted(doc: dict[str, Any]) -> dict[str, Any]:
    data = bson.encode(doc)
    if len(data) > MAX_BSON:
        raise DocumentTooLarge(f"BSON document too large ({len(data)} bytes) - the connected server supports"
                               f" BSON document sizes up to {MAX_BSON} bytes.")
    return bson.decode(data)


class InMemoryMongoClient:
    def __init__(self, url: str = "mongodb://in-memory", **options: Any):
        self.url, self.options, self.closed = url, options, False
        self.databases: dict[str, InMemoryDatabase] = {}
        self.admin = InMemoryDatabase(self, "admin", None)

    def get_database(self, name: str, write_concern: WriteConcern | None = None) -> InMemoryDatabase:
        db = self.databases.setdefault(name, InMemoryDatabase(self, name, write_concern))
        db.write_concern = write_concern or db.write_concern
        return db

    def __getitem__(self, name: str) -> InMemoryDatabase:
        return self.get_database(name)

    def check_open(self) -> None:
        if self.closed:
            raise InvalidOperation("Cannot use AsyncMongoClient after close")

    async def close(self) -> None:
        self.closed = True


class InMemoryDatabase:
    def __init__(self, client: InMemoryMongoClient, name: str, write_concern: WriteConcern | None):
        self.client, self.name, self.write_concern = client, name, write_concern
        self.collections: dict[str, InMemoryCollection] = {}

    def __getitem__(self, name: str) -> InMemoryCollection:
        return self.collections.setdefault(name, InMemoryCollection(self.client, name))

    async def command(self, name: str) -> dict[str, Any]:
        self.client.check_open()
        if name != "ping":
            raise OperationFailure(f"no such command: '{name}'", code=59)
        return {"ok": 1.0}


class InMemoryCursor:
    def __init__(self, collection: InMemoryCollection, filter: dict[str, Any]):
        self._collection, self._filter = collection, filter
        self._sort: list[tuple[str, int]] = []
        self._limit = 0

    def sort(self, keys: list[tuple[str, int]]) -> InMemoryCursor:
        self._sort = list(keys)
        return self

    def limit(self, n: int) -> InMemoryCursor:
        self._limit = n
        return self

    def _results(self) -> list[dict[str, Any]]:
        docs = sort_docs(self._collection.matching(self._filter), self._sort)
        return [copy.deepcopy(d) for d in (docs[: self._limit] if self._limit else docs)]

    async def __aiter__(self) -> AsyncIterator[dict[str, Any]]:
        for doc in self._results():
            yield doc

    async def to_list(self, length: int | None = None) -> list[dict[str, Any]]:
        docs = self._results()
        return docs[:length] if length else docs


class InMemoryCollection:
    def __init__(self, client: InMemoryMongoClient, name: str):
        self.client, self.name = client, name
        self.docs: dict[Any, dict[str, Any]] = {}
        self.indexes: dict[str, dict[str, Any]] = {"_id_": {"key": [("_id", 1)], "unique": True}}

    def matching(self, filter: dict[str, Any]) -> list[dict[str, Any]]:
        self.client.check_open()
        filter = as_sent(filter)
        return [d for d in self.docs.values() if matches(d, filter)]

    def _check_unique(self, doc: dict[str, Any], replacing: Any = MISSING) -> None:
        for name, spec in self.indexes.items():
            fields = [f for f, _ in spec["key"]]
            if not spec.get("unique") or not matches(doc, spec.get("partialFilterExpression") or {}):
                continue
            key = [lookup(doc, f) for f in fields]
            for other_id, other in self.docs.items():
                if other_id != replacing and matches(other, spec.get("partialFilterExpression") or {}) and all(
                        matches(other, {f: None if v is MISSING else v}) for f, v in zip(fields, key)):
                    raise DuplicateKeyError(f"E11000 duplicate key error collection: {self.name} index: {name}",
                                            code=11000, details={"keyPattern": dict(spec["key"])})

    async def insert_one(self, doc: dict[str, Any]) -> InsertOneResult:
        self.client.check_open()
        stored = as_inserted(doc)
        self._check_unique(stored)
        self.docs[stored["_id"]] = stored
        return InsertOneResult(stored["_id"], True)

    async def find_one(self, filter: dict[str, Any]) -> dict[str, Any] | None:
        found = self.matching(filter)
        return copy.deepcopy(found[0]) if found else None

    def find(self, filter: dict[str, Any] | None = None) -> InMemoryCursor:
        return InMemoryCursor(self, filter or {})

    async def count_documents(self, filter: dict[str, Any]) -> int:
        return len(self.matching(filter))

    async def delete_one(self, filter: dict[str, Any]) -> DeleteResult:
        found = self.matching(filter)
        if found:
            del self.docs[found[0]["_id"]]
        return DeleteResult({"n": len(found[:1])}, True)

    async def find_one_and_update(self, filter: dict[str, Any], update: dict[str, Any], *, upsert: bool = False,
                                  return_document: bool = False) -> dict[str, Any] | None:
        found = self.matching(filter)
        if not found and not upsert:
            return None
        before = found[0] if found else None
        after = copy.deepcopy(before) if before else {
            k: v for k, v in filter.items() if not isinstance(v, dict) and "." not in k}
        apply_update(after, as_sent(update))
        after.setdefault("_id", ObjectId())
        if len(bson.encode(after)) > MAX_BSON:
            raise OperationFailure(f"Resulting document after update is larger than {MAX_BSON}", code=17419)
        after = bson.decode(bson.encode(after))
        self._check_unique(after, replacing=after["_id"] if before else MISSING)
        self.docs[after["_id"]] = after
        return copy.deepcopy(after if return_document else before)

    async def create_index(self, keys: list[tuple[str, int]], *, name: str, unique: bool = False,
                           partialFilterExpression: dict[str, Any] | None = None) -> str:
        self.client.check_open()
        spec = {"key": list(keys), "unique": unique, "partialFilterExpression": partialFilterExpression}
        if name in self.indexes and self.indexes[name] != spec:
            raise OperationFailure(f"An existing index has the same name as the requested index: {name}", code=86)
        previous, self.indexes[name] = self.indexes.get(name), spec
        try:
            for doc_id, doc in self.docs.items():
                self._check_unique(doc, replacing=doc_id)
        except DuplicateKeyError:
            if previous is None:
                del self.indexes[name]
            else:
                self.indexes[name] = previous
            raise
        return name

    async def drop_index(self, name: str) -> None:
        self.client.check_open()
        if name not in self.indexes or name == "_id_":
            raise OperationFailure(f"index not found with name [{name}]", code=27)
        del self.indexes[name]
