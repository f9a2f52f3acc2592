"""After a slip was sent, 'ar tar ager mas er ta' ("and the one of the month before that") sent the same slip again:
'ager mas' was read as the month before today. Words of a month before or after the slip just sent ("the month before
that", "the one before", "and the previous one", "the next one", "tar ager ta", "তার আগের মাসের", "তার পরের মাসের")
are now read from that slip's month, with the PIN's usual rules; with no slip just sent, 'ager mas' and 'last month'
are still the month before today."""
from __future__ import annotations

from payroll_kit import pay

from services.payroll.domain.period import moved
from services.payroll.domain.then_month import step
from shared.envelope import Envelope

PIN = "739164"


def test_words_of_the_month_before_or_after_that_and_words_of_today():
    before = ("the month before that", "the one before", "and the previous one", "ar tar ager mas er ta",
              "tar ager ta", "ager ta", "তার আগের মাসের", "তার আগেরটা", "Tar ager maser slip ta dao")
    after = ("the next one", "tar porer mas", "তার পরের মাসের", "the one after that", "porer ta")
    assert [step(t) for t in before] == [-1] * len(before)
    assert [step(t) for t in after] == [1] * len(after)
    today = ("last month", "gotomaser mayner slip ta dao", "গত মাসের স্লিপ", "03/2026", "pore pathao", "4821",
             "আমার স্লিপ", "tarikh ta bolun")
    assert [step(t) for t in today] == [None] * len(today)
    assert (moved("2026-01", -1), moved("2025-12", 1), moved("2026-11", 1)) == ("2025-12", "2026-01", "2026-12")


async def with_pay(office) -> None:
    await office.register()
    for month in ("2025-10", "2025-11", "2025-12", "2026-01", "2026-02"):  # today is 10 March 2026
        await office.import_month(month, pay(credit_date=f"{month}-27"))


async def slip_of(me, month: str):
    await me.tap(f"payroll:slip:{month}")
    sent = await me.say(PIN)
    assert len(sent.pdfs) == 1, sent.text
    return sent


async def test_in_english_the_month_before_or_after_the_slip_just_sent(office, staff):
    await with_pay(office)
    me = staff()
    await me.set_pin(PIN)
    await slip_of(me, "2026-01")
    before = await me.say("the month before that")
    assert len(before.pdfs) == 1 and "Pay slip, December 2025" in before.text, before.text
    assert "Pay slip, November 2025" in (await me.say("and the previous one")).text
    assert "Pay slip, December 2025" in (await me.say("the next one")).text
    assert "Pay slip, November 2025" in (await me.say("the one before")).text
    assert "Pay slip, October 2025" in (await me.say("the one before")).text
    first = await me.say("the one before")  # before the first slip held, as such a month is answered
    assert "There is no payroll for September 2025" in first.text and not first.pdfs


async def test_after_the_latest_slip_the_next_month_is_not_out_yet(office, staff):
    await with_pay(office)
    me = staff()
    await me.set_pin(PIN)
    await slip_of(me, "2026-02")
    after = await me.say("the next one")
    assert "pay slip for March 2026 is not out yet" in after.text and not after.pdfs, after.text


async def test_past_the_pins_minutes_the_pin_is_asked_for_that_month(office, staff, clock):
    await with_pay(office)
    me = staff()
    await me.set_pin(PIN)
    await slip_of(me, "2026-01")
    clock.advance(minutes=6)
    asked = await me.say("the month before that")
    assert "Type your PIN to get your pay slip for December 2025" in asked.text and not asked.pdfs, asked.text
    got = await me.say(PIN)
    assert len(got.pdfs) == 1 and "Pay slip, December 2025" in got.text


async def test_in_bengali_tar_ager_and_tar_porer(office, staff):
    await with_pay(office)
    me = staff(lang="bn")
    await me.set_pin(PIN)
    await slip_of(me, "2026-01")
    before = await me.say("তার আগের মাসের")
    assert len(before.pdfs) == 1 and "বেতন বিবরণী, ডিসেম্বর ২০২৫" in before.text, before.text
    assert "বেতন বিবরণী, নভেম্বর ২০২৫" in (await me.say("তার আগেরটা")).text
    assert "বেতন বিবরণী, ডিসেম্বর ২০২৫" in (await me.say("তার পরের মাসের")).text


async def test_in_banglish_tar_ager_mas_er_ta(office, staff):
    await with_pay(office)
    me = staff(lang="bn")
    await me.set_pin(PIN)
    await slip_of(me, "2026-02")
    before = await me.say("ar tar ager mas er ta")
    assert len(before.pdfs) == 1 and "বেতন বিবরণী, জানুয়ারি ২০২৬" in before.text, before.text
    assert "ডিসেম্বর ২০২৫" in (await me.say("tar ager ta")).text
    assert "নভেম্বর ২০২৫" in (await me.say("ager ta")).text
    assert "ডিসেম্বর ২০২৫" in (await me.say("tar porer mas")).text


async def test_carried_from_the_main_menu_with_its_words(office, staff):
    await with_pay(office)
    me = staff(lang="bn")
    await me.set_pin(PIN)
    await slip_of(me, "2026-01")
    carried = await me.send(me.envelope(reply_id="payroll:slip", text="tar ager maser slip ta dao"))
    assert "ডিসেম্বর ২০২৫" in carried.text and len(carried.pdfs) == 1, carried.text


async def test_with_no_slip_just_sent_ager_mas_and_last_month_are_before_today(office, staff, clock):
    await with_pay(office)
    me = staff()
    await me.set_pin(PIN)
    fresh = await me.say("ager maser slip")
    assert "Type your PIN to get your pay slip for February 2026" in fresh.text, fresh.text
    await me.say(PIN)
    assert len((await me.tap("payroll:slip:2025-12")).pdfs) == 1  # within the PIN's minutes
    last = await me.say("last month")  # no 'that': the month before today, a slip just sent or not
    assert "Pay slip, February 2026" in last.text, last.text
    assert len((await me.tap("payroll:slip:2025-12")).pdfs) == 1
    clock.advance(minutes=16)  # the slip is no longer recent: 'that' is no longer it
    later = await me.say("tar ager maser slip")
    assert "pay slip for February 2026" in later.text and "November 2025" not in later.text, later.text


async def test_the_main_menu_ends_it(office, staff, bus):
    """'the one before' after the main menu: no slip is 'that' any more, none is sent."""
    await with_pay(office)
    me = staff()
    await me.set_pin(PIN)
    await slip_of(me, "2025-12")
    await bus.publish(Envelope(type="wa.session.left.payroll", payload={"service": "payroll", "wa_id": me.wa_id}))
    await bus.drain()
    after = await me.say("the one before")
    assert "November 2025" not in after.text and not after.pdfs, after.text
