"""A holder who changes their WhatsApp number: their applications, their letter and the office's notices
follow them to the new number, and the old number (which may become someone else's) is a stranger to them."""
from __future__ import annotations

from pathlib import Path

import pytest
from casework_kit import RINA, TAPAN, number_changed
from prometheus_client import CollectorRegistry

from services.permit.kind import KIND
from shared.auth import Tokens
from shared.casework.cases import Cases
from shared.casework.moving import WHO
from shared.envelope import Envelope
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore

APPROVED, FEE_PENDING, EXPIRED = "BP/PUR/2026/000101", "BP/PUR/2026/000102", "BP/PUR/2023/000210"
RINAS = {f"permit:view:{n}" for n in (APPROVED, FEE_PENDING, EXPIRED)}
NEW = "919800000099"
ABROAD = "6591234567"  # Singapore +65 9123 4567: not an Indian mobile, though its ten digits could be one
INDIAN_LOOKALIKE = "916591234567"  # the Indian mobile 65912 34567, someone else


async def strangers_view(citizen, old: str) -> None:
    """What the old number is told now is what anyone is told who is not the holder: the status only."""
    stranger, gone = citizen(TAPAN), citizen(old)
    for ask in (lambda who: who.say(APPROVED), lambda who: who.say(f"download {APPROVED}"),
                lambda who: who.tap(f"permit:view:{APPROVED}"), lambda who: who.tap(f"permit:download:{APPROVED}")):
        told, expected = await ask(gone), await ask(stranger)
        assert told.text == expected.text and told.pdfs == [] and told.events == []
        assert "Rina" not in told.text and "BGM/GP" not in told.text
    assert "No application is registered" in (await gone.tap("permit:mine")).text


async def test_the_applications_follow_the_holder_and_the_old_number_is_a_stranger_to_them(citizen, runtime, bus):
    cases = Cases(runtime.store, KIND.collection, KIND.model)
    before = await cases.get(APPROVED)
    await bus.drain()
    published = len(bus.seen)
    changed = await number_changed(bus, RINA, NEW)
    assert bus.seen[published:] == []  # no status event, no notice: nothing happened to the applications
    rina = citizen(NEW)
    assert set((await rina.tap("permit:mine")).choices) == RINAS
    seen = await rina.say(APPROVED)
    assert "Applicant: Rina Das" in seen.text and f"permit:download:{APPROVED}" in seen.choices
    assert len((await rina.tap(f"permit:download:{APPROVED}")).pdfs) == 1
    await strangers_view(citizen, RINA)
    moved = await cases.get(APPROVED)
    assert moved.mobile == NEW and moved.history == before.history
    [amendment] = moved.amendments
    assert amendment.by == WHO and amendment.at == runtime.context.now()
    assert amendment.model_dump(mode="json")["fields"] == {"mobile": {"old": "********0001", "new": "********0099"}}
    versions = {n: (await runtime.store.collection(KIND.collection).get(n))["_v"] for n in (APPROVED, FEE_PENDING)}
    await bus.publish(changed)  # redelivered
    await bus.publish(Envelope(type=changed.type, payload=changed.payload))  # run again past the inbox
    await bus.drain()
    assert {n: (await runtime.store.collection(KIND.collection).get(n))["_v"] for n in versions} == versions
    assert len((await cases.get(APPROVED)).amendments) == 1
    assert await bus.dead_letters("permit") == []


async def test_a_holder_who_moves_abroad_keeps_their_applications_at_the_number_abroad(citizen, runtime, bus):
    """A number abroad cannot be a registered mobile; the applications keep Rina's mobile for the office and
    are held by the number she moved to, exactly as WhatsApp gives it, until she is back on an Indian one."""
    cases = Cases(runtime.store, KIND.collection, KIND.model)
    await number_changed(bus, RINA, ABROAD)
    abroad = citizen(ABROAD)
    assert set((await abroad.tap("permit:mine")).choices) == RINAS
    assert "Applicant: Rina Das" in (await abroad.say(APPROVED)).text
    assert len((await abroad.tap(f"permit:download:{APPROVED}")).pdfs) == 1
    await strangers_view(citizen, RINA)
    lookalike = citizen(INDIAN_LOOKALIKE)
    assert "No application is registered" in (await lookalike.tap("permit:mine")).text
    assert "Applicant" not in (await lookalike.say(APPROVED)).text
    kept = await cases.get(APPROVED)
    assert (kept.mobile, kept.moved_to, kept.holder) == (RINA, ABROAD, ABROAD)
    assert kept.model_dump(mode="json")["amendments"][0]["fields"] == {"moved_to": {"old": "", "new": "******4567"}}
    await number_changed(bus, ABROAD, NEW)  # home again, on a new Indian number
    home = await cases.get(APPROVED)
    assert (home.mobile, home.moved_to) == (NEW, "")
    assert home.model_dump(mode="json")["amendments"][1]["fields"] == {
        "mobile": {"old": "********0001", "new": "********0099"}, "moved_to": {"old": "******4567", "new": ""}}
    assert set((await citizen(NEW).tap("permit:mine")).choices) == RINAS
    assert "No application is registered" in (await abroad.tap("permit:mine")).text


@pytest.mark.parametrize("new", [NEW, ABROAD])
async def test_the_offices_next_move_is_told_at_the_new_number(aiohttp_client, runtime, bus, tmp_path: Path, new):
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    office = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create("gp_official", scope={"gp": "baghmundi"})
    await number_changed(bus, RINA, new)
    moved = await office.post(f"/api/permit/applications/{FEE_PENDING}/status", json={"status": "under_scrutiny"},
                              headers={"Authorization": f"Bearer {token}"})
    assert moved.status == 200
    await bus.drain()
    told = [e.payload["to"] for e in bus.seen if e.type == "wa.outbound" and e.payload.get("notification")]
    assert told == [new]
    assert (await moved.json())["moved_to"] == ("" if new == NEW else ABROAD)  # the office reads where she is
