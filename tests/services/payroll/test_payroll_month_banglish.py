"""Last month and this month as many type them in Latin letters ('gato maser salary slip', 'goto maser slip',
'ei maser slip') are the month meant, at the payroll menu, at the list of months and at the PIN's question."""
from __future__ import annotations

from datetime import date

from payroll_kit import pay

from services.payroll.domain.typed_period import parse_typed_month


def test_last_and_this_month_in_latin_letters_are_read():
    today = date(2026, 1, 15)
    assert [parse_typed_month(t, today) for t in ("gato maser salary slip", "goto maser slip", "gota mas",
                                                  "Goto Maser Beton", "gotomaser slip", "ei maser slip",
                                                  "ei mas", "agher maser slip", "ager mas")] == [
        "2025-12", "2025-12", "2025-12", "2025-12", "2025-12", "2026-01", "2026-01", "2025-12", "2025-12"]
    assert [parse_typed_month(t, today) for t in ("masala", "ei masterji", "goto", "maser")] == [None] * 4


async def test_last_month_in_latin_letters_asks_the_pin_for_it_wherever_a_month_is_read(office, staff):
    await office.register()
    for month in ("2025-12", "2026-01", "2026-02"):  # today is 10 March 2026
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    await office.import_month("2026-03", pay(credit_date="2026-03-09"))  # the latest slip is this month's
    me = staff()
    await me.set_pin("739164")
    at_menu = await me.say("gato maser salary slip")
    assert "PIN to get your pay slip for February 2026" in at_menu.text, at_menu.text
    await me.say("back")
    this_month = await me.say("ei maser slip")
    assert "PIN to get your pay slip for March 2026" in this_month.text, this_month.text
    await me.say("back")
    await me.tap("payroll:months")
    at_list = await me.say("goto maser slip")
    assert "PIN to get your pay slip for February 2026" in at_list.text, at_list.text
    await me.say("back")
    await me.tap("payroll:slip:2025-12")
    at_pin = await me.say("goto maser slip")  # instead of the PIN: the month now asked for
    assert "PIN to get your pay slip for February 2026" in at_pin.text, at_pin.text
    got = await me.say("739164")
    assert "Pay slip, February 2026" in got.text and len(got.pdfs) == 1
