"""A service's periodic work goes on whatever one round does."""
import asyncio
import sys
from typing import Any

import pytest

from shared.runtime import periodic
from shared.runtime.periodic import repeat


class Said:
    """The module's log, as lines: (level, event, count, whether a traceback went with it)."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, str, Any, bool]] = []

    def info(self, event: str, **kw: Any) -> None:
        self.lines.append(("info", event, kw.get("count"), False))

    def exception(self, event: str, **kw: Any) -> None:
        self.lines.append(("error", event, kw.get("count"), sys.exc_info()[0] is not None))


async def test_a_failed_round_is_logged_and_the_next_one_runs(monkeypatch: pytest.MonkeyPatch):
    said = Said()
    monkeypatch.setattr(periodic, "log", said)
    rounds: list[int] = []

    async def work() -> int:
        rounds.append(len(rounds))
        if len(rounds) == 2:
            raise RuntimeError("store away")
        return len(rounds) % 2  # rounds 1 and 3 did one thing each, round 4 nothing

    task = asyncio.create_task(repeat(work, every=0.01, done="x.done", failed="x.failed"))
    while len(rounds) < 4:
        await asyncio.sleep(0.005)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert said.lines[:3] == [("info", "x.done", 1, False), ("error", "x.failed", None, True),
                              ("info", "x.done", 1, False)]  # round 4 did nothing and said nothing


async def test_the_first_round_waits_for_the_system_to_come_up():
    rounds: list[float] = []
    loop = asyncio.get_running_loop()
    started = loop.time()

    async def work() -> int:
        rounds.append(loop.time() - started)
        return 0

    task = asyncio.create_task(repeat(work, every=10, done="x.done", failed="x.failed", first_after=0.05))
    await asyncio.sleep(0.01)
    assert rounds == []
    while not rounds:
        await asyncio.sleep(0.01)
    task.cancel()
    assert rounds[0] >= 0.05 and len(rounds) == 1
