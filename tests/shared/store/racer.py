"""One contender in a multi-process race on an embedded store file (run by test_sqlite_processes).

``python racer.py MODE PATH NAME N TASKS`` waits until every contender named in ``RACERS`` (env,
comma separated) has opened the store, so the races really overlap, then prints its result as JSON:

- ``unique``: insert ``key = k<i>`` for i < N under a unique index; prints the keys it won.
- ``increment``: N read-modify-write increments of one counter, retrying on Conflict; prints retries.
- ``sequence``: TASKS concurrent tasks each take N numbers; prints each task's numbers in order taken.
"""
from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from pathlib import Path

from shared.logging import configure_logging
from shared.store import Conflict, DuplicateKey, Index
from shared.store.sqlite import SqliteStore


def _barrier(path: Path, name: str) -> None:
    Path(f"{path}.ready-{name}").touch()
    racers = os.environ["RACERS"].split(",")
    while not all(Path(f"{path}.ready-{r}").exists() for r in racers):
        time.sleep(0.002)


async def unique(store: SqliteStore, name: str, n: int) -> list[str]:
    won = []
    for i in range(n):
        try:
            await store.collection("claims").insert({"_id": f"{name}-{i}", "key": f"k{i}"})
            won.append(f"k{i}")
        except DuplicateKey:
            pass
    return won


async def increment(store: SqliteStore, n: int) -> int:
    col, retries = store.collection("counters"), 0
    for _ in range(n):
        while True:
            doc = await col.get("c")
            try:
                await col.update("c", {"value": doc["value"] + 1}, expected_version=doc["_v"])
                break
            except Conflict:
                retries += 1
    return retries


async def sequence(store: SqliteStore, n: int, tasks: int) -> list[list[int]]:
    async def take() -> list[int]:
        return [await store.seq.next("booking") for _ in range(n)]
    return list(await asyncio.gather(*(take() for _ in range(tasks))))


async def main(mode: str, path: Path, name: str, n: int, tasks: int) -> None:
    store = SqliteStore(path)
    await store.start([Index("claims", ("key",), unique=True)])
    _barrier(path, name)
    if mode == "unique":
        result: object = await unique(store, name, n)
    elif mode == "increment":
        result = await increment(store, n)
    else:
        result = await sequence(store, n, tasks)
    await store.close()
    print(json.dumps(result))


if __name__ == "__main__":
    mode, path, name, n, tasks = sys.argv[1:6]
    configure_logging("WARNING")
    asyncio.run(main(mode, Path(path), name, int(n), int(tasks)))
