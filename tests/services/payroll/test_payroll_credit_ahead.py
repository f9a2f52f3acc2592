"""A pay run is often uploaded days before its pay is credited: until that day the slip and its caption say
'To be credited on …', never 'Credited on' a day that has not come; from that day on, 'Credited on'."""
from __future__ import annotations

from payroll_kit import pay, pdf_text


async def test_a_slip_whose_credit_day_has_not_come_says_it_is_to_be_credited(office, staff, clock):
    await office.register()
    await office.import_month("2026-03", pay(credit_date="31/03/2026"))  # uploaded on 10 March
    me = staff()
    await me.set_pin("739164")
    await me.say("03/2026")
    got = await me.say("739164")
    printed = " ".join(pdf_text(got.pdfs[0]).split())
    assert "To be credited on" in printed and "জমা হবে" in printed and "Credited on" not in printed
    assert "to be credited on 31 March 2026" in got.text
    clock.advance(days=21)  # 31 March
    await me.say("03/2026")
    got = await me.say("739164")
    printed = " ".join(pdf_text(got.pdfs[0]).split())
    assert "Credited on" in printed and "To be credited" not in printed and "জমা হবে" not in printed
    assert "credited" not in got.text


async def test_in_bengali_the_caption_says_when_it_will_be_credited(office, staff):
    await office.register()
    await office.import_month("2026-03", pay(credit_date="2026-03-31"))
    me = staff(lang="bn")
    await me.set_pin("739164")
    await me.say("03/2026")
    got = await me.say("739164")
    assert "৩১ মার্চ ২০২৬ তারিখে টাকা জমা হবে" in got.text
