"""A slip re-issued or a PIN reset by the payroll office, stored, then its announcement lost (the broker refused it,
the copy stopped) and never sent again: the wrong slip's printout would go on showing as valid on its public check,
and an employee whose PIN was cleared would not know. What the correction owes is kept with it, and the service's
sweep announces it once it is old enough not to be a request still at work, with the request's ids: once."""
from __future__ import annotations

from chat_kit import refuse_once
from payroll_kit import pay

from services.payroll import corrections
from services.payroll.service import spec

SLIP = "/api/payroll/slips/2026-02/GP-TEST-0001"
FIX = {"figures": {**pay(), "other_earnings": "1650"}, "reason": "arrear of DA left out"}


async def seen(bus, type: str, **where: str) -> list[dict]:
    await bus.drain()
    return list({e.id: e.payload for e in bus.seen if e.type == type
                 and all(e.payload.get(k) == v for k, v in where.items())}.values())


async def test_a_reissue_never_announced_is_announced_by_the_sweep_once_and_only_when_it_is_old(
        desk, bus, clock, monkeypatch):
    assert (await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0001")]},
                            headers=desk.headers)).status == 201
    [first] = await seen(bus, "payroll.document.issued")
    refused = refuse_once(monkeypatch, desk.runtime.context, "payroll.document.superseded")
    assert (await desk.put(SLIP, json=FIX, headers=desk.headers)).status >= 500 and refused
    assert await corrections.announce_due(desk.runtime.context) == 0  # a request may still be at work on it
    clock.advance(minutes=3)
    assert await corrections.announce_due(desk.runtime.context) == 1
    assert [p["code"] for p in await seen(bus, "payroll.document.superseded")] == [first["code"]]
    assert {p["number"] for p in await seen(bus, "payroll.document.issued")} == {
        first["number"], "PS-2026-02-GP-TEST-0001-R2"}
    told = await seen(bus, "wa.outbound", to="919700000001")
    assert [t["template"]["template"]["name"] for t in told if t.get("template")].count("payroll_slip_corrected") == 1
    clock.advance(minutes=3)
    assert await corrections.announce_due(desk.runtime.context) == 0


async def test_a_pin_reset_never_announced_is_told_by_the_sweep(desk, bus, clock, monkeypatch):
    me = desk.staff()
    await me.set_pin("739164")
    refuse_once(monkeypatch, desk.runtime.context, "payroll.access.reset")
    assert (await desk.post("/api/payroll/employees/GP-TEST-0001/pin-reset", headers=desk.headers)).status >= 500
    assert not await seen(bus, "payroll.access.reset")
    clock.advance(minutes=3)
    assert await corrections.announce_due(desk.runtime.context) == 1
    assert len(await seen(bus, "payroll.access.reset", employee_id="GP-TEST-0001")) == 1
    [told] = [t for t in await seen(bus, "wa.outbound", to="919700000001") if t.get("template")]
    assert told["template"]["template"]["name"] == "payroll_pin_reset"
    assert "choose a PIN" in (await me.tap("payroll:slip")).text
    clock.advance(minutes=3)
    assert await corrections.announce_due(desk.runtime.context) == 0


async def test_a_correction_announced_by_its_request_owes_nothing(desk, bus, clock):
    assert (await desk.post("/api/payroll/slips/2026-02", json={"rows": [pay("GP-TEST-0001")]},
                            headers=desk.headers)).status == 201
    assert (await desk.put(SLIP, json=FIX, headers=desk.headers)).status == 201
    assert (await desk.post("/api/payroll/employees/GP-TEST-0002/pin-reset", headers=desk.headers)).status == 200
    clock.advance(minutes=3)
    assert await corrections.announce_due(desk.runtime.context) == 0


def test_the_service_runs_the_sweep():
    assert "sweep.payroll" in [getattr(t, "__qualname__", "") for t in spec(finish_every=None).tasks]
