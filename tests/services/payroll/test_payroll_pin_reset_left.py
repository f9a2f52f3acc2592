"""A PIN reset for an employee who has left answered 200 "reset" and told no one: the chat refuses them, so
there was nothing to reset for. It is refused with the reason and what to do instead, and nothing changes."""
from __future__ import annotations

from payroll_kit import Staff

EMPLOYEE = "/api/payroll/employees/GP-TEST-0001"


async def test_a_reset_for_an_employee_who_left_is_refused_with_what_to_do_instead(desk, bus):
    await Staff(bus, desk.runtime.store, "919700000001").set_pin("739164")
    left = await desk.patch(EMPLOYEE, json={"status": "left"}, headers=desk.headers)
    assert left.status == 200, await left.text()
    seen = len(bus.seen)
    reset = await desk.post(f"{EMPLOYEE}/pin-reset", headers=desk.headers)
    assert reset.status == 422
    body = await reset.json()
    assert body["error"] == "invalid"
    assert "GP-TEST-0001 has left" in body["detail"] and '"status": "active"' in body["detail"], body
    await bus.drain()
    assert not [e for e in bus.seen[seen:] if e.type in ("payroll.access.reset", "wa.outbound")]
    back = await desk.patch(EMPLOYEE, json={"status": "active"}, headers=desk.headers)
    assert back.status == 200, await back.text()
    assert (await desk.post(f"{EMPLOYEE}/pin-reset", headers=desk.headers)).status == 200
    await bus.drain()
    assert [e for e in bus.seen if e.type == "payroll.access.reset"]
