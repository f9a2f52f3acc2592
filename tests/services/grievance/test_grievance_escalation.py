"""Escalation by the sweep, with a controlled clock and two copies of the service on one store file:
each overdue complaint moves up exactly once per deadline, gram panchayat → block → district."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from chat_kit import Outage, service_runtime
from grievance_kit import Reply

from services.grievance import escalation
from services.grievance.domain import Directory
from services.grievance.service import DIRECTORY, spec
from shared.envelope import derive_id

PLACES = Directory.load(DIRECTORY)
ESCALATED = "grievance.ticket.escalated"


def _escalations(bus) -> list[dict]:
    return [e.payload for e in bus.seen if e.type == ESCALATED]


async def _sweep_both(first, second) -> int:
    counts = await asyncio.gather(escalation.escalate_due(first.context, PLACES),
                                  escalation.escalate_due(second.context, PLACES))
    return sum(counts)


async def test_two_copies_escalate_each_overdue_complaint_exactly_once(make_runtime, people, bus, clock):
    first, second = await make_runtime(), await make_runtime()
    make = people(bus, first)
    person, other = make(), make()
    water = await person.lodge()  # 7 days at the gram panchayat
    roads = await other.lodge(category="roads", text="The road to the haat is broken in many places.")  # 30 days

    assert await _sweep_both(first, second) == 0
    clock.advance(days=7, hours=14)  # 00:30 on 10 March in West Bengal: the whole promised day (9 March) is over
    assert await _sweep_both(first, second) == 1
    await bus.drain()
    [moved] = _escalations(bus)
    assert (moved["number"], moved["from_level"], moved["level"]) == (water, "gp", "block")
    assert moved["person"].startswith("p-") and person.wa_id not in str(moved)
    told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == person.wa_id]
    assert "moved up to the Kalchini Block office (BDO)" in Reply(told[-1]).text
    assert told[-1]["template"] is not None

    for _ in range(3):  # sweeping again before the block's deadline changes nothing
        assert await _sweep_both(first, second) == 0
    clock.advance(days=8)  # the block had until the end of 17 March
    assert await _sweep_both(first, second) == 1
    clock.advance(days=30)
    assert await _sweep_both(first, second) == 1  # the road complaint's first move; water is at the top
    await bus.drain()
    moves = [(e["number"], e["level"]) for e in _escalations(bus)]
    assert moves == [(water, "block"), (water, "district"), (roads, "block")]
    viewed = await person.tap(f"grievance:view:{water}")
    assert "With: Alipurduar District office" in viewed.text and "moved up to the block office" in viewed.text


async def test_an_office_has_the_whole_promised_day_in_india_before_the_complaint_moves_up(person, runtime, bus,
                                                                                           clock):
    """Lodged at 10:30 on 2 March, a water complaint (7 days) is promised for 9 March: it stays with the
    panchayat all of 9 March in West Bengal, as the reports count a resolution that day on time, and moves
    up at its midnight; the block is then told to act by the end of 17 March."""
    number = await person.lodge()
    assert "Expected by: 9 Mar 2026" in (await person.tap(f"grievance:view:{number}")).text
    clock.now = datetime(2026, 3, 9, 18, 29, tzinfo=UTC)  # 23:59 on 9 March in West Bengal
    assert await escalation.escalate_due(runtime.context, PLACES) == 0
    clock.advance(minutes=2)  # 00:01 on 10 March
    assert await escalation.escalate_due(runtime.context, PLACES) == 1
    await bus.drain()
    told = [Reply(e.payload).text for e in bus.seen
            if e.type == "wa.outbound" and e.payload["to"] == person.wa_id and "moved up" in str(e.payload)]
    assert "which must act by 17 Mar 2026" in told[-1]
    assert "Expected by: 17 Mar 2026" in (await person.tap(f"grievance:view:{number}")).text


async def test_a_resolved_complaint_is_not_escalated(office, bus, clock):
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="703506")
    await office.post(f"/api/grievance/tickets/{number}/status", headers=headers,
                      json={"status": "resolved", "atr": "The tube well was repaired on Monday."})
    clock.advance(days=40)
    assert await escalation.escalate_due(office.runtime.context, PLACES) == 0


async def test_an_escalation_a_copy_stored_but_could_not_announce_is_announced_by_another(
        make_runtime, people, bus, clock, tmp_path):
    first = await make_runtime()
    outage = Outage(bus)
    second = service_runtime(spec(escalate_every=None, load_demo=False), outage, tmp_path / "grievance.sqlite3", clock)
    await second.start()
    try:
        person = people(bus, first)()
        number = await person.lodge()
        clock.advance(days=7, hours=14)
        outage.down = True
        with pytest.raises(ConnectionError):
            await escalation.escalate_due(second.context, PLACES)  # stored at the block, then the broker went
        assert await escalation.escalate_due(first.context, PLACES) == 0  # the other copy may still be saying it
        clock.advance(minutes=10)
        assert await escalation.escalate_due(first.context, PLACES) == 1
        outage.down = False
        assert await _sweep_both(first, second) == 0
        await bus.drain()
        [moved] = _escalations(bus)
        assert (moved["number"], moved["from_level"], moved["level"]) == (number, "gp", "block")
        told = [e for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == person.wa_id
                and "moved up" in Reply(e.payload).text]
        assert [e.id for e in told] == [derive_id(number, "escalated", "block")]
        assert "moved up to the Kalchini Block office (BDO)" in Reply(told[0].payload).text
    finally:
        await second.stop(1.0)
