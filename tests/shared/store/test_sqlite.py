"""What only the embedded store promises: a durable file in WAL mode, lazy tables, indexes the planner uses."""
from __future__ import annotations

import asyncio
import sqlite3
import threading
from pathlib import Path

import pytest

from shared.store import Index, sqlite_engine
from shared.store.sqlite import SqliteStore
from shared.store.sqlite_sql import select


async def test_collections_work_before_start_and_survive_reopening(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "tourism.sqlite3"
    store = SqliteStore(path)
    await store.collection("bookings").insert({"_id": "B-1", "guest": "অতিথি"})
    assert await store.seq.next("booking") == 1
    await store.close()
    reopened = SqliteStore(path)
    await reopened.start([Index("bookings", ("guest",))])
    assert await reopened.collection("bookings").get("B-1") == {"_id": "B-1", "_v": 1, "guest": "অতিথি"}
    assert await reopened.seq.next("booking") == 2
    await reopened.close()


async def test_start_is_idempotent_and_file_is_in_wal_mode(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    indexes = [Index("bookings", ("wa_id",)), Index("bookings", ("draft_id",), unique=True)]
    for _ in range(2):
        store = SqliteStore(path)
        await store.start(indexes)
        await store.start(indexes)
        await store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"ix_bookings__wa_id", "ix_bookings__draft_id"} <= names


@pytest.mark.parametrize(("filter", "sort", "index"), [
    ({"wa_id": "91983"}, [], "ix_bookings__wa_id"),
    ({"property_id": "P1", "check_in": {"$gte": "2026-05-01", "$lt": "2026-06-01"}}, [("check_in", 1)],
     "ix_bookings__property_id__check_in"),
    ({"guest.phone": {"$in": ["1", "2"]}}, [], "ix_bookings__guest_phone"),
])
async def test_finds_on_declared_fields_use_their_index(tmp_path: Path, filter: dict, sort: list, index: str) -> None:
    store = SqliteStore(tmp_path / "s.sqlite3")
    await store.start([Index("bookings", ("wa_id",)), Index("bookings", ("property_id", "check_in")),
                       Index("bookings", ("guest.phone",))])
    await store.close()
    statement, params = select("bookings", filter, sort, None)
    with sqlite3.connect(tmp_path / "s.sqlite3") as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(f"EXPLAIN QUERY PLAN {statement}", params))
    assert f"INDEX {index}" in plan and "TEMP B-TREE" not in plan


async def test_get_falls_back_to_a_reader_thread_when_the_loop_connection_is_busy(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = SqliteStore(tmp_path / "s.sqlite3")
    await store.collection("c").insert({"_id": "1", "n": 1})

    def busy(work: object) -> object:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(store._engine, "read_now", busy)
    assert (await store.collection("c").get("1"))["n"] == 1
    await store.close()


async def test_a_write_waits_its_turn_on_the_writer_thread_while_another_connection_holds_the_lock(
        tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    store = SqliteStore(path)
    await store.collection("c").insert({"_id": "1", "n": 1})
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing: the loop's try is refused at once
    writing = asyncio.ensure_future(store.collection("c").update("1", {"n": 2}, expected_version=1))
    await asyncio.sleep(0.2)
    assert not writing.done()  # not failed, not lost: queued on the writer thread behind the lock
    assert (await store.collection("c").get("1"))["n"] == 1
    other.execute("COMMIT")
    assert (await writing)["n"] == 2
    assert (await store.collection("c").get("1"))["_v"] == 2
    other.close()
    await store.close()


async def test_writes_on_the_loop_are_checkpointed_and_the_log_stays_small(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_engine, "CHECKPOINT_EVERY", 20)
    path = tmp_path / "s.sqlite3"
    wal = tmp_path / "s.sqlite3-wal"
    store = SqliteStore(path)
    await store.collection("c").insert({"_id": "0"})
    await store._engine.write(lambda c: c.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall())
    before, largest = path.stat().st_size, 0

    async def write(n: int) -> None:
        await store.collection("c").insert({"_id": str(n), "text": "x" * 500})
        await store.collection("c").update(str(n), {"text": "y" * 500}, expected_version=1)

    for n in range(1, 2000, 10):  # ten writers at once, so checkpoints run while the loop keeps writing
        await asyncio.gather(*(write(k) for k in range(n, n + 10)))
        largest = max(largest, wal.stat().st_size if wal.exists() else 0)
    await store._engine.write(lambda c: None)  # the writer thread has done what it was given
    assert path.stat().st_size > before + 500_000  # pages copied out of the log into the file
    assert largest < 2_000_000  # 4,000 writes of ~3 pages: some 30 MB of log if it were never started again
    await store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT count(*) FROM c_c").fetchone() == (2001,)


async def test_the_loop_does_not_run_ahead_of_checkpoints_the_writer_has_not_run(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sqlite_engine, "CHECKPOINT_EVERY", 10)
    path = tmp_path / "s.sqlite3"
    store = SqliteStore(path)
    await store.collection("c").insert({"_id": "0"})
    engine = store._engine
    starved = threading.Event()
    engine._writer.submit(starved.wait)  # the writer thread gets no CPU: no checkpoint can run

    def count() -> int:
        with sqlite3.connect(path) as conn:
            return conn.execute("SELECT count(*) FROM c_c").fetchone()[0]

    writes = [asyncio.create_task(store.collection("c").insert({"_id": str(n)})) for n in range(1, 101)]
    await asyncio.sleep(0.2)
    try:
        ahead = 10 * sqlite_engine.LOOP_AHEAD  # the loop stops once this many of its commits wait for a checkpoint
        assert engine._loop_commits == ahead  # the first insert was one of them
        assert sum(w.done() for w in writes) == ahead - 1
        assert count() == ahead
    finally:
        starved.set()
    await asyncio.gather(*writes)
    assert count() == 101  # the rest went through the writer thread, behind the checkpoint: none lost
    assert engine._unchecked() < 10 * sqlite_engine.LOOP_AHEAD  # the checkpoint ran and the loop may write again
    await store.collection("c").insert({"_id": "late"})
    assert engine._loop_commits == ahead + 1
    await store.close()


def test_bad_settings_and_names_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        SqliteStore(tmp_path / "s.sqlite3", synchronous="SOMETIMES")
    with pytest.raises(ValueError):
        SqliteStore(tmp_path / "s.sqlite3").collection('x"; DROP TABLE y')
