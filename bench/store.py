"""Embedded-store throughput from one process: inserts/s, gets/s, finds/s by an indexed field, sequence steps/s.

Run: ``python bench/store.py [--docs 5000]``. Each figure is sequential awaits (one caller), then the same
work from 16 concurrent tasks, since services serve many chats at once. Uses a fresh file in a temporary
directory, on the same SQLite settings ``panchayat run`` uses.
"""
from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from shared.store import Index
from shared.store.sqlite import SqliteStore

TASKS = 16


def _doc(i: int) -> dict:
    return {"_id": f"B-{i:06d}", "wa_id": f"9198300{i % 500:05d}", "district": f"D{i % 23}",
            "check_in": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}", "guests": 1 + i % 4,
            "name": "অতিথি নিবাস", "notes": {"source": "bench", "n": i}}


async def _rate(n: int, step: Callable[[int], Awaitable[object]], tasks: int = 1) -> float:
    async def worker(k: int) -> None:
        for i in range(k, n, tasks):
            await step(i)
    start = time.perf_counter()
    await asyncio.gather(*(worker(k) for k in range(tasks)))
    return n / (time.perf_counter() - start)


async def main(docs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(Path(tmp) / "bench.sqlite3")
        await store.start([Index("bookings", ("wa_id",)), Index("bookings", ("district", "check_in"))])
        col = store.collection("bookings")
        figures = {
            "inserts/s": await _rate(docs, lambda i: col.insert(_doc(i))),
            "inserts/s (16 tasks)": await _rate(docs, lambda i: col.insert(_doc(docs + i)), TASKS),
            "gets/s": await _rate(docs, lambda i: col.get(f"B-{i:06d}")),
            "gets/s (16 tasks)": await _rate(docs, lambda i: col.get(f"B-{i:06d}"), TASKS),
            "finds/s by wa_id, ~20 docs": await _rate(1000, lambda i: col.find({"wa_id": f"9198300{i % 500:05d}"})),
            "finds/s range+sort, limit 5": await _rate(1000, lambda i: col.find(
                {"district": f"D{i % 23}", "check_in": {"$gte": "2026-06-01"}}, sort=[("check_in", 1)], limit=5)),
            "updates/s": await _rate(docs, lambda i: col.update(f"B-{i:06d}", {"guests": 2}, expected_version=1)),
            "sequence next/s": await _rate(docs, lambda i: store.seq.next("booking")),
            "sequence next/s (16 tasks)": await _rate(docs, lambda i: store.seq.next("permit"), TASKS),
        }
        await store.close()
    print(f"embedded store (SQLite WAL), {2 * docs} documents, one process")
    for name, rate in figures.items():
        print(f"  {name:<30} {rate:>10,.0f}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=5000)
    asyncio.run(main(parser.parse_args().docs))
