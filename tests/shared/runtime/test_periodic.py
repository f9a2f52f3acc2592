"""A service's periodic work goes on whatever one round does."""
import asyncio

import pytest
from structlog.testing import capture_logs

from shared.runtime.periodic import repeat


async def test_a_failed_round_is_logged_and_the_next_one_runs():
    rounds: list[int] = []

    async def work() -> int:
        rounds.append(len(rounds))
        if len(rounds) == 2:
            raise RuntimeError("store away")
        return len(rounds) % 2  # rounds 1 and 3 did one thing each, round 4 nothing

    with capture_logs() as logs:
        task = asyncio.create_task(repeat(work, every=0.01, done="x.done", failed="x.failed"))
        while len(rounds) < 4:
            await asyncio.sleep(0.005)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert [(e["event"], e.get("count")) for e in logs][:2] == [("x.done", 1), ("x.failed", None)]
    assert ("x.done", 1) in [(e["event"], e.get("count")) for e in logs[2:]]
    assert logs[1]["log_level"] == "error" and logs[1].get("exc_info")


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
