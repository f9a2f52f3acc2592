"""What the MongoDB adapter asks of the server, checked on the in-memory double (NOT MongoDB).

The contract suite shows the adapter behaves; these show it asks for the right things: majority
writes, unique indexes as declared, the sequence upsert race handled, ping and close translated.
"""
from __future__ import annotations

from typing import Any

import pytest
from pymongo import AsyncMongoClient, WriteConcern
from pymongo.errors import AutoReconnect, DuplicateKeyError, ServerSelectionTimeoutError, WriteConcernError

from shared.store import DuplicateKey, Index, StoreError
from shared.store.mongo import MongoStore, default_client
from shared.store.pymongo_double import InMemoryMongoClient


def make_store(**client_options: Any) -> tuple[MongoStore, list[InMemoryMongoClient]]:
    made: list[InMemoryMongoClient] = []

    def factory(url: str) -> InMemoryMongoClient:
        made.append(InMemoryMongoClient(url, **client_options))
        return made[-1]

    return MongoStore("mongodb://in-memory", "panchayat_tourism", client_factory=factory), made


async def test_writes_ask_for_majority_and_nothing_connects_before_use() -> None:
    store, clients = make_store()
    assert clients == []
    await store.start()
    assert clients[0].databases["panchayat_tourism"].write_concern == WriteConcern("majority")
    await store.close()


async def test_indexes_are_declared_unique_only_where_asked() -> None:
    store, clients = make_store()
    await store.start([Index("bookings", ("draft_id",), unique=True), Index("bookings", ("property_id", "check_in"))])
    specs = clients[0].databases["panchayat_tourism"]["bookings"].indexes
    assert specs["bookings__draft_id"] == {"key": [("draft_id", 1)], "unique": True, "partialFilterExpression": {
        "draft_id": {"$type": ["string", "number", "bool", "object", "array"]}}}  # not null: $exists counts it
    assert specs["bookings__property_id__check_in"] == {
        "key": [("property_id", 1), ("check_in", 1)], "unique": False, "partialFilterExpression": None}
    await store.close()


async def test_a_unique_index_made_on_exists_by_an_earlier_version_is_made_again() -> None:
    store, clients = make_store()
    await store.collection("bookings").insert({"_id": "B-1", "draft_id": None})
    old = clients[0].databases["panchayat_tourism"]["bookings"]
    await old.create_index([("draft_id", 1)], name="bookings__draft_id", unique=True,
                           partialFilterExpression={"draft_id": {"$exists": True}})
    await store.start([Index("bookings", ("draft_id",), unique=True)])
    assert "$type" in old.indexes["bookings__draft_id"]["partialFilterExpression"]["draft_id"]
    await store.collection("bookings").insert({"_id": "B-2", "draft_id": None})
    await store.close()


async def test_copies_starting_together_remake_the_old_unique_index_once_without_failing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Two copies of a service start at once over an index the earlier version made: the second finds it gone
    when it drops it, since the first dropped it already; it must go on, not stop the service."""
    store, clients = make_store()
    await store.collection("bookings").insert({"_id": "B-1", "draft_id": "D-1"})  # the client connects lazily
    old = clients[0].databases["panchayat_tourism"]["bookings"]
    await old.create_index([("draft_id", 1)], name="bookings__draft_id", unique=True,
                           partialFilterExpression={"draft_id": {"$exists": True}})
    drop = old.drop_index

    async def dropped_first_by_another_copy(name: str) -> None:
        await drop(name)  # the other copy's drop
        await drop(name)  # ours: the index is gone (code 27)

    monkeypatch.setattr(old, "drop_index", dropped_first_by_another_copy)
    await store.start([Index("bookings", ("draft_id",), unique=True)])
    assert "$type" in old.indexes["bookings__draft_id"]["partialFilterExpression"]["draft_id"]
    await store.close()


@pytest.mark.parametrize("failure", [ServerSelectionTimeoutError("no servers found"), AutoReconnect("connection reset"),
                                     WriteConcernError("waiting for replication timed out", code=64)])
async def test_an_unreachable_or_failing_server_is_a_store_error(monkeypatch: pytest.MonkeyPatch,
                                                                  failure: Exception) -> None:
    """The gateway retries (503) only a ``StoreError``; any other error drops the WhatsApp message as handled."""
    store, clients = make_store()
    await store.start()
    col = store.collection("bookings")

    async def failing(*args: Any, **kwargs: Any) -> Any:
        raise failure

    raw = clients[0].databases["panchayat_tourism"]["bookings"]
    for method in ("find_one", "insert_one", "find_one_and_update", "count_documents", "delete_one"):
        monkeypatch.setattr(raw, method, failing)
    monkeypatch.setattr(clients[0].databases["panchayat_tourism"]["_sequences"], "find_one_and_update", failing)
    for call in (col.get("B-1"), col.insert({"_id": "B-1"}), col.update("B-1", {"a": 1}, expected_version=1),
                 col.count(), col.delete("B-1"), store.seq.next("booking")):
        with pytest.raises(StoreError) as raised:
            await call
        assert not isinstance(raised.value, DuplicateKey)
    monkeypatch.setattr(raw, "find", lambda *a, **k: (_ for _ in ()).throw(failure))
    with pytest.raises(StoreError):
        await col.find()
    await store.close()


async def test_a_lost_first_upsert_of_a_sequence_is_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    store, clients = make_store()
    await store.start()
    sequences = clients[0].databases["panchayat_tourism"]["_sequences"]
    real, calls = sequences.find_one_and_update, []

    async def racing(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        if len(calls) == 1:
            await real(*args, **kwargs)  # the other client's upsert lands first …
            raise DuplicateKeyError("E11000 duplicate key error", code=11000)  # … and ours collides
        return await real(*args, **kwargs)

    monkeypatch.setattr(sequences, "find_one_and_update", racing)
    assert await store.seq.next("booking") == 2
    assert len(calls) == 2
    await store.close()


async def test_ping_is_false_when_the_server_cannot_be_reached(monkeypatch: pytest.MonkeyPatch) -> None:
    store, clients = make_store()
    await store.start()

    async def unreachable(name: str) -> dict[str, Any]:
        raise ServerSelectionTimeoutError("no servers found")

    monkeypatch.setattr(clients[0].admin, "command", unreachable)
    assert await store.ping() is False
    await store.close()


async def test_close_closes_the_client_and_a_later_use_opens_a_new_one() -> None:
    store, clients = make_store()
    await store.collection("bookings").insert({"_id": "B-1"})
    await store.close()
    assert clients[0].closed
    assert await store.ping() is True and len(clients) == 2
    await store.close()


async def test_the_production_client_is_pymongos_async_client_and_connects_lazily() -> None:
    client = default_client("mongodb://127.0.0.1:1")
    assert isinstance(client, AsyncMongoClient)
    await client.close()


async def test_the_url_sets_how_long_the_client_waits_for_a_server_and_five_seconds_is_the_default() -> None:
    told = default_client("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300")
    silent = default_client("mongodb://127.0.0.1:1")
    try:
        assert told.options.server_selection_timeout == 0.3
        assert silent.options.server_selection_timeout == 5.0
    finally:
        await told.close()
        await silent.close()
