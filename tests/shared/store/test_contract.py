"""The store contract: every adapter (see conftest) must pass every test here unchanged."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from typing import Any

import pytest

from shared.store import Conflict, DuplicateKey, Store

PEOPLE = [
    {"_id": "p1", "name": "Asha", "city": "Bolpur", "age": 34, "email": "asha@example.in", "address": {"pin": "731204"},
     "joined": "2026-01-05", "active": True},
    {"_id": "p2", "name": "Bikash", "city": "Bolpur", "age": 27, "email": "bikash@example.in",
     "address": {"pin": "731235"}, "joined": "2026-02-11", "active": False},
    {"_id": "p3", "name": "Chaitali", "city": "Digha", "age": 41, "address": {"pin": "721428"},
     "joined": "2025-12-30", "active": 1},
    {"_id": "p4", "name": "Debu", "city": "Digha", "age": 27, "email": "debu@example.in", "joined": "2026-03-01"},
    {"_id": "p5", "name": "Esha", "city": "Siliguri", "age": 19, "email": None, "address": {"pin": "734001"},
     "joined": "2026-02-28", "active": True},
]


def make_person(**overrides: Any) -> dict[str, Any]:
    return {"_id": "x1", "name": "Fatema", "city": "Malda", "age": 30, **overrides}


@pytest.fixture
async def people(store: Store) -> Store:
    for person in PEOPLE:
        await store.collection("people").insert(person)
    return store


def ids(docs: list[dict[str, Any]]) -> list[str]:
    return [d["_id"] for d in docs]


async def test_insert_then_get_round_trips_nested_and_bengali(store: Store) -> None:
    doc = {"_id": "অ-১", "name": "পঞ্চায়েত অতিথি নিবাস", "rooms": [{"type": "ডাবল", "beds": 2}, {"type": "single"}],
           "meta": {"deep": {"er": [1, 2.5, None, True]}}, "note": ""}
    stored = await store.collection("things").insert(doc)
    assert stored == {**doc, "_v": 1}
    assert await store.collection("things").get("অ-১") == {**doc, "_v": 1}
    assert await store.collection("things").get("nope") is None


async def test_insert_without_id_assigns_a_string_id(store: Store) -> None:
    stored = await store.collection("things").insert({"tag": "a"})
    assert isinstance(stored["_id"], str) and stored["_id"]
    assert await store.collection("things").get(stored["_id"]) == stored


async def test_values_json_cannot_carry_are_refused(store: Store) -> None:
    with pytest.raises(TypeError):
        await store.collection("things").insert({"_id": "t", "at": datetime.now(UTC)})
    assert await store.collection("things").get("t") is None


async def test_duplicate_id_is_refused_and_the_first_kept(store: Store) -> None:
    col = store.collection("things")
    await col.insert({"_id": "t1", "tag": "first"})
    with pytest.raises(DuplicateKey):
        await col.insert({"_id": "t1", "tag": "second"})
    assert (await col.get("t1"))["tag"] == "first"


async def test_unique_index_violation_is_refused(people: Store) -> None:
    with pytest.raises(DuplicateKey):
        await people.collection("people").insert(make_person(email="asha@example.in"))
    assert await people.collection("people").get("x1") is None


async def test_unique_index_leaves_documents_without_the_field_alone(people: Store) -> None:
    await people.collection("people").insert(make_person(_id="x1"))
    await people.collection("people").insert(make_person(_id="x2"))
    assert await people.collection("people").count({"city": "Malda"}) == 2


async def test_unique_index_leaves_documents_with_null_there_alone(people: Store) -> None:
    """Null is no value, as absence is: on MongoDB a partial index on ``$exists`` would count it."""
    await people.collection("people").insert(make_person(_id="x1", email=None))  # p5 holds None already
    await people.collection("people").update("p1", {"email": None}, expected_version=1)
    assert await people.collection("people").count({"email": None}) == 4
    with pytest.raises(DuplicateKey):
        await people.collection("people").insert(make_person(_id="x2", email="bikash@example.in"))


async def test_update_into_a_taken_unique_value_is_refused(people: Store) -> None:
    with pytest.raises(DuplicateKey):
        await people.collection("people").update("p2", {"email": "asha@example.in"}, expected_version=1)
    assert (await people.collection("people").get("p2"))["email"] == "bikash@example.in"


async def test_non_unique_index_allows_duplicates(store: Store) -> None:
    col = store.collection("things")
    for n in range(3):
        await col.insert({"_id": f"t{n}", "tag": "same"})
    assert ids(await col.find({"tag": "same"}, sort=[("_id", 1)])) == ["t0", "t1", "t2"]


async def test_update_at_the_right_version_sets_fields_and_bumps_version(people: Store) -> None:
    col = people.collection("people")
    updated = await col.update("p1", {"city": "Santiniketan", "address": {"street": "Bhubandanga"}},
                               expected_version=1)
    assert updated["_v"] == 2 and updated["city"] == "Santiniketan"
    assert updated["address"] == {"street": "Bhubandanga"}  # top-level fields are replaced, not merged
    assert updated["name"] == "Asha"
    assert await col.get("p1") == updated
    again = await col.update("p1", {"age": 35}, expected_version=2)
    assert again["_v"] == 3 and again["age"] == 35


async def test_update_leaves_id_and_version_to_the_store(people: Store) -> None:
    updated = await people.collection("people").update("p1", {"_id": "p1", "_v": 40, "age": 35}, expected_version=1)
    assert (updated["_id"], updated["_v"], updated["age"]) == ("p1", 2, 35)


async def test_update_at_a_stale_version_conflicts_and_changes_nothing(people: Store) -> None:
    col = people.collection("people")
    await col.update("p1", {"age": 35}, expected_version=1)
    with pytest.raises(Conflict):
        await col.update("p1", {"age": 99}, expected_version=1)
    assert (await col.get("p1"))["age"] == 35


async def test_update_of_a_missing_document_conflicts(store: Store) -> None:
    with pytest.raises(Conflict):
        await store.collection("people").update("ghost", {"age": 1}, expected_version=1)
    assert await store.collection("people").get("ghost") is None


@pytest.mark.parametrize(("filter", "expected"), [
    ({"city": "Bolpur"}, ["p1", "p2"]),
    ({"city": "Bolpur", "age": 27}, ["p2"]),
    ({"age": {"$in": [19, 41]}}, ["p3", "p5"]),
    ({"age": {"$in": []}}, []),
    ({"age": {"$in": {19, 41}}}, ["p3", "p5"]),  # a set: BSON has none, so it goes as a list
    ({"city": {"$in": frozenset({"Digha"})}, "age": {"$in": (27, 41)}}, ["p3", "p4"]),
    ({"age": {"$lt": 27}}, ["p5"]),
    ({"age": {"$lte": 27}}, ["p2", "p4", "p5"]),
    ({"age": {"$gt": 34}}, ["p3"]),
    ({"age": {"$gte": 34}}, ["p1", "p3"]),
    ({"city": {"$ne": "Digha"}}, ["p1", "p2", "p5"]),
    ({"address.pin": "721428"}, ["p3"]),
    ({"address.pin": {"$gte": "731000"}}, ["p1", "p2", "p5"]),
    ({"joined": {"$gte": "2026-02-01"}}, ["p2", "p4", "p5"]),
    ({"joined": {"$gte": "2026-01-01", "$lt": "2026-03-01"}}, ["p1", "p2", "p5"]),
    ({"email": None}, ["p3", "p5"]),
    ({"email": {"$ne": None}}, ["p1", "p2", "p4"]),
    ({"address.pin": {"$in": ["734001", None]}}, ["p4", "p5"]),
    ({"active": True}, ["p1", "p5"]),
    ({"active": {"$ne": True}}, ["p2", "p3", "p4"]),
    ({"active": 1}, ["p3"]),  # a number is not a true, nor 0 a false
    ({"active": 0}, []),
    ({"active": {"$in": [1, "1"]}}, ["p3"]),
    ({"active": {"$ne": 1}}, ["p1", "p2", "p4", "p5"]),
    ({"age": 27.0}, ["p2", "p4"]),
    ({"active": {"$gt": 0}}, ["p3"]),
    ({"age": {"$gt": "20"}}, []),
    ({"name": {"$lt": 100}}, []),
    ({"_id": {"$in": ["p2", "p4", "zz"]}}, ["p2", "p4"]),
])
async def test_find_with_each_operator(people: Store, filter: dict[str, Any], expected: list[str]) -> None:
    assert ids(await people.collection("people").find(filter, sort=[("_id", 1)])) == expected
    assert await people.collection("people").count(filter) == len(expected)


async def test_find_sorts_on_several_keys_in_both_directions(people: Store) -> None:
    col = people.collection("people")
    assert ids(await col.find(sort=[("age", 1), ("_id", -1)])) == ["p5", "p4", "p2", "p1", "p3"]
    assert ids(await col.find(sort=[("city", -1), ("age", 1)])) == ["p5", "p4", "p3", "p2", "p1"]
    assert ids(await col.find({"city": "Bolpur"}, sort=[("joined", -1)])) == ["p2", "p1"]


async def test_find_limits_after_sorting(people: Store) -> None:
    col = people.collection("people")
    assert ids(await col.find(sort=[("age", -1)], limit=2)) == ["p3", "p1"]
    assert ids(await col.find({"city": "Digha"}, sort=[("age", 1)], limit=1)) == ["p4"]
    assert len(await col.find(limit=100)) == 5


async def test_pages_by_a_field_and_the_id_after_the_last_one_read(people: Store) -> None:
    col = people.collection("people")
    await col.insert(make_person(_id="p6", address={"pin": "731204"}))
    by_pin: list[str] = []
    while len(by_pin) < 3:
        after = {"_id": {"$gt": by_pin[-1]}} if by_pin else {}
        page = await col.find({"address.pin": "731204", **after}, sort=[("_id", 1)], limit=1)
        if not page:
            break
        by_pin += ids(page)
    assert by_pin == ["p1", "p6"]
    assert ids(await col.find({"address.pin": None}, sort=[("_id", 1)])) == ["p4"]  # without it, by its index
    assert ids(await col.find({"address.pin": None, "_id": {"$gt": "p4"}}, sort=[("_id", 1)], limit=5)) == []


async def test_unsupported_queries_are_refused_alike(people: Store) -> None:
    col = people.collection("people")
    for bad in ({"name": {"$regex": "^A"}}, {"age": {}}, {"address": {"pin": "1"}}, {"bad field": 1}):
        with pytest.raises(ValueError):
            await col.find(bad)
    for wrong in ({"age": {"$lt": None}}, {"age": {"$in": 3}}, {"tags": ["a"]}, {"age": {"$gt": True}}):
        with pytest.raises(TypeError):
            await col.find(wrong)
    with pytest.raises(TypeError):
        await col.insert({"_id": 7})
    with pytest.raises(ValueError):
        await col.find(limit=0)
    with pytest.raises(ValueError):
        await col.update("p1", {"address.pin": "1"}, expected_version=1)


async def test_integers_beyond_8_bytes_are_refused_alike(store: Store) -> None:
    """BSON integers are 8 bytes (PyMongo raises OverflowError); SQLite's JSON would keep a longer one."""
    col = store.collection("things")
    edge = {"_id": "t1", "n": 2**63 - 1, "m": -(2**63), "deep": [{"k": 2**40}], "digits": "12345678901234567890123"}
    assert await col.insert(edge) == {**edge, "_v": 1}
    assert await col.get("t1") == {**edge, "_v": 1}
    for big in (2**63, -(2**63) - 1):
        with pytest.raises(TypeError):
            await col.insert({"_id": "t2", "deep": [{"n": big}]})
        with pytest.raises(TypeError):
            await col.update("t1", {"n": big}, expected_version=1)
        for wrong in ({"n": big}, {"n": {"$gt": big}}, {"n": {"$in": [1, big]}}):
            with pytest.raises(TypeError):
                await col.find(wrong)
    assert await col.get("t2") is None and (await col.get("t1"))["_v"] == 1


async def test_a_document_over_16_mb_is_refused_alike(store: Store) -> None:
    """MongoDB holds a document to 16 MB (PyMongo raises DocumentTooLarge); SQLite would take it."""
    col = store.collection("things")
    with pytest.raises(ValueError):
        await col.insert({"_id": "t1", "text": "x" * (16 * 1024 * 1024)})
    assert await col.get("t1") is None
    await col.insert({"_id": "t1", "text": "অ" * (1024 * 1024)})  # 3 MB as UTF-8
    with pytest.raises(ValueError):
        await col.update("t1", {"more": "অ" * (6 * 1024 * 1024)}, expected_version=1)  # 18 MB as UTF-8
    assert (await col.get("t1"))["_v"] == 1


async def test_a_delete_at_a_version_goes_only_if_nobody_changed_the_document(people: Store) -> None:
    col = people.collection("people")
    read = await col.get("p1")
    assert read is not None
    await col.update("p1", {"age": 35}, expected_version=read["_v"])
    assert await col.delete("p1", expected_version=read["_v"]) is False  # changed since it was read: kept
    assert (await col.get("p1"))["age"] == 35  # type: ignore[index]
    assert await col.delete("p1", expected_version=read["_v"] + 1) is True
    assert await col.get("p1") is None
    assert await col.delete("p1", expected_version=2) is False


async def test_count_with_and_without_filter(people: Store) -> None:
    col = people.collection("people")
    assert await col.count() == 5
    assert await col.count({"city": "Digha"}) == 2
    assert await people.collection("empty").count() == 0


async def test_delete_reports_whether_it_removed_something(people: Store) -> None:
    col = people.collection("people")
    assert await col.delete("p1") is True
    assert await col.delete("p1") is False
    assert await col.get("p1") is None and await col.count() == 4
    await col.insert(make_person(_id="p1", email="asha@example.in"))  # the unique value is free again


async def test_sequences_count_per_name(store: Store) -> None:
    assert [await store.seq.next("booking") for _ in range(3)] == [1, 2, 3]
    assert await store.seq.next("permit") == 1
    assert await store.seq.next("booking") == 4


async def test_sequences_from_concurrent_tasks_are_distinct(store: Store) -> None:
    numbers = await asyncio.gather(*(store.seq.next("noc") for _ in range(50)))
    assert sorted(numbers) == list(range(1, 51))


async def test_ping_answers_true_when_reachable(store: Store) -> None:
    assert await store.ping() is True
