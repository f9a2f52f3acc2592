"""Escalation by the sweep, with a controlled clock and two copies of the service on one store file:
each overdue complaint moves up exactly once per deadline, gram panchayat → block → district."""
from __future__ import annotations

import asyncio

from services.grievance import escalation
from services.grievance.domain import Directory
from services.grievance.service import DIRECTORY

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
    clock.advance(days=7, minutes=1)
    assert await _sweep_both(first, second) == 1
    await bus.drain()
    [moved] = _escalations(bus)
    assert (moved["number"], moved["from_level"], moved["level"]) == (water, "gp", "block")
    assert moved["person"].startswith("p-") and person.wa_id not in str(moved)
    told = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == person.wa_id]
    assert "moved up to the Kalchini Block office (BDO)" in told[-1]["message"]["text"]["body"]
    assert told[-1]["template"] is not None

    for _ in range(3):  # sweeping again before the block's deadline changes nothing
        assert await _sweep_both(first, second) == 0
    clock.advance(days=7, minutes=1)
    assert await _sweep_both(first, second) == 1
    clock.advance(days=30)
    assert await _sweep_both(first, second) == 1  # the road complaint's first move; water is at the top
    await bus.drain()
    moves = [(e["number"], e["level"]) for e in _escalations(bus)]
    assert moves == [(water, "block"), (water, "district"), (roads, "block")]
    viewed = await person.tap(f"grievance:view:{water}")
    assert "With: Alipurduar District office" in viewed.text and "moved up to the block office" in viewed.text


async def test_a_resolved_complaint_is_not_escalated(office, bus, clock):
    person = office.person()
    number = await person.lodge()
    headers = await office.bearer("gp_official", gp="703506")
    await office.post(f"/api/grievance/tickets/{number}/status", headers=headers,
                      json={"status": "resolved", "atr": "The tube well was repaired on Monday."})
    clock.advance(days=40)
    assert await escalation.escalate_due(office.runtime.context, PLACES) == 0
