"""The in-memory PyMongo double refuses what MongoDB refuses, so the adapter cannot lean on leniency."""
from __future__ import annotations

import pytest
from pymongo import ReturnDocument
from pymongo.errors import DuplicateKeyError, InvalidOperation, OperationFailure

from shared.store.pymongo_double import InMemoryMongoClient


async def test_unique_index_cannot_be_built_over_existing_duplicates() -> None:
    col = InMemoryMongoClient()["db"]["c"]
    await col.insert_one({"_id": "1", "k": "x"})
    await col.insert_one({"_id": "2", "k": "x"})
    with pytest.raises(DuplicateKeyError):
        await col.create_index([("k", 1)], name="k", unique=True)
    await col.insert_one({"_id": "3", "k": "x"})  # the failed index was not left behind


async def test_unique_index_without_partial_filter_counts_missing_as_null() -> None:
    col = InMemoryMongoClient()["db"]["c"]
    await col.create_index([("k", 1)], name="k", unique=True)
    await col.insert_one({"_id": "1"})
    with pytest.raises(DuplicateKeyError):
        await col.insert_one({"_id": "2", "k": None})


async def test_unknown_operators_and_id_changes_fail() -> None:
    col = InMemoryMongoClient()["db"]["c"]
    await col.insert_one({"_id": "1", "n": 1})
    with pytest.raises(OperationFailure):
        await col.count_documents({"n": {"$regex": "1"}})
    with pytest.raises(OperationFailure):
        await col.find_one_and_update({"_id": "1"}, {"$push": {"n": 2}})
    with pytest.raises(OperationFailure):
        await col.find_one_and_update({"_id": "1"}, {"$set": {"_id": "2"}})


async def test_find_one_and_update_returns_before_or_after_and_upserts() -> None:
    col = InMemoryMongoClient()["db"]["c"]
    assert await col.find_one_and_update({"_id": "s"}, {"$inc": {"v": 1}}, upsert=True) is None
    assert await col.find_one_and_update({"_id": "s"}, {"$inc": {"v": 1}}) == {"_id": "s", "v": 1}
    after = await col.find_one_and_update({"_id": "s"}, {"$inc": {"v": 1}}, return_document=ReturnDocument.AFTER)
    assert after == {"_id": "s", "v": 3}


async def test_cursor_iterates_sorted_and_limited_copies() -> None:
    col = InMemoryMongoClient()["db"]["c"]
    for n in (3, 1, 2):
        await col.insert_one({"_id": str(n), "n": n})
    seen = [doc["n"] async for doc in col.find({}).sort([("n", -1)]).limit(2)]
    assert seen == [3, 2]
    (doc,) = await col.find({"n": 1}).to_list()
    doc["n"] = 99
    assert (await col.find_one({"_id": "1"}))["n"] == 1


async def test_a_closed_client_refuses_use() -> None:
    client = InMemoryMongoClient()
    await client.close()
    with pytest.raises(InvalidOperation):
        await client["db"]["c"].find_one({})
