"""The MongoDB store, through PyMongo's async API (``AsyncMongoClient``, the successor of Motor).

One database per owner (``panchayat_<name>``, chosen by ``shared.wiring``). Writes use majority write
concern, so an acknowledged write survives the loss of the primary; the bus acks a message only after
its writes, so a weaker concern could lose a write the broker already forgot.

Versions: ``update`` is one ``find_one_and_update`` matching ``{_id, _v: expected}`` that ``$set``s the
changes and ``$inc``s ``_v``; no match means another writer got there first (or the document is gone),
which is ``Conflict``. Unique indexes are partial (``$type`` of a value on each of their fields): a
document lacking a unique field, or holding null there, is not constrained by it, as in the embedded
store, where absent and null values are NULL and distinct (``$exists`` would count a null, so a second
document with ``None`` there would be refused). Sequences are documents ``{_id: name, value}`` in
``_sequences``, stepped with an upserting ``$inc``. Filters, names and values pass the same checks
(``rules``) as the embedded store, so code that works on one does not fail on the other; filters are sent
as ``rules`` returns them (a set given to ``$in`` goes as a list, which BSON can carry).

Errors: a duplicate is ``DuplicateKey``; a document over MongoDB's 16 MB is ``ValueError`` (refused, as
``rules`` refuses one whose JSON is larger); anything else PyMongo raises (no server within the selection
timeout, a lost connection, a failover, a write concern not met) is ``StoreError``, which the gateway
answers 503 so the message comes again, and which the bus retries as any handler error.

``client_factory`` builds the client from the URL; tests pass the in-memory double
(``shared.store.pymongo_double``). The client connects lazily, on the first operation.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from bson.errors import InvalidDocument
from pymongo import AsyncMongoClient, ReturnDocument, WriteConcern
from pymongo.errors import DocumentTooLarge, DuplicateKeyError, OperationFailure, PyMongoError

from shared.logging import get_logger
from shared.store import TAKEN, Conflict, Doc, DuplicateKey, Filter, Index, Sequences, Sort, StoreError
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
VALUES = ["string", "number", "bool", "object", "array"]  # every BSON type a stored JSON value has, but null
TOO_LARGE = (10334, 17419)  # BSONObjectTooLarge; an update whose result would pass 16 MB
OTHER_OPTIONS = (85, 86)  # IndexOptionsConflict, IndexKeySpecsConflict: the name exists with other options
INDEX_NOT_FOUND = 27


@contextmanager
def translated(name: str) -> Iterator[None]:
    """PyMongo's errors as the port's (see the module's docstring)."""
    try:
        yield
    except DuplicateKeyError:
        raise DuplicateKey(f"{name}: {TAKEN}") from None  # the engine's words name its internals
    except DocumentTooLarge as exc:
        raise ValueError(f"{name}: {exc}") from None
    except InvalidDocument as exc:  # a value BSON cannot carry; ``rules`` refuses most before they get here
        raise TypeError(f"{name}: {exc}") from None
    except PyMongoError as exc:
        if isinstance(exc, OperationFailure) and exc.code in TOO_LARGE:
            raise ValueError(f"{name}: {exc}") from None
        raise StoreError(f"{name}: {type(exc).__name__}: {exc}") from exc


def default_client(url: str) -> AsyncMongoClient[dict[str, Any]]:
    """Waits ``SERVER_SELECTION_MS`` for a server unless the URL says how long (``?serverSelectionTimeoutMS=``):
    PyMongo lets a keyword outweigh the URL, so the default is passed only where the URL is silent."""
    waits = {} if "serverselectiontimeoutms=" in url.lower() else {"serverSelectionTimeoutMS": SERVER_SELECTION_MS}
    return AsyncMongoClient(url, uuidRepresentation="standard", **waits)


class MongoCollection:
    def __init__(self, collection: Any, name: str):
        self.name = name
        self._col = collection

    async def get(self, id: str) -> Doc | None:
        with translated(self.name):
            return await self._col.find_one({"_id": id})

    async def insert(self, doc: Doc) -> Doc:
        stored = {**doc, "_id": new_id(doc), "_v": 1}
        encode(stored)
        with translated(self.name):
            await self._col.insert_one(stored)
        return stored

    async def update(self, id: str, changes: Doc, *, expected_version: int) -> Doc:
        fields = changes_of(changes)
        encode(fields)
        update: dict[str, Any] = {"$inc": {"_v": 1}}
        if fields:
            update["$set"] = fields
        with translated(self.name):
            doc = await self._col.find_one_and_update(
                {"_id": id, "_v": expected_version}, update, return_document=ReturnDocument.AFTER)
        if doc is None:
            raise Conflict(f"{self.name}/{id}: not at version {expected_version} (or gone)")
        return doc

    async def find(self, filter: Filter | None = None, *, sort: Sort = (), limit: int | None = None) -> list[Doc]:
        query, keys = _checked(filter), sort_keys(sort)
        with translated(self.name):
            cursor = self._col.find(query)
            if keys:
                cursor = cursor.sort(keys)
            if limit_value(limit) is not None:
                cursor = cursor.limit(limit)
            return await cursor.to_list(None)

    async def count(self, filter: Filter | None = None) -> int:
        query = _checked(filter)
        with translated(self.name):
            return await self._col.count_documents(query)

    async def delete(self, id: str, *, expected_version: int | None = None) -> bool:
        wanted: dict[str, Any] = {"_id": id} if expected_version is None else {"_id": id, "_v": expected_version}
        with translated(self.name):
            return (await self._col.delete_one(wanted)).deleted_count == 1


def _checked(filter: Filter | None) -> Filter:
    """The filter as ``rules`` reads it: plain values, or operators whose ``$in`` operand is a list."""
    query: Filter = {}
    for field, op, operand in conditions(filter):
        if op == "$eq":
            query[field] = operand
        else:
            query.setdefault(field, {})[op] = operand
    return query


class MongoSequences:
    def __init__(self, store: MongoStore):
        self._store = store

    async def next(self, name: str) -> int:
        col = self._store._database()[SEQUENCES]
        with translated(SEQUENCES):
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
        """Makes the indexes. No server within the selection timeout is ``StoreError``, as everywhere else: the
        process stops with one line saying so."""
        db = self._database()
        with translated(self.database):
            for index in indexes:
                options: dict[str, Any] = {"name": index.name, "unique": index.unique}
                if index.unique:
                    options["partialFilterExpression"] = {f: {"$type": VALUES} for f in index.fields}
                col, keys = db[collection_name(index.collection)], [(f, 1) for f in index.fields]
                try:
                    await col.create_index(keys, **options)
                except OperationFailure as exc:
                    if exc.code not in OTHER_OPTIONS:
                        raise
                    # Made with other options by an earlier version (a unique index on ``$exists``): made again.
                    log.warning("store.index_rebuilt", engine="mongodb", database=self.database, index=index.name)
                    try:
                        await col.drop_index(index.name)
                    except OperationFailure as gone:  # copies started together: another one dropped it first
                        if gone.code != INDEX_NOT_FOUND:
                            raise
                    await col.create_index(keys, **options)  # a no-op when that copy has made it already
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
