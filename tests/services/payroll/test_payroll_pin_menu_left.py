"""A PIN typed right kept for five minutes even after the employee went to the main menu ("menu", "hi", "মেনু"): a
phone handed to someone else then gave them the next pay slip without the PIN. The gateway now tells payroll when
the main menu ends someone's session with it (``wa.session.left.payroll``): the PIN typed before that is asked again,
while a PIN typed after it (the message telling it came late) keeps its five minutes."""
from __future__ import annotations

from datetime import timedelta

from payroll_kit import pay

from shared.envelope import Envelope

PIN = "739164"
ME, SOMEONE = "919700000001", "919700000002"


async def _paid(office) -> None:
    await office.register()
    for month in ("2026-01", "2026-02"):
        await office.import_month(month, pay(credit_date=f"{month}-28"))


def _left(bus, wa_id: str, at, service: str = "payroll"):
    return bus.publish(Envelope(type=f"wa.session.left.{service}", occurred_at=at, source="gateway",
                                payload={"service": service, "wa_id": wa_id}))


async def test_after_the_main_menu_the_next_document_asks_the_pin_again(office, staff, bus, clock):
    await _paid(office)
    me = staff(ME)
    await me.set_pin(PIN)
    await me.tap("payroll:slip")
    slip = await me.say(PIN)
    assert len(slip.pdfs) == 1 and "ends at the main menu" in slip.text
    clock.advance(seconds=40)
    await _left(bus, SOMEONE, clock.now)  # someone else left: nothing of mine ends
    await bus.drain()
    assert len((await me.tap("payroll:slip:2026-01")).pdfs) == 1
    clock.advance(seconds=10)
    await _left(bus, ME, clock.now)
    await bus.drain()
    clock.advance(seconds=20)
    asked = await me.tap("payroll:statement:2025-26")
    assert "Type your PIN" in asked.text and not asked.pdfs
    me.lang = "bn"
    got = await me.say(PIN)
    assert len(got.pdfs) == 1 and "মূল মেনুতে গেলে এই সুবিধা শেষ হয়" in got.text


async def test_a_pin_typed_after_the_main_menu_keeps_its_five_minutes(office, staff, bus, clock):
    await _paid(office)
    me = staff(ME)
    await me.set_pin(PIN)
    left_at = clock.now
    clock.advance(seconds=5)
    await me.tap("payroll:slip")
    assert len((await me.say(PIN)).pdfs) == 1
    await _left(bus, ME, left_at)  # told late, of a main menu before the PIN
    await bus.drain()
    clock.advance(minutes=1)
    assert len((await me.tap("payroll:slip:2026-01")).pdfs) == 1
    await _left(bus, ME, clock.now - timedelta(seconds=1), service="tourism")  # not payroll's to end
    await bus.drain()
    assert len((await me.tap("payroll:statement:2025-26")).pdfs) == 1
