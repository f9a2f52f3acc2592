"""The office's PIN reset sent more than once (a double click, a retry, two clerks at once) tells the employee
once; a reset of a PIN chosen since is news again."""
from __future__ import annotations

import asyncio

from payroll_kit import Staff

RESET = "/api/payroll/employees/GP-TEST-0001/pin-reset"


def told(bus) -> set[str]:
    return {e.id for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == "919700000001"
            and (e.payload.get("template") or {}).get("template", {}).get("name") == "payroll_pin_reset"}


async def test_a_reset_sent_again_or_at_once_tells_the_employee_once(desk, bus):
    """Four resets of one PIN were four 'the office has cleared your PIN' messages."""
    me = Staff(bus, desk.runtime.store, "919700000001")
    await me.set_pin("739164")
    answers = await asyncio.gather(*(desk.post(RESET, headers=desk.headers) for _ in range(3)))
    assert [a.status for a in answers] == [200, 200, 200]
    assert (await desk.post(RESET, headers=desk.headers)).status == 200
    await bus.drain()
    assert len(told(bus)) == 1
    assert len({e.id for e in bus.seen if e.type == "payroll.access.reset"}) == 1
    await me.set_pin("582913")
    assert (await desk.post(RESET, headers=desk.headers)).status == 200
    await bus.drain()
    assert len(told(bus)) == 2
