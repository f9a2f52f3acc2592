"""The store port: collections of documents keyed by ``_id``, declared indexes, optimistic versions.

Deliberately narrow so that MongoDB (``mongo.MongoStore``) and the embedded SQLite store
(``sqlite.SqliteStore``) behave the same; one contract suite (tests/shared/store) runs on both.

Documents are JSON-able dicts. Every stored document carries ``_id`` and ``_v`` (its version, 1 on
insert, +1 on each update). Filters are equality on fields (dotted paths allowed) or one operator
dict per field from ``OPERATORS``.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

Doc = dict[str, Any]
Filter = dict[str, Any]
Sort = Sequence[tuple[str, int]]  # (field, 1 ascending | -1 descending)

OPERATORS = frozenset({"$in", "$lt", "$lte", "$gt", "$gte", "$ne"})


class StoreError(Exception):
    pass


class DuplicateKey(StoreError):
    """An insert hit an existing ``_id`` or a unique index."""


TAKEN = "a record with this id (or another field that must be unique) exists already"


class Conflict(StoreError):
    """A conditional update lost: the document is not at the expected version (or is gone)."""


@dataclass(frozen=True)
class Index:
    collection: str
    fields: tuple[str, ...]
    unique: bool = False

    @property
    def name(self) -> str:
        return f"{self.collection}__{'__'.join(f.replace('.', '_') for f in self.fields)}"


class Collection(Protocol):
    name: str

    async def get(self, id: str) -> Doc | None: ...

    async def insert(self, doc: Doc) -> Doc:
        """Insert with ``_v = 1``; raises ``DuplicateKey``. Returns the stored document."""

    async def update(self, id: str, changes: Doc, *, expected_version: int) -> Doc:
        """Set top-level fields if the stored ``_v`` equals ``expected_version``; raises ``Conflict``."""

    async def find(self, filter: Filter | None = None, *, sort: Sort = (), limit: int | None = None) -> list[Doc]: ...

    async def count(self, filter: Filter | None = None) -> int: ...

    async def delete(self, id: str, *, expected_version: int | None = None) -> bool:
        """Remove the document; with ``expected_version``, only if it is still at that version (nobody changed it
        since it was read). True when a document went."""


class Sequences(Protocol):
    async def next(self, name: str) -> int:
        """Atomic across processes: 1, 2, 3, … per name."""


class Store(Protocol):
    seq: Sequences

    async def start(self, indexes: Sequence[Index] = ()) -> None: ...

    def collection(self, name: str) -> Collection: ...

    async def ping(self) -> bool: ...

    async def close(self) -> None: ...
