"""Copies of the payroll service on one store: an import one copy could not finish is finished by another
while it runs, without a restart and without the office importing again."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from chat_kit import Outage, service_runtime
from payroll_kit import PUBLIC_URL, START, employee, pay

from services.payroll import demo, publishing
from services.payroll.domain import Employee
from services.payroll.repository import Repositories
from services.payroll.service import spec
from shared.envelope import derive_id


async def _status(repos: Repositories, batch_id: str, wanted: str) -> str:
    for _ in range(250):
        status = (await repos.slips.batch(batch_id) or {}).get("status", "")
        if status == wanted:
            break
        await asyncio.sleep(0.02)
    return status


async def test_an_import_a_copy_could_not_finish_is_finished_by_another_copy(make_runtime, bus, clock,
                                                                             tmp_path: Path):
    outage = Outage(bus)
    importer = service_runtime(spec(public_url=PUBLIC_URL, load_demo=False, finish_every=None), outage,
                               tmp_path / "payroll.sqlite3", clock)
    await importer.start()
    other = await make_runtime(finish_every=0.01)
    try:
        repos = Repositories.of(other.store)
        await repos.employees.add(Employee.model_validate(employee()))
        outage.down = True
        with pytest.raises(ConnectionError):  # the office's import answered with an error
            await publishing.import_batch(importer.context, "2026-02", [pay()], 1, by="test")
        with pytest.raises(publishing.BatchRejected):  # and the office cannot import the month again
            await publishing.import_batch(other.context, "2026-02", [pay()], 1, by="test")
        assert await repos.slips.get("GP-TEST-0001", "2026-02") is None
        assert await _status(repos, "B-2026-02-001", "announced") == "open"  # its copy may still be at it
        clock.advance(minutes=10)
        assert await _status(repos, "B-2026-02-001", "announced") == "announced"
        assert await repos.slips.get("GP-TEST-0001", "2026-02") is not None
        await bus.drain()
        told = [e for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919700000001"]
        assert [e.id for e in told] == [derive_id("B-2026-02-001", "ready", "GP-TEST-0001")]
        assert len([e for e in bus.seen if e.type == "payroll.slips.published"]) == 1
        assert len([e for e in bus.seen if e.type == "payroll.document.issued"]) == 1
    finally:
        await importer.stop(1.0)


async def test_copies_starting_together_on_a_new_store_both_start_and_load_the_demo_once(make_runtime):
    first, second = await make_runtime(start=False, load_demo=True), await make_runtime(start=False, load_demo=True)
    try:
        await asyncio.gather(first.start(), second.start())
        repos = Repositories.of(first.store)
        people = demo.entries()
        months = demo.last_months(START.year, START.month)
        assert len(await repos.store.collection("slips").find()) == len(people) * len(months)
        for month in months:
            assert {b["status"] for b in await repos.slips.batches_of(month)} <= {"announced", "failed"}
            assert await repos.slips.months_taken(month) == {e["employee"]["id"] for e in people}
    finally:
        for runtime in (first, second):
            if runtime.live():
                await runtime.stop(1.0)
