"""Cases found by their area's folded names, on the embedded store and on the MongoDB adapter over its
in-memory double (``tests/shared/store/conftest``: the double proves the adapter's filters and index
declarations, not MongoDB; the store contract runs on a real server where ``MONGODB_URL`` is set)."""
from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from services.permit.domain import Application
from shared.casework.areas import AREA, scope_filter
from shared.casework.cases import Cases, indexes
from shared.store import Store
from shared.store import sqlite_sql as sql
from shared.store.mongo import MongoStore
from shared.store.pymongo_double import InMemoryMongoClient
from shared.store.sqlite import SqliteCollection, SqliteStore

COLLECTION = "applications"
AT = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)


def application(serial: int, district: str = "Purulia", block: str = "Baghmundi", code: str = "baghmundi",
                **overrides: Any) -> Application:
    return Application.model_validate({
        "number": f"BP/PUR/2026/{serial:06d}", "name_bn": "মিনতি সরেন", "name_en": "Minati Soren",
        "mobile": "9830012345", "fee": 1500, "use": "residential", "floors": 1, "built_up_area": 60,
        "plot": {"mouza": "Matha", "jl_no": "98", "khatian": "12", "dag_no": str(serial)},
        "gp": {"code": code, "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": block, "district": district},
        "history": [{"status": "submitted", "at": AT, "by": "office"}], **overrides})


def old_shape(case: Application) -> dict[str, Any]:
    """A case as stored before the folded place existed."""
    return {"_id": case.number, **case.model_dump(mode="json")}


@pytest.fixture(params=["sqlite", "mongo-adapter-on-double"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Store]:
    made: Store = SqliteStore(tmp_path / "cases.sqlite3") if request.param == "sqlite" else \
        MongoStore("mongodb://in-memory", "panchayat_permit", client_factory=InMemoryMongoClient)
    await made.start(indexes(COLLECTION))
    yield made
    await made.close()


async def listed(cases: Cases[Application], scope: dict[str, str], *, limit: int = 2, **query: Any) -> list[str]:
    """Every number the scope lists, read a page of ``limit`` at a time."""
    numbers: list[str] = []
    after: str | None = None
    while True:
        page, after = await cases.page(scope_filter(scope), limit=limit, after=after, **query)
        assert len(page) <= limit
        numbers += [c.number for c in page]
        if after is None:
            return numbers


async def test_a_case_carries_its_place_folded_on_every_write_and_never_in_its_model(store: Store) -> None:
    cases = Cases(store, COLLECTION, Application)
    await cases.add(application(1, district=" PURULIA ", block="BAGHMUNDI"))
    await cases.add_all([application(2, district="Bankura", block="Chhatna", code="susunia")])
    raw = store.collection(COLLECTION)
    assert (await raw.get("BP/PUR/2026/000001"))[AREA] == {"block": "baghmundi", "district": "purulia"}
    assert (await raw.get("BP/PUR/2026/000002"))[AREA] == {"block": "chhatna", "district": "bankura"}
    moved = await cases.change("BP/PUR/2026/000001", lambda c: c.model_copy(update={"gp": application(
        1, district="Bankura", block="Chhatna", code="susunia").gp}))
    assert moved is not None and AREA not in moved.model_dump()
    assert (await raw.get("BP/PUR/2026/000001"))[AREA] == {"block": "chhatna", "district": "bankura"}
    assert await listed(cases, {"district": "purulia"}) == []
    assert await listed(cases, {"district": "BANKURA"}) == ["BP/PUR/2026/000001", "BP/PUR/2026/000002"]
    assert AREA not in (await cases.get("BP/PUR/2026/000002")).model_dump()


async def test_names_match_whole_and_regardless_of_case_across_pages(store: Store) -> None:
    cases = Cases(store, COLLECTION, Application)
    for serial in range(1, 8):
        await cases.add(application(serial, district=("Purulia", "purulia ", "PURULIA", "Bankura")[serial % 4]))
    purulia = [f"BP/PUR/2026/{n:06d}" for n in range(1, 8) if n % 4 != 3]
    for spelt in ("purulia", " Purulia", "PURULIA"):
        assert await listed(cases, {"district": spelt}) == purulia
        assert await listed(cases, {"district": spelt}, limit=100) == purulia
    assert await listed(cases, {"district": "puru"}) == [] and await listed(cases, {"district": "Purulia North"}) == []
    assert await listed(cases, {"block": "baghmundi", "gp": "Baghmundi"}, limit=1) == [
        f"BP/PUR/2026/{n:06d}" for n in range(1, 8)]
    await cases.change("BP/PUR/2026/000002", lambda c: c.moved("under_scrutiny", at=AT, by="office"))
    assert await listed(cases, {"district": "purulia"}, status="under_scrutiny") == ["BP/PUR/2026/000002"]


async def test_cases_stored_before_the_folded_place_are_given_it_once_and_listed(store: Store) -> None:
    cases, raw = Cases(store, COLLECTION, Application), store.collection(COLLECTION)
    for serial in range(1, 6):
        await raw.insert(old_shape(application(serial, district="PURULIA" if serial % 2 else "Bankura")))
    await raw.insert({"_id": "BP/PUR/2026/000009", "status": "submitted"})  # no place at all: left alone
    await cases.add(application(6, district="purulia"))
    for scope in ({"district": "bankura"}, {"district": "purulia"}, {"block": "baghmundi"}):
        assert "BP/PUR/2026/000001" not in await listed(cases, scope)  # not reached yet: in no area's list
    assert sum(await asyncio.gather(cases.fold_places(), cases.fold_places())) == 5  # two copies starting at once
    assert await cases.fold_places() == 0
    assert await listed(cases, {"district": "purulia"}) == ["BP/PUR/2026/000001", "BP/PUR/2026/000003",
                                                            "BP/PUR/2026/000005", "BP/PUR/2026/000006"]
    assert await listed(cases, {"district": "Bankura"}) == ["BP/PUR/2026/000002", "BP/PUR/2026/000004"]
    assert (await raw.get("BP/PUR/2026/000009")) == {"_id": "BP/PUR/2026/000009", "_v": 1, "status": "submitted"}


async def test_a_folded_place_out_of_date_shows_nothing_outside_the_area(store: Store) -> None:
    cases, raw = Cases(store, COLLECTION, Application), store.collection(COLLECTION)
    await raw.insert({**old_shape(application(1, district="Bankura")), AREA: {"block": "x", "district": "purulia"}})
    await cases.add(application(2))
    page, after = await cases.page(scope_filter({"district": "purulia"}), limit=1)
    assert page == [] and after == "BP/PUR/2026/000001"  # the next page still follows on
    assert [c.number for c in (await cases.page(scope_filter({"district": "purulia"}), after=after))[0]] == [
        "BP/PUR/2026/000002"]


async def test_a_scoped_page_is_one_indexed_query_however_few_cases_the_area_has(tmp_path: Path, monkeypatch) -> None:
    store = SqliteStore(tmp_path / "cases.sqlite3")
    await store.start(indexes(COLLECTION))
    cases = Cases(store, COLLECTION, Application)
    for serial in range(1, 41):
        await cases.add(application(serial, district="Bankura" if serial > 2 else "Purulia"))
    asked: list[tuple[Any, ...]] = []
    find = SqliteCollection.find

    async def counted(self: SqliteCollection, filter: Any = None, *, sort: Any = (), limit: Any = None) -> Any:
        found = await find(self, filter, sort=sort, limit=limit)
        asked.append((filter, sort, limit, len(found)))
        return found
    monkeypatch.setattr(SqliteCollection, "find", counted)
    for scope, status, after in (({"district": "nowhere"}, None, None), ({"district": "purulia"}, None, None),
                                 ({"block": "BAGHMUNDI"}, "submitted", "BP/PUR/2026/000010"),
                                 ({"district": "purulia"}, "approved", None), ({"gp": "baghmundi"}, None, None)):
        asked.clear()
        await cases.page(scope_filter(scope), status=status, limit=3, after=after)
        [(filter, sort, limit, read)] = asked
        assert limit == 4 and read <= 4
        statement, params = sql.select(COLLECTION, filter, sort, limit)
        with sqlite3.connect(store.path) as db:
            plan = " ".join(row[-1] for row in db.execute(f"EXPLAIN QUERY PLAN {statement}", params))
        assert "USING INDEX" in plan and "TEMP B-TREE" not in plan, plan
    await store.close()
