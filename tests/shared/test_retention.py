"""Records that only guard against repeats are removed once older than their keep, and only those."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from shared.retention import INBOX, SEEN, Keep, purge
from shared.store.sqlite import SqliteStore

NOW = datetime(2026, 12, 20, 5, 30, tzinfo=UTC)


async def test_only_what_is_older_than_the_keep_goes(tmp_path):
    store = SqliteStore(tmp_path / "s.sqlite3")
    await store.start([SEEN.index])
    seen = store.collection("seen")
    for days in (0, 3, 7.9, 8.1, 30, 400):
        await seen.insert({"_id": f"wamid.{days}", "at": (NOW - timedelta(days=days)).isoformat()})
    assert await purge(store, SEEN, NOW, batch=2) == 3  # batches smaller than the work still finish it
    assert sorted(d["_id"] for d in await seen.find({})) == ["wamid.0", "wamid.3", "wamid.7.9"]
    assert await purge(store, SEEN, NOW) == 0
    await store.close()


async def test_a_service_runtime_indexes_its_inbox_for_the_sweep(tmp_path):
    store = SqliteStore(tmp_path / "i.sqlite3")
    await store.start([INBOX.index])
    inbox = store.collection("_inbox")
    await inbox.insert({"_id": "old", "type": "t", "outputs": [], "at": (NOW - timedelta(days=31)).isoformat()})
    await inbox.insert({"_id": "new", "type": "t", "outputs": [], "at": (NOW - timedelta(days=29)).isoformat()})
    assert await purge(store, INBOX, NOW) == 1 and await inbox.get("new") is not None
    assert await purge(store, Keep("_inbox", "at", 0), NOW) == 1
    await store.close()
