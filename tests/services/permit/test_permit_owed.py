"""A move the office made whose announcement failed (the broker refused it, the copy stopped) and that the
official never sent again: the application keeps what it owes, and a copy's sweep announces it once the move is
old enough not to be a request still at work, to the departments, the verification page and the holder, once."""
from __future__ import annotations

from pathlib import Path

import pytest
from chat_kit import refuse_once
from prometheus_client import CollectorRegistry

from services.noc.service import spec as noc_spec
from services.permit.kind import KIND
from services.permit.service import spec
from shared.auth import Tokens
from shared.casework.cases import OWED
from shared.casework.office import owed
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

GP = {"code": "baghmundi", "name_bn": "বাঘমুন্ডি", "name_en": "Baghmundi", "block": "Baghmundi", "district": "Purulia"}
NEW = {"number": "bp/pur/2026/778", "name_bn": "মিনতি সরেন", "name_en": "Minati Soren", "mobile": "098300 12346",
       "gp": GP, "fee": 1500, "plot": {"mouza": "Matha", "jl_no": "98", "khatian": "12", "dag_no": "8"},
       "use": "residential", "floors": 1, "built_up_area": 60}
NUMBER = "BP/PUR/2026/000778"
URL = f"/api/permit/applications/{NUMBER}"
HOLDER = "919830012346"
CHANGED = "permit.application.status_changed"


@pytest.fixture
async def office(aiohttp_client, runtime, tmp_path: Path):
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create("gp_official", scope={"gp": "baghmundi"})
    client.headers = {"Authorization": f"Bearer {token}"}
    return client


async def told(bus) -> list[dict]:
    """What the holder was told, each notice once (a repeat carries the same id, which the sender drops)."""
    await bus.drain()
    return list({e.id: e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == HOLDER}.values())


async def said(bus, type: str) -> list[dict]:
    """What was published of ``type`` about the application, each once."""
    await bus.drain()
    return list({e.id: e.payload for e in bus.seen if e.type == type and NUMBER in str(e.payload)}.values())


async def owes(runtime) -> int | None:
    doc = await runtime.context.store.collection(KIND.collection).get(NUMBER)
    return doc.get(OWED)


async def test_a_move_whose_announcement_failed_is_announced_by_the_sweep_once_and_only_when_it_is_old(
        office, runtime, bus, clock, monkeypatch):
    assert (await office.post("/api/permit/applications", json=NEW, headers=office.headers)).status == 201
    assert len(await told(bus)) == 1 and await owes(runtime) is None  # announced by its request: nothing owed
    refused = refuse_once(monkeypatch, runtime.context, CHANGED)
    failed = await office.post(f"{URL}/status", json={"status": "under_scrutiny", "note": "Bring the site plan."},
                               headers=office.headers)
    assert failed.status >= 500 and refused and await owes(runtime) == 2  # stored, owed
    assert await owed.announce_owed(runtime.context, KIND) == 0  # a request may still be at work on it
    assert len(await told(bus)) == 1
    clock.advance(minutes=3)
    assert await owed.announce_owed(runtime.context, KIND) == 1
    notices = await told(bus)
    assert len(notices) == 2 and "Bring the site plan." in str(notices[-1]["message"])
    assert [p["status"] for p in await said(bus, CHANGED)] == ["submitted", "under_scrutiny"]
    assert await owes(runtime) is None
    clock.advance(minutes=3)
    assert await owed.announce_owed(runtime.context, KIND) == 0 and len(await told(bus)) == 2


async def test_an_approval_never_announced_reaches_the_verification_page_and_the_holder_with_its_letter(
        office, runtime, bus, clock, monkeypatch):
    assert (await office.post("/api/permit/applications", json=NEW, headers=office.headers)).status == 201
    assert (await office.post(f"{URL}/status", json={"status": "under_scrutiny"}, headers=office.headers)).status == 200
    refuse_once(monkeypatch, runtime.context, CHANGED)
    failed = await office.post(f"{URL}/approve", json={"memo_no": "BGM/GP/BP/778/2026"}, headers=office.headers)
    assert failed.status >= 500 and not await said(bus, "permit.document.issued")
    clock.advance(minutes=3)
    assert await owed.announce_owed(runtime.context, KIND) == 1
    stored = await runtime.context.store.collection(KIND.collection).get(NUMBER)
    [issued] = await said(bus, "permit.document.issued")  # the page answers for the letter's code
    assert issued["code"] == stored["issue"]["code"] and issued["status"] == "valid"
    assert await said(bus, "permit.letter.issued")
    [download] = (await told(bus))[-1]["message"]["interactive"]["action"]["buttons"]
    assert download["reply"]["id"] == f"permit:download:{NUMBER}"


async def test_moves_made_after_one_whose_announcement_failed_leave_it_owed_until_the_sweep(
        office, runtime, bus, clock, monkeypatch):
    """The scrutiny's announcement failed, then the office asked for the fee and that was announced: the
    departments still hear of the scrutiny (their record of the case has every move), and the holder, told of
    the fee already, hears nothing again, and never the scrutiny the fee replaced."""
    assert (await office.post("/api/permit/applications", json=NEW, headers=office.headers)).status == 201
    refuse_once(monkeypatch, runtime.context, CHANGED, when=lambda payload: payload.status == "under_scrutiny")
    failed = await office.post(f"{URL}/status", json={"status": "under_scrutiny"}, headers=office.headers)
    assert failed.status >= 500
    fee = await office.post(f"{URL}/status", json={"status": "fee_pending", "note": "Pay ₹1,500 at the GP office."},
                            headers=office.headers)
    assert fee.status == 200 and await owes(runtime) == 2
    assert len(await told(bus)) == 2  # the submission and the fee
    clock.advance(minutes=3)
    assert await owed.announce_owed(runtime.context, KIND) == 1
    assert [p["status"] for p in await said(bus, CHANGED)] == ["submitted", "fee_pending", "under_scrutiny"]
    assert len(await told(bus)) == 2 and await owes(runtime) is None


async def test_a_move_sent_again_by_the_official_settles_what_it_owed(office, runtime, bus, clock, monkeypatch):
    assert (await office.post("/api/permit/applications", json=NEW, headers=office.headers)).status == 201
    refuse_once(monkeypatch, runtime.context, CHANGED)
    move = {"status": "under_scrutiny"}
    assert (await office.post(f"{URL}/status", json=move, headers=office.headers)).status >= 500
    assert (await office.post(f"{URL}/status", json=move, headers=office.headers)).status == 200
    assert await owes(runtime) is None and len(await told(bus)) == 2
    clock.advance(minutes=3)
    assert await owed.announce_owed(runtime.context, KIND) == 0


async def test_a_creation_never_announced_is_announced_by_the_sweep(office, runtime, bus, clock, monkeypatch):
    refuse_once(monkeypatch, runtime.context, CHANGED)
    assert (await office.post("/api/permit/applications", json=NEW, headers=office.headers)).status >= 500
    assert await owes(runtime) == 1 and not await told(bus)
    clock.advance(minutes=3)
    assert await owed.announce_owed(runtime.context, KIND) == 1
    assert len(await told(bus)) == 1 and [p["status"] for p in await said(bus, CHANGED)] == ["submitted"]


@pytest.mark.parametrize(("make", "name"), [(spec, "permit"), (noc_spec, "noc")])
def test_building_permission_and_the_trade_noc_run_the_sweep(make, name):
    assert f"sweep.{name}" in [getattr(task, "__qualname__", "") for task in make().tasks]
