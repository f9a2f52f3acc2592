"""'the one before', 'tar ager ta', 'তার আগেরটা' typed at the PIN's question: with no slip sent yet they were told
"A PIN is 4 to 6 digits, not words", the month they asked for dropped; with a slip sent a few minutes before (the
PIN's minutes over) they were counted from that slip, not from the month waiting for the PIN. They now speak of the
month before the one waiting: no try counted, that month kept and its PIN asked, its slip handed out after the PIN
alone. Through the real webhook on the demo's pay, and on the bus with a clock for the minutes."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from payroll_kit import pay
from phone_kit import Phone, has, words

from services.payroll.domain import month_name, today_in_india
from services.payroll.domain.period import month_of, moved

FIRST = {"en": "That was not a PIN, so no wrong try is counted.", "bn": "ওটি পিন নয়, তাই ভুল চেষ্টা হিসেবে ধরা হয়নি।"}
ASK = {"en": "Type your PIN to get your pay slip for {month}.", "bn": "{month}-এর বেতন বিবরণী পেতে আপনার পিন লিখুন"}


@pytest.mark.parametrize(("lang", "before"), [("en", "the one before"), ("bn", "tar ager ta"), ("bn", "তার আগেরটা")])
async def test_at_the_pin_the_one_before_is_the_month_before_the_one_waiting(system, lang, before):
    http, base = system
    last = moved(month_of(today_in_india(datetime.now(UTC))), -1)
    anima = Phone(http, base, "919733000101", name="Anima")
    await anima.start(lang)
    await anima.say("last month's pay slip", until=lambda m: month_name(last, lang) in words(m))
    got = await anima.say(before, until=bool)
    said = words(got)
    assert said.startswith(FIRST[lang]) and ASK[lang].format(month=month_name(moved(last, -1), lang)) in said, said
    assert not has("document")(got) and "₹" not in said
    slip = await anima.say("4821", until=has("document"))
    assert month_name(moved(last, -1), lang) in words(slip) and month_name(last, lang) not in words(slip)


async def test_past_the_pins_minutes_it_counts_from_the_month_waiting_not_the_slip_sent(office, staff, clock):
    await office.register()
    for month in ("2025-10", "2025-11", "2025-12", "2026-01", "2026-02"):  # today is 10 March 2026
        await office.import_month(month, pay(credit_date=f"{month}-27"))
    me = staff()
    await me.set_pin("739164")
    await me.tap("payroll:slip:2026-02")
    assert len((await me.say("739164")).pdfs) == 1  # February's slip sent
    clock.advance(minutes=6)  # the PIN's minutes over, the slip still "that" one
    assert "pay slip for December 2025" in (await me.say("12/2025")).text
    asked = await me.say("the one before")
    assert asked.text.startswith(FIRST["en"]) and "your pay slip for November 2025." in asked.text, asked.text
    assert not asked.pdfs
    got = await me.say("739164")
    assert len(got.pdfs) == 1 and "Pay slip, November 2025" in got.text, got.text
