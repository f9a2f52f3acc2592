"""A PIN reset for an employee who has left answered 200 "reset" and told no one: the chat refuses them, so
there was nothing to reset for. It is refused with the reason and what to do instead, and nothing changes."""
from __future__ import annotations

from pathlib import Path

import pytest
from payroll_kit import Staff, employee
from prometheus_client import CollectorRegistry

from shared.auth import Tokens
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

EMPLOYEE = "/api/payroll/employees/GP-TEST-0001"


@pytest.fixture
async def desk(aiohttp_client, make_runtime, tmp_path: Path):
    runtime = await make_runtime(start=False)
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create("payroll_admin", scope={})
    client.headers = {"Authorization": f"Bearer {token}"}
    client.runtime = runtime
    created = await client.post("/api/payroll/employees", json=employee("GP-TEST-0001", "919700000001"),
                                headers=client.headers)
    assert created.status == 201, await created.text()
    return client


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
