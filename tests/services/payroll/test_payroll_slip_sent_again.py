"""Straight after her pay slip (a PDF) came, an employee typed "abar pathan", "আবার পাঠান", "send again",
"aro ekbar din" (send it again) or "pai ni", "file khulche na", "খুলছে না" (it did not come, it does not open) and got
"Sorry, I did not understand" with the payroll menu. Within 30 minutes of a slip or a statement sent here, until
anything else is answered, such words now send that same document again, its caption opening with a line saying it is
a PDF to open with a PDF reader: without the PIN while the PIN typed minutes ago keeps, after it once that has ended.
Nothing of another's, nothing after the main menu or long after, and "koto din lagbe abar" is a question, not a slip
asked for."""
from __future__ import annotations

from datetime import timedelta

import pytest
from payroll_kit import pay

from shared.envelope import Envelope

PIN = "739164"
PDF_LINE = ("Here it is again. It is a PDF file: if it does not open, open it with a PDF reader app "
            "(such as Google Drive).")
PDF_LINE_BN = "আবার পাঠালাম। এটি একটি PDF ফাইল: না খুললে ফোনে PDF খোলার অ্যাপ (যেমন Google Drive) দিয়ে খুলুন।"


async def _paid(office, employee_id: str = "GP-TEST-0001") -> None:
    for month in ("2026-01", "2026-02"):
        await office.import_month(month, pay(employee_id, credit_date=f"{month}-28"))


async def _slip_came(office, staff, month: str = "2026-02", lang: str = "en"):
    await office.register()
    await _paid(office)
    me = staff(lang=lang)
    await me.set_pin(PIN)
    await me.tap(f"payroll:slip:{month}")
    got = await me.say(PIN)
    assert len(got.pdfs) == 1 and PDF_LINE not in got.text and PDF_LINE_BN not in got.text
    return me


def _filename(exchange) -> str:
    return exchange.last.message["document"]["filename"]


@pytest.mark.parametrize("words", ["abar pathan", "send again", "aro ekbar din", "pai ni", "file khulche na",
                                   "it won't open"])
async def test_words_straight_after_the_slip_send_it_again_said_to_be_a_pdf(office, staff, clock, words):
    me = await _slip_came(office, staff)
    clock.advance(seconds=30)
    again = await me.say(words)
    assert len(again.pdfs) == 1 and _filename(again) == "PS-2026-02-GP-TEST-0001.pdf", again
    assert again.text.startswith(PDF_LINE) and "Pay slip, February 2026" in again.text
    assert again.event("payroll.document.accessed")["kind"] == "pay_slip"  # handed out again: audited again


@pytest.mark.parametrize("words", ["আবার পাঠান", "খুলছে না", "পাইনি"])
async def test_in_bengali_too(office, staff, clock, words):
    me = await _slip_came(office, staff, lang="bn")
    again = await me.say(words)
    assert len(again.pdfs) == 1 and again.text.startswith(PDF_LINE_BN), again


async def test_the_slip_of_the_month_chosen_not_the_latest(office, staff):
    me = await _slip_came(office, staff, month="2026-01")
    again = await me.say("send again")
    assert _filename(again) == "PS-2026-01-GP-TEST-0001.pdf"


async def test_after_the_pins_five_minutes_the_pin_first_then_the_same_slip(office, staff, clock):
    me = await _slip_came(office, staff, month="2026-01")
    clock.advance(minutes=6)
    asked = await me.say("abar pathan")
    assert "Type your PIN to get your pay slip for January 2026" in asked.text and not asked.pdfs
    again = await me.say(PIN)
    assert _filename(again) == "PS-2026-01-GP-TEST-0001.pdf" and again.text.startswith(PDF_LINE)


async def test_a_statement_is_sent_again_as_well(office, staff, clock):
    me = await _slip_came(office, staff)
    statement = await me.tap("payroll:statement:2025-26")
    assert len(statement.pdfs) == 1
    again = await me.say("file khulche na")
    assert _filename(again) == _filename(statement) and again.text.startswith(PDF_LINE)


async def test_kept_across_a_thanks_but_not_another_answer_nor_long_after(office, staff, clock):
    me = await _slip_came(office, staff)
    assert not (await me.say("thank you")).pdfs
    assert len((await me.say("pai ni")).pdfs) == 1
    await me.tap("payroll:years")  # something else answered: the slip is no longer what "abar pathan" means
    later = await me.say("abar pathan")
    assert not later.pdfs and "I did not understand" in later.text
    await me.tap("payroll:slip:2026-02")
    clock.advance(minutes=31)
    late = await me.say("pai ni")
    assert not late.pdfs and "Type your PIN" not in late.text


async def test_a_question_is_no_slip_asked_for_and_pay_not_received_is_the_pay(office, staff):
    me = await _slip_came(office, staff)
    question = await me.say("koto din lagbe abar")
    assert not question.pdfs and "I did not understand" in question.text
    await me.tap("payroll:slip:2026-02")
    pay_asked = await me.say("beton pai ni")  # one's pay asked after, as before: no slip again
    assert not pay_asked.pdfs and PDF_LINE not in pay_asked.text


async def test_nothing_after_the_main_menu_nor_to_anyone_else(office, staff, bus, clock):
    me = await _slip_came(office, staff)
    await office.register(id="GP-TEST-0002", mobile="919700000002")
    await _paid(office, "GP-TEST-0002")
    other = staff("919700000002")
    await other.set_pin("518273")
    got = await other.say("abar pathan")
    assert not got.pdfs and "Type your PIN" not in got.text
    await bus.publish(Envelope(type="wa.session.left.payroll", occurred_at=clock.now, source="gateway",
                               payload={"service": "payroll", "wa_id": me.wa_id}))
    await bus.drain()
    clock.advance(seconds=5)
    after = await me.say("abar pathan")
    assert not after.pdfs and "Type your PIN" not in after.text
