"""Several processes on one embedded store file: SQLite's locks must give each race exactly one winner.

Each contender is a separate interpreter running ``racer.py``; they wait for each other after opening
the store, so the work overlaps.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import Any

from shared.store.sqlite import SqliteStore

RACER = Path(__file__).with_name("racer.py")
NAMES = ("a", "b")


async def race(mode: str, path: Path, n: int, tasks: int = 1) -> dict[str, Any]:
    env = {**os.environ, "RACERS": ",".join(NAMES)}

    async def run(name: str) -> Any:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, str(RACER), mode, str(path), name, str(n), str(tasks),
            env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        out, err = await proc.communicate()
        assert proc.returncode == 0, err.decode()
        return json.loads(out.decode().strip().splitlines()[-1])

    return dict(zip(NAMES, await asyncio.gather(*(run(name) for name in NAMES))))


async def test_racing_inserts_of_one_unique_key_have_exactly_one_winner(tmp_path: Path) -> None:
    path = tmp_path / "race.sqlite3"  # not created beforehand: both processes also race to create it
    won = await race("unique", path, 300)
    assert set(won["a"]).isdisjoint(won["b"])
    assert set(won["a"]) | set(won["b"]) == {f"k{i}" for i in range(300)}
    store = SqliteStore(path)
    assert await store.collection("claims").count() == 300
    await store.close()


async def test_racing_conditional_updates_lose_no_increment(tmp_path: Path) -> None:
    path = tmp_path / "race.sqlite3"
    store = SqliteStore(path)
    await store.collection("counters").insert({"_id": "c", "value": 0})
    await race("increment", path, 150)
    doc = await store.collection("counters").get("c")
    await store.close()
    assert doc["value"] == 300 and doc["_v"] == 301


async def test_sequences_from_two_processes_and_many_tasks_are_unique_and_gapless(tmp_path: Path) -> None:
    path = tmp_path / "race.sqlite3"
    taken = await race("sequence", path, 60, tasks=4)
    per_task = [numbers for proc in taken.values() for numbers in proc]
    for numbers in per_task:
        assert numbers == sorted(numbers) and len(set(numbers)) == len(numbers)
    union = [n for numbers in per_task for n in numbers]
    assert sorted(union) == list(range(1, 2 * 4 * 60 + 1))
