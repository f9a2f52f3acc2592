"""A person who changed their WhatsApp number (``wa.person.number_changed``): their complaints follow them,
with every notice the office and the sweep send later; the old number (which the telephone company may give
someone else) sees none of them, a complaint with nobody to tell stays as it is, and a change said twice
moves nothing more."""
from __future__ import annotations

from grievance_kit import Person, Reply, sent_to

from services.grievance import escalation
from services.grievance.domain import Directory
from services.grievance.repository import Repositories
from services.grievance.service import DIRECTORY
from shared.envelope import Envelope
from shared.runtime.periodic import STALE_AFTER

PLACES = Directory.load(DIRECTORY)
NEW = "919733999901"
OFFICIAL = {"gp": "Kalchini"}


async def _changed(bus, old: str, new: str = NEW) -> None:
    await bus.publish(Envelope(type="wa.person.number_changed", payload={"wa_id": old, "new_wa_id": new}))
    await bus.drain()


async def test_the_complaints_and_the_offices_notices_follow_the_person_to_the_new_number(office, bus):
    person = office.person()
    water = await person.lodge()
    roads = await person.lodge(category="roads", text="The road to the haat is broken in many places.")
    await _changed(bus, person.wa_id)
    moved = Person(bus, office.runtime.store, NEW)

    mine = await moved.tap("grievance:mine")
    assert set(mine.last.choices) == {f"grievance:view:{water}", f"grievance:view:{roads}"}
    assert f"Complaint {water}\nSubject: Drinking water" in (await moved.say(water)).text
    assert "You have no complaints with us yet" in (await person.tap("grievance:mine")).text
    stranger = await person.say(water)
    assert f"There is no complaint {water} among yours." in stranger.text and "Drinking" not in stranger.text

    headers = await office.bearer("gp_official", **OFFICIAL)
    told_before = len(sent_to(bus, person.wa_id))
    for change in ({"status": "acknowledged"}, {"status": "resolved", "atr": "A new pipe was laid at the school."}):
        done = await office.post(f"/api/grievance/tickets/{water}/status", headers=headers, json=change)
        assert done.status == 200, await done.text()
    answer = await office.post(f"/api/grievance/tickets/{roads}/reply", headers=headers,
                               json={"text": "The engineer visits on Monday."})
    assert answer.status == 200, await answer.text()
    await bus.drain()
    notices = [str(p["message"]) for p in sent_to(bus, NEW)]
    assert any("A new pipe was laid at the school." in n for n in notices)
    assert any("The engineer visits on Monday." in n for n in notices)
    assert len(sent_to(bus, person.wa_id)) == told_before  # the old number is told nothing more
    reply = await moved.say("Thank you, we will show him the broken stretch.")
    assert reply.event("grievance.handoff.requested")["number"] == roads


async def test_escalations_stored_before_or_after_the_change_reach_the_new_number(make_runtime, people, bus, clock):
    runtime = await make_runtime()
    person, other = people(bus, runtime)(), people(bus, runtime)()
    water = await person.lodge()
    await other.lodge()
    tickets = Repositories.of(runtime.store).tickets
    clock.advance(days=7, hours=14)  # past the gram panchayat's deadline
    ticket, version = await tickets.versioned(water)
    assert await tickets.escalated(ticket, version, ticket.escalate(clock.now), clock.now)  # its copy then stopped
    await _changed(bus, person.wa_id)
    clock.advance(seconds=STALE_AFTER.total_seconds())
    assert await escalation.escalate_due(runtime.context, PLACES) == 2  # the stopped copy's, and the other's
    await bus.drain()
    [told] = [p for p in sent_to(bus, NEW) if p["template"] is not None]
    assert water in Reply(told).text and "moved up to the Kalchini Block office" in Reply(told).text
    assert not [p for p in sent_to(bus, person.wa_id) if p["template"] is not None]
    assert len([p for p in sent_to(bus, other.wa_id) if p["template"] is not None]) == 1  # nobody else's moved

    clock.advance(days=8)  # the block's deadline: the next move is said to the new number too
    assert await escalation.escalate_due(runtime.context, PLACES) == 2
    await bus.drain()
    assert len([p for p in sent_to(bus, NEW) if p["template"] is not None]) == 2


async def test_a_change_said_again_moves_nothing_more_and_a_complaint_with_nobody_to_tell_stays(
        person, runtime, bus):
    number = await person.lodge()
    tickets = Repositories.of(runtime.store).tickets
    nobodys = await tickets.get(number)
    assert nobodys is not None
    await tickets.add(nobodys.model_copy(update={"number": "GRV-2026-000900", "origin": "event:unreadable",
                                                 "wa_id": None}))
    await _changed(bus, person.wa_id)
    before = await tickets.get(number)
    await _changed(bus, person.wa_id)  # run again, as after a crash before its inbox record
    assert await tickets.get(number) == before and before is not None and before.wa_id == NEW
    assert (await tickets.get("GRV-2026-000900")).wa_id is None
    assert await tickets.moved(person.wa_id, NEW) == 0
    assert await bus.dead_letters("grievance") == []
