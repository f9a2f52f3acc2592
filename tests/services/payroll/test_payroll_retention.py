"""An employee's payroll chat keeps the language each month's slip notice is written in for a year and a month
after they last wrote: one who only reads the notices is still told in their language. After that it is swept,
and the employee meets the payroll start; their PIN, slips and record stay."""
from __future__ import annotations

from payroll_kit import pay

from shared.retention import INBOX, purge


async def sweep(runtime, clock) -> None:
    """The runtime's hourly sweep, at the test's clock."""
    for keep in (INBOX, *runtime.spec.retention):
        await purge(runtime.store, keep, clock())


async def test_an_employee_silent_for_a_year_is_told_of_a_slip_in_their_language_and_later_meets_the_start(
        office, staff, runtime, clock, bus):
    await office.register()
    me = staff(lang="en")
    await me.set_pin("739164")
    clock.advance(days=399)

    await sweep(runtime, clock)
    await office.import_month("2027-03", pay(credit_date="2027-03-31"))

    [told] = [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload.get("notification")]
    assert "your pay slip for March 2027 is ready" in told["message"]["interactive"]["body"]["text"]

    clock.advance(days=2)
    await sweep(runtime, clock)

    assert await runtime.store.collection("chats").get(me.wa_id) is None
    back = await me.tap("payroll:menu")
    assert "payroll:slip" in back.choices and "choose a PIN" not in back.text  # the PIN was kept
    asked = await me.tap("payroll:slip")
    assert "PIN to get your pay slip for March 2027" in asked.text
