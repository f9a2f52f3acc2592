"""The in-memory PyMongo double refuses what MongoDB refuses, so the adapter cannot lean on leniency."""
from __future__ import annotations

import pytest
from bson import Int64
from bson.errors import InvalidDocument
from pymongo import ReturnDocument
from pymongo.errors import DocumentTooLarge, DuplicateKeyError, InvalidOperation, OperationFailure

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


async def test_what_bson_cannot_carry_fails_as_pymongo_fails() -> None:
    col = InMemoryMongoClient()["db"]["c"]
    with pytest.raises(InvalidDocument):
        await col.count_documents({"n": {"$in": {1, 2}}})
    with pytest.raises(OverflowError):
        await col.insert_one({"_id": "1", "n": 2**63})
    with pytest.raises(DocumentTooLarge):
        await col.insert_one({"_id": "1", "s": "x" * (16 * 1024 * 1024)})
    await col.insert_one({"_id": "1", "n": 2**40})
    assert isinstance((await col.find_one({"_id": "1"}))["n"], Int64)


async def test_a_partial_filter_on_type_leaves_null_out_and_exists_counts_it() -> None:
    col = InMemoryMongoClient()["db"]["c"]
    await col.create_index([("k", 1)], name="k", unique=True, partialFilterExpression={"k": {"$type": ["string"]}})
    await col.create_index([("j", 1)], name="j", unique=True, partialFilterExpression={"j": {"$exists": True}})
    await col.insert_one({"_id": "1", "k": None, "j": None})
    await col.insert_one({"_id": "2", "k": None})
    with pytest.raises(DuplicateKeyError):
        await col.insert_one({"_id": "3", "j": None})
