"""An office's change to a complaint stored, then its announcement lost (the broker refused it, the copy stopped)
and never sent again: the person would never hear that their complaint was resolved, answered or taken up. The
complaint keeps what the change owes, and the service's sweep announces it once it is old enough not to be a
request still at work, with the request's ids: told once."""
from __future__ import annotations

import pytest
from chat_kit import refuse_once
from grievance_kit import sent_to

from services.grievance.backoffice import announce
from services.grievance.domain import Directory
from services.grievance.repository.tickets import COLLECTION
from services.grievance.service import DIRECTORY, spec

API = "/api/grievance"


@pytest.fixture
def swept(office):
    directory = Directory.load(DIRECTORY)

    async def run() -> int:  # one round of the service's sweep, with the clock the test moves
        return await announce.announce_due(office.runtime.context, directory)
    return run


def test_the_service_runs_the_sweep():
    assert "sweep.grievance" in [getattr(t, "__qualname__", "") for t in spec(escalate_every=None).tasks]


async def owes(office, number: str) -> dict:
    doc = await office.runtime.store.collection(COLLECTION).get(number)
    return {k: v for k, v in doc.items() if k.startswith("_owed") and v}


async def lodged(office, bus):
    person = office.person()
    number = await person.lodge()
    await bus.drain()
    return person, number, await office.bearer("gp_official", gp="Kalchini")


async def test_a_resolution_never_announced_is_told_by_the_sweep_once_and_only_when_it_is_old(
        office, bus, clock, monkeypatch, swept):
    person, number, headers = await lodged(office, bus)
    before = len(sent_to(bus, person.wa_id))
    refused = refuse_once(monkeypatch, office.runtime.context, "grievance.ticket.status_changed")
    resolve = {"status": "resolved", "atr": "The tube well was repaired on Monday."}
    failed = await office.post(f"{API}/tickets/{number}/status", json=resolve, headers=headers)
    assert failed.status >= 500 and refused and set(await owes(office, number)) == {"_owed_status"}
    assert await swept() == 0  # a request may still be at work on it
    clock.advance(minutes=3)
    assert await swept() == 1
    await bus.drain()
    told = [m for m in sent_to(bus, person.wa_id)[before:] if "repaired on Monday" in str(m)]
    assert len(told) == 1 and not await owes(office, number)
    [changed] = {e.id: e.payload for e in bus.seen if e.type == "grievance.ticket.status_changed"}.values()
    assert (changed["previous"], changed["status"]) == ("lodged", "resolved")
    clock.advance(minutes=3)
    assert await swept() == 0


async def test_an_officials_answer_never_announced_reaches_the_person_by_the_sweep(
        office, bus, clock, monkeypatch, swept):
    person, number, headers = await lodged(office, bus)
    await person.tap(f"grievance:human:{number}")
    await person.say("When will the mechanic come?")
    await bus.drain()
    refuse_once(monkeypatch, office.runtime.context, "grievance.handoff.answered")
    failed = await office.post(f"{API}/tickets/{number}/reply", json={"text": "Kal mistri asbe"}, headers=headers)
    assert failed.status >= 500 and "Kal mistri asbe" not in str(sent_to(bus, person.wa_id))
    clock.advance(minutes=3)
    assert await swept() == 1
    await bus.drain()
    assert len([m for m in sent_to(bus, person.wa_id) if "Kal mistri asbe" in str(m)]) == 1
    assert not await owes(office, number)


async def test_a_complaint_taken_up_whose_word_was_lost_is_told_by_the_sweep(office, bus, clock, monkeypatch, swept):
    person, number, headers = await lodged(office, bus)
    before = len(sent_to(bus, person.wa_id))
    refuse_once(monkeypatch, office.runtime.context, "wa.outbound")
    failed = await office.post(f"{API}/tickets/{number}/assign", json={"official": "Sunita Lama"}, headers=headers)
    assert failed.status >= 500 and len(sent_to(bus, person.wa_id)) == before
    clock.advance(minutes=3)
    assert await swept() == 1
    await bus.drain()
    [told] = sent_to(bus, person.wa_id)[before:]
    assert number in str(told) and "Sunita" not in str(told)  # the office's name, never the official's


async def test_a_change_announced_by_its_request_or_its_retry_owes_nothing(office, bus, clock, monkeypatch, swept):
    person, number, headers = await lodged(office, bus)
    url = f"{API}/tickets/{number}/status"
    assert (await office.post(url, json={"status": "acknowledged"}, headers=headers)).status == 200
    assert not await owes(office, number)
    refuse_once(monkeypatch, office.runtime.context, "grievance.ticket.status_changed")
    move = {"status": "in_progress"}
    assert (await office.post(url, json=move, headers=headers)).status >= 500
    assert (await office.post(url, json=move, headers=headers)).status == 200
    assert not await owes(office, number)
    clock.advance(minutes=3)
    assert await swept() == 0
