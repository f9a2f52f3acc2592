"""An employee asking for a second document seconds after the first (a slip, then the statement) was asked the PIN
again each time. A PIN typed right now keeps for five minutes from that PIN, for the same employee at the same
number: the statement comes at once, the caption saying until when; after the five minutes, on a number the chat
moved to, or while payroll is locked, the PIN is asked (or the lock said) as before. The chat keeps no PIN."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

from payroll_kit import pay

from shared.envelope import Envelope

PIN = "739164"
OLD, NEW = "919700000001", "919700000099"


async def _paid(office) -> None:
    await office.register()
    for month in ("2025-12", "2026-01", "2026-02"):
        await office.import_month(month, pay(credit_date=f"{month}-28"))


async def test_a_second_document_within_five_minutes_of_the_pin_comes_without_it(office, staff, clock, runtime):
    await _paid(office)
    me = staff()
    await me.set_pin(PIN)
    await me.tap("payroll:slip")
    slip = await me.say(PIN)
    assert len(slip.pdfs) == 1 and "Until 10:35, another document asked from this number needs no PIN" in slip.text
    clock.advance(seconds=20)
    statement = await me.tap("payroll:statement:2025-26")
    assert len(statement.pdfs) == 1 and "AS-2025-26-GP-TEST-0001" in statement.text and "Type your PIN" not in \
        statement.text
    assert statement.event("payroll.document.accessed")["kind"] == "salary_statement"  # audited as ever
    chat = json.dumps(await runtime.store.collection("chats").get(me.wa_id))
    access = await office.repos.access.get("GP-TEST-0001")
    assert PIN not in chat and access.hashed not in chat and access.salt not in chat
    clock.advance(minutes=4, seconds=30)  # 4:50 after the PIN: still kept, not stretched by the statement
    assert len((await me.say("01/2026")).pdfs) == 1
    clock.advance(seconds=10)  # five minutes after the PIN
    asked = await me.say("12/2025")
    assert "Type your PIN to get your pay slip for December 2025" in asked.text and not asked.pdfs
    assert "needs no PIN" in (await me.say(PIN)).text  # a PIN typed right again: five minutes more
    me.lang = "bn"
    got = await me.tap("payroll:slip:2026-01")
    assert len(got.pdfs) == 1 and "১০:৪০ পর্যন্ত এই নম্বর থেকে অন্য বিবরণী চাইলে পিন আর চাওয়া হবে না" in got.text


async def test_not_on_a_number_the_chat_moved_to_nor_while_payroll_is_locked(office, staff, bus, clock):
    await _paid(office)
    old = staff(OLD)
    await old.set_pin(PIN)
    await old.tap("payroll:slip")
    assert len((await old.say(PIN)).pdfs) == 1
    await bus.publish(Envelope(type="wa.person.number_changed", payload={"wa_id": OLD, "new_wa_id": NEW}))
    await bus.drain()
    new = staff(NEW)
    asked = await new.tap("payroll:statement:2025-26")
    assert "Type your PIN" in asked.text and not asked.pdfs  # the number the PIN was typed at is not this one
    assert len((await new.say(PIN)).pdfs) == 1
    access = await office.repos.access.get("GP-TEST-0001")
    await office.repos.access.save(replace(access, failed=5, locked_until=clock.now + timedelta(minutes=30), locks=1))
    locked = await new.tap("payroll:slip:2026-01")
    assert "locked until" in locked.text and not locked.pdfs  # the lock stands over a PIN typed a minute ago
