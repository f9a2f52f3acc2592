"""A row's number typed at the payroll menu ("2", "২"), as the main menu reads one, was 'not understood': it now picks
that row (1 the latest slip, 2 the months, 3 the statements, 4 Forgot my PIN); elsewhere a number is what it was."""
from __future__ import annotations

from payroll_kit import pay


async def test_a_rows_number_at_the_payroll_menu_picks_it(office, staff):
    await office.register()
    for month in ("2026-01", "2026-02"):
        await office.import_month(month, pay(credit_date=f"{month}-27"))
    me = staff()
    await me.set_pin("739164")
    await me.tap("payroll:menu")
    months = await me.say("2")
    assert "Which month's pay slip do you want?" in months.text and "payroll:slip:2026-01" in months.choices
    await me.say("back")
    latest = await me.say("১")
    assert "Type your PIN to get your pay slip for February 2026" in latest.text, latest.text
    await me.say("back")
    years = await me.say("3.")
    assert "Which financial year's statement do you want?" in years.text
    await me.say("back")
    assert "Forgot your PIN?" in (await me.say("4")).text
    await me.say("back")
    assert "I did not understand" in (await me.say("5")).text
