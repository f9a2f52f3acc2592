"""An employee who changes their number on WhatsApp: the new number is recognised, with their PIN, their
half-finished request and their wrong tries; what the office's actions tell them goes there; the old number
is a stranger. A new number another active employee is registered with moves nobody."""
from __future__ import annotations

import asyncio
import json

import pytest
from payroll_kit import employee, pay

from services.payroll import corrections, handlers
from services.payroll.domain import Employee, Figures
from services.payroll.repository import MobileTaken
from shared.envelope import Envelope
from shared.logging import configure_logging, get_logger

PIN = "739164"
OLD, NEW = "919700000001", "919700000099"
REFUSAL = "registered panchayat employees only"


@pytest.fixture
def logged(log_lines, monkeypatch):
    """The JSON log lines written since logging was configured, masked as in production. The handlers' logger
    is taken afresh: a module's logger keeps the configuration of its first use, which an earlier test in the
    same run may have set to another level."""
    configure_logging("INFO", json=True)
    monkeypatch.setattr(handlers, "log", get_logger(handlers.__name__))
    log_lines()
    return log_lines


def number_changed(old: str = OLD, new: str = NEW) -> Envelope:
    return Envelope(type="wa.person.number_changed", payload={"wa_id": old, "new_wa_id": new})


async def change_number(bus, envelope: Envelope | None = None) -> Envelope:
    envelope = envelope or number_changed()
    await bus.publish(envelope)
    await bus.drain()
    return envelope


async def test_the_new_number_is_recognised_with_its_pin_and_the_slip_it_asked_for(office, staff, bus, runtime):
    await office.register()
    await office.import_month("2026-02")
    old = staff(OLD)
    await old.set_pin(PIN)
    assert "PIN to get your pay slip" in (await old.tap("payroll:slip")).text
    await change_number(bus)
    new = staff(NEW)
    got = await new.say(PIN)  # the request made from the old number waits for its PIN on the new one
    assert len(got.pdfs) == 1 and got.event("payroll.document.accessed")["employee_id"] == "GP-TEST-0001"
    assert "payroll:months" in (await new.tap("payroll:menu")).choices
    stranger = await staff(OLD).tap("payroll:menu")  # whoever is given the old number next
    assert REFUSAL in stranger.text and not stranger.choices
    assert (await office.repos.employees.get("GP-TEST-0001")).mobile == NEW
    assert await bus.dead_letters("payroll") == []


async def test_a_change_run_again_after_a_crash_changes_nothing_more(office, staff, bus, runtime, logged):
    await office.register()
    old = staff(OLD)
    await old.set_pin(PIN)
    changed = await change_number(bus)
    await runtime.store.collection("_inbox").delete(changed.id)  # as if the runtime stopped before recording it
    await change_number(bus, changed)
    await change_number(bus, number_changed())  # and WhatsApp's notice a second time
    assert (await office.repos.employees.get("GP-TEST-0001")).mobile == NEW
    assert "payroll:slip" in (await staff(NEW).tap("payroll:menu")).choices  # the PIN is there, not asked again
    [moved] = [line for line in logged() if line["event"] == "payroll.mobile_changed"]
    assert moved["employee"] == "GP-TEST-0001" and moved["by"] == "whatsapp number change" and moved["at"]
    assert OLD not in json.dumps(moved) and NEW not in json.dumps(moved)
    assert await bus.dead_letters("payroll") == []


async def test_a_number_written_without_the_country_code_finds_the_employee_all_the_same(office, staff, bus):
    await office.register(mobile="9700000001")  # stored as WhatsApp names it, 919700000001
    await change_number(bus, number_changed("9700000001", "9700000099"))
    assert (await office.repos.employees.get("GP-TEST-0001")).mobile == NEW


async def four_wrong_tries(office, staff) -> None:
    """The employee at ``OLD``, with a PIN and a slip to ask for, has typed four wrong PINs of the five."""
    await office.register()
    await office.import_month("2026-02")
    old = staff(OLD)
    await old.set_pin(PIN)
    await old.tap("payroll:slip")
    for _ in range(4):
        await old.say("111222")


async def test_wrong_tries_and_the_lock_they_bring_go_with_the_employee(office, staff, bus, clock):
    await four_wrong_tries(office, staff)
    await change_number(bus)
    new = staff(NEW)
    await new.tap("payroll:slip")
    locked = await new.say("111222")  # the fifth wrong PIN, not the first on a fresh count
    assert "locked until 11:00, 10 March 2026" in locked.text and not locked.pdfs
    assert locked.event("payroll.access.locked")["tries"] == 5
    assert "locked until" in (await new.say(PIN)).text
    await change_number(bus, number_changed(NEW, "919700000077"))  # changing again does not open the lock
    again = staff("919700000077")
    await again.tap("payroll:slip")
    assert "locked until" in (await again.say(PIN)).text
    clock.advance(minutes=31)
    await again.tap("payroll:slip")
    assert (await again.say(PIN)).pdfs


async def test_what_the_office_does_later_is_told_to_the_new_number_and_no_event_names_a_number(
        office, staff, bus, runtime):
    await office.register()
    await office.import_month("2026-02")
    await staff(OLD).set_pin(PIN)
    await change_number(bus)
    since = len(bus.seen)
    figures = Figures(basic=31_000_00, da=4_340_00, gpf=3_000_00, credit_date="2026-02-28")
    await corrections.reissue(runtime.context, "GP-TEST-0001", "2026-02", figures, reason="arrear", by="test")
    await corrections.reset_pin(runtime.context, "GP-TEST-0001", by="test")
    await office.import_month("2026-03", pay(credit_date="2026-03-30"))
    later = bus.seen[since:]
    told = [(e.payload["to"], e.payload["template"]["template"]["name"]) for e in later if e.type == "wa.outbound"]
    assert told == [(NEW, "payroll_slip_corrected"), (NEW, "payroll_pin_reset"), (NEW, "payroll_slip_ready")]
    events = json.dumps([e.payload for e in bus.seen if e.type.startswith("payroll.")])
    assert OLD not in events and NEW not in events
    assert [e.type for e in bus.seen if e.type.startswith("payroll.employee")] == []


async def test_a_new_number_another_active_employee_holds_moves_nobody(office, staff, bus, logged):
    await office.register()
    await office.register(id="GP-TEST-0002", mobile=NEW, name={"bn": "সুব্রত ঘোষ", "en": "Subrata Ghosh"})
    await change_number(bus)
    repos = office.repos
    assert [(await repos.employees.get(i)).mobile for i in ("GP-TEST-0001", "GP-TEST-0002")] == [OLD, NEW]
    assert "Subrata Ghosh" in (await staff(NEW).tap("payroll:menu")).text  # the number stays its employee's
    [refused] = [line for line in logged() if line["event"] == "payroll.number_change_refused"]
    assert (refused["employee"], refused["registered"], refused["level"]) == ("GP-TEST-0001", "GP-TEST-0002",
                                                                              "warning")
    assert OLD not in json.dumps(refused) and NEW not in json.dumps(refused)
    await change_number(bus, number_changed())  # run again: still nobody moves
    assert [(await repos.employees.get(i)).mobile for i in ("GP-TEST-0001", "GP-TEST-0002")] == [OLD, NEW]
    assert await bus.dead_letters("payroll") == []


async def test_an_employee_who_left_keeps_the_number_they_left_with(office, staff, bus):
    await office.register()
    await office.repos.employees.change("GP-TEST-0001", lambda e: e.model_copy(update={"status": "left"}))
    await change_number(bus)
    assert (await office.repos.employees.get("GP-TEST-0001")).mobile == OLD
    assert REFUSAL in (await staff(NEW).tap("payroll:menu")).text



HERS, NEXT = "IN.1648738043044942", "IN.9902817364550021"  # the employee's business-scoped ids


def given_away(old: str = OLD, previous_holder: str = HERS) -> Envelope:
    """The gateway's move when another WhatsApp account writes from ``old``: the previous holder is at their id."""
    return number_changed(old, previous_holder)


async def test_a_number_given_to_someone_else_is_a_stranger_and_the_employee_is_found_at_their_id(
        office, staff, bus, logged):
    await office.register()
    await office.import_month("2026-02")
    await staff(OLD).set_pin(PIN)
    await change_number(bus, given_away())
    stranger = await staff(OLD).tap("payroll:menu")  # the new holder of the number
    assert REFUSAL in stranger.text and "Anima" not in stranger.text and not stranger.choices
    stranger = await staff(OLD).say(PIN)
    assert REFUSAL in stranger.text and not stranger.pdfs
    kept = await office.repos.employees.get("GP-TEST-0001")
    assert (kept.mobile, kept.moved_to) == (OLD, HERS)  # the office's record stands; WhatsApp reaches her at the id
    her = staff(HERS)
    asked = await her.tap("payroll:slip")
    assert "Anima" not in asked.text and "PIN" in asked.text  # her PIN still guards everything
    got = await her.say(PIN)
    assert len(got.pdfs) == 1 and got.event("payroll.document.accessed")["employee_id"] == "GP-TEST-0001"
    [moved] = [line for line in logged() if line["event"] == "payroll.reached_by_id"]
    assert moved["employee"] == "GP-TEST-0001" and OLD not in json.dumps(moved) and HERS not in json.dumps(moved)
    assert await bus.dead_letters("payroll") == []


async def test_the_office_notices_go_to_the_id_not_to_the_number(office, staff, bus, runtime):
    await office.register()
    await office.import_month("2026-02")
    await staff(OLD).set_pin(PIN)
    await change_number(bus, given_away())
    since = len(bus.seen)
    figures = Figures(basic=31_000_00, da=4_340_00, gpf=3_000_00, credit_date="2026-02-28")
    await corrections.reissue(runtime.context, "GP-TEST-0001", "2026-02", figures, reason="arrear", by="test")
    await corrections.reset_pin(runtime.context, "GP-TEST-0001", by="test")
    await office.import_month("2026-03", pay(credit_date="2026-03-30"))
    told = [(e.payload["to"], e.payload["template"]["template"]["name"]) for e in bus.seen[since:]
            if e.type == "wa.outbound"]
    assert told == [(HERS, "payroll_slip_corrected"), (HERS, "payroll_pin_reset"), (HERS, "payroll_slip_ready")]
    events = json.dumps([e.payload for e in bus.seen if e.type.startswith("payroll.")])
    assert OLD not in events and HERS not in events


async def test_wrong_tries_and_a_lock_stay_with_the_employee_at_the_id(office, staff, bus):
    await four_wrong_tries(office, staff)
    await change_number(bus, given_away())
    her = staff(HERS)
    await her.tap("payroll:slip")
    locked = await her.say("111222")  # the fifth wrong PIN, not the first on a fresh count
    assert "locked until" in locked.text and locked.event("payroll.access.locked")["tries"] == 5


async def test_the_same_move_twice_changes_nothing_more_and_a_later_number_ends_it(office, staff, bus):
    await office.register()
    await staff(OLD).set_pin(PIN)
    await change_number(bus, given_away())
    await change_number(bus, given_away())  # the gateway's event a second time
    await change_number(bus, number_changed(OLD, NEXT))  # and a move of whoever holds the number now
    assert (await office.repos.employees.get("GP-TEST-0001")).moved_to == HERS
    await change_number(bus, number_changed(OLD, "919700000055"))  # the stranger changes number: not hers to move
    assert (await office.repos.employees.get("GP-TEST-0001")).model_dump(include={"mobile", "moved_to"}) == {
        "mobile": OLD, "moved_to": HERS}
    await change_number(bus, number_changed(HERS, NEXT))  # Meta gives her a new id: she is found there
    assert (await office.repos.employees.get("GP-TEST-0001")).moved_to == NEXT
    assert REFUSAL not in (await staff(NEXT).tap("payroll:menu")).text
    await change_number(bus, number_changed(NEXT, NEW))  # she shares her new number
    back = await office.repos.employees.get("GP-TEST-0001")
    assert (back.mobile, back.moved_to) == (NEW, "")
    assert "payroll:slip" in (await staff(NEW).tap("payroll:menu")).choices  # her PIN came with her
    assert "hidden behind a username" in (await staff(NEXT).tap("payroll:menu")).text  # the id finds nobody now
    assert REFUSAL in (await staff(OLD).tap("payroll:menu")).text


async def test_a_move_back_to_a_number_another_employee_holds_keeps_her_at_the_id(office, staff, bus, logged):
    await office.register()
    await change_number(bus, given_away())
    await office.register(id="GP-TEST-0002", mobile=NEW, name={"bn": "সুব্রত ঘোষ", "en": "Subrata Ghosh"})
    await change_number(bus, number_changed(HERS, NEW))
    kept = await office.repos.employees.get("GP-TEST-0001")
    assert (kept.mobile, kept.moved_to) == (OLD, HERS)
    assert [line["registered"] for line in logged() if line["event"] == "payroll.number_change_refused"] == [
        "GP-TEST-0002"]


async def test_a_move_the_office_changed_meanwhile_is_not_written_over_it(office, bus, monkeypatch):
    """The office gives her a new mobile between WhatsApp's move reading her record and writing it."""
    await office.register()
    employees = office.repos.employees
    real_get = type(employees._employees).get
    raced = []

    async def racing_get(collection, key):
        doc = await real_get(collection, key)
        if key == "GP-TEST-0001" and not raced:
            raced.append(True)
            await employees.change(key, lambda e: e.model_copy(update={"mobile": NEW}))
        return doc

    monkeypatch.setattr(type(employees._employees), "get", racing_get)
    assert await employees.moved("GP-TEST-0001", OLD, HERS) is False
    monkeypatch.undo()
    kept = await employees.get("GP-TEST-0001")
    assert (kept.mobile, kept.moved_to) == (NEW, "")


async def test_two_registrations_of_one_number_at_once_leave_one_employee_reached_there(office):
    """Both read the number as free before either writes it: the store, not the reading, has the last word."""
    employees = office.repos.employees
    clerks = [Employee.model_validate(employee(f"GP-TEST-000{i}", NEW)) for i in (2, 3)]
    added = await asyncio.gather(*(employees.add(c) for c in clerks), return_exceptions=True)
    [taken] = [a for a in added if isinstance(a, Exception)]
    [kept] = [a for a in added if not isinstance(a, Exception)]
    assert isinstance(taken, MobileTaken) and taken.holder.id == kept.id
    assert (await employees.reached_at(NEW)).id == kept.id
    assert [e.id for e in await employees.all()] == [kept.id]


async def test_a_move_back_to_the_number_racing_its_registration_to_another_leaves_one_reached_there(office, bus):
    """She shares her old number on WhatsApp while the office registers it to the next clerk: one of them wins,
    the other is told so, and the number never reaches two employees."""
    await office.register()
    await change_number(bus, given_away())
    employees = office.repos.employees
    clerk = Employee.model_validate(employee("GP-TEST-0002", OLD))
    results = await asyncio.gather(employees.moved("GP-TEST-0001", HERS, OLD), employees.add(clerk),
                                   return_exceptions=True)
    assert sum(isinstance(r, MobileTaken) for r in results) == 1
    assert len([e for e in await employees.all() if e.status == "active" and e.holder == OLD]) == 1


async def test_the_clerk_given_her_number_moves_on_his_own_and_she_on_hers(office, staff, bus):
    """Once the number is his, a move of whoever writes from it is his move; hers follow her id."""
    await office.register()
    await change_number(bus, given_away())
    await office.register(id="GP-TEST-0002", mobile=OLD, name={"bn": "সুব্রত ঘোষ", "en": "Subrata Ghosh"})
    await change_number(bus, number_changed(OLD, NEW))  # he changes number
    await change_number(bus, number_changed(HERS, NEXT))  # Meta gives her a new id
    his, hers = [await office.repos.employees.get(i) for i in ("GP-TEST-0002", "GP-TEST-0001")]
    assert (his.mobile, his.moved_to, hers.mobile, hers.moved_to) == (NEW, "", OLD, NEXT)
    assert "Subrata Ghosh" in (await staff(NEW).tap("payroll:menu")).text
    assert "Anima" in (await staff(NEXT).tap("payroll:menu")).text
    assert REFUSAL in (await staff(OLD).tap("payroll:menu")).text
