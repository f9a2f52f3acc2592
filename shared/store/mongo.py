"""The MongoDB store, through PyMongo's async API (``AsyncMongoClient``, the successor of Motor).

One database per owner (``panchayat_<name>``, chosen by ``shared.wiring``). Writes use majority write
concern, so an acknowledged write survives the loss of the primary; the bus acks a message only after
its writes, so a weaker concern could lose a write the broker already forgot.

Versions: ``update`` is one ``find_one_and_update`` matching ``{_id, _v: expected}`` that ``$set``s the
changes and ``$inc``s ``_v``; no match means another writer got there first (or the document is gone),
which is ``Conflict``. Unique indexes are partial (``$exists`` on their fields): a document lacking a
unique field is not constrained by it, as in the embedded store, where absent values are NULL and
distinct. Sequences are documents ``{_id: name, value}`` in ``_sequences``, stepped with an upserting
``$inc``. Filters, names and values pass the same checks (``rules``) as the embedded store, so code
that works on one does not fail on the other.

``client_factory`` builds the client from the URL; tests pass the in-memory double
(``shared.store.pymongo_double``). The client connects lazily, on the first operation.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pymongo import AsyncMongoClient, ReturnDocument, WriteConcern
from pymongo.errors import DuplicateKeyError, PyMongoError

from shared.logging import get_logger
from shared.store import TAKEN, Conflict, Doc, DuplicateKey, Filter, Index, Sequences, Sort
from shared.store.rules import (
    SEQUENCES,
    changes_of,
    collection_name,
    conditions,
    encode,
    limit_value,
    new_id,
    sort_keys,
)

log = get_logger(__name__)
ClientFactory = Callable[[str], Any]
SERVER_SELECTION_MS = 5000


def default_client(url: str) -> AsyncMongoClient[dict[str, Any]]:
    return AsyncMongoClient(url, serverSelectionTimeoutMS=SERVER_SELECTION_MS, uuidRepresentation="standard")


class MongoCollection:
    def __init__(self, collection: Any, name: str):
        self.name = name
        self._col = collection

    async def get(self, id: str) -> Doc | None:
        return await self._col.find_one({"_id": id})

    async def insert(self, doc: Doc) -> Doc:
        stored = {**doc, "_id": new_id(doc), "_v": 1}
        encode(stored)
        try:
            await self._col.insert_one(stored)
        except DuplicateKeyError:
            raise DuplicateKey(f"{self.name}: {TAKEN}") from None  # the engine's words name its internals
        return stored

    async def update(self, id: str, changes: Doc, *, expected_version: int) -> Doc:
        fields = changes_of(changes)
        encode(fields)
        update: dict[str, Any] = {"$inc": {"_v": 1}}
        if fields:
            update["$set"] = fields
        try:
            doc = await self._col.find_one_and_update(
                {"_id": id, "_v": expected_version}, update, return_document=ReturnDocument.AFTER)
        except DuplicateKeyError:
            raise DuplicateKey(f"{self.name}: {TAKEN}") from None  # the engine's words name its internals
        if doc is None:
            raise Conflict(f"{self.name}/{id}: not at version {expected_version} (or gone)")
        return doc

    async def find(self, filter: Filter | None = None, *, sort: Sort = (), limit: int | None = None) -> list[Doc]:
        cursor = self._col.find(_checked(filter))
        keys = sort_keys(sort)
        if keys:
            cursor = cursor.sort(keys)
        if limit_value(limit) is not None:
            cursor = cursor.limit(limit)
        return await cursor.to_list(None)

    async def count(self, filter: Filter | None = None) -> int:
        return await self._col.count_documents(_checked(filter))

    async def delete(self, id: str) -> bool:
        return (await self._col.delete_one({"_id": id})).deleted_count == 1


def _checked(filter: Filter | None) -> Filter:
    conditions(filter)
    return dict(filter or {})


class MongoSequences:
    def __init__(self, store: MongoStore):
        self._store = store

    async def next(self, name: str) -> int:
        col = self._store._database()[SEQUENCES]
        try:
            return await self._step(col, name)
        except DuplicateKeyError:  # two first-ever upserts of one name raced; the retry finds the document
            return await self._step(col, name)

    @staticmethod
    async def _step(col: Any, name: str) -> int:
        doc = await col.find_one_and_update({"_id": name}, {"$inc": {"value": 1}}, upsert=True,
                                            return_document=ReturnDocument.AFTER)
        return int(doc["value"])


class MongoStore:
    def __init__(self, url: str, database: str, *, client_factory: ClientFactory = default_client):
        self.url, self.database = url, database
        self._factory = client_factory
        self._client: Any = None
        self._db: Any = None
        self._collections: dict[str, MongoCollection] = {}
        self.seq: Sequences = MongoSequences(self)

    def _database(self) -> Any:
        if self._db is None:
            self._client = self._factory(self.url)
            self._db = self._client.get_database(self.database, write_concern=WriteConcern("majority"))
        return self._db

    async def start(self, indexes: Sequence[Index] = ()) -> None:
        db = self._database()
        for index in indexes:
            options: dict[str, Any] = {"name": index.name, "unique": index.unique}
            if index.unique:
                options["partialFilterExpression"] = {f: {"$exists": True} for f in index.fields}
            await db[collection_name(index.collection)].create_index([(f, 1) for f in index.fields], **options)
        log.info("store.started", engine="mongodb", database=self.database, indexes=len(indexes))

    def collection(self, name: str) -> MongoCollection:
        found = self._collections.get(name)
        if found is None:
            found = self._collections[name] = MongoCollection(self._database()[collection_name(name)], name)
        return found

    async def ping(self) -> bool:
        try:
            self._database()
            await self._client.admin.command("ping")
            return True
        except PyMongoError as exc:
            log.warning("store.ping_failed", engine="mongodb", database=self.database, error=str(exc))
            return False

    async def close(self) -> None:
        if self._client is not None:
            await self._client.close()
            self._client = self._db = None
            self._collections.clear()
