""""slips of may june" sent June's slip alone, May dropped without a word: "may" among other words was never read as
the month (kept from "may I have my slip"). It is the month beside a word that leads to one ("of may", "for may"), a
year, the month's word or what is asked of it ("may 2026", "may maser slip", "may slip"), or another month's name;
a "may" asking leave still names none. And "may I have my slip", "can I have my slip?", "I want my slip" were "I
could not tell which service" at the main menu and "not understood" in the payroll chat: they ask for the slip."""
from __future__ import annotations

from datetime import date

import pytest
from payroll_kit import pay

from services.payroll.domain.typed_period import months_named
from services.payroll.phrases import asked_for

TODAY = date(2026, 12, 5)


@pytest.mark.parametrize(("typed", "months"), [
    ("slips of may june", ["2026-05", "2026-06"]), ("may june slip", ["2026-05", "2026-06"]),
    ("i want slips of march, april and may", ["2026-03", "2026-04", "2026-05"]), ("slip for may", ["2026-05"]),
    ("slip of may 2025", ["2025-05"]), ("may maser slip", ["2026-05"]), ("may", ["2026-05"]),
    ("may i get the slip of may", ["2026-05"])])
def test_may_beside_a_month_or_what_leads_to_one_is_the_month(typed, months):
    assert months_named(typed, TODAY) == months


@pytest.mark.parametrize("typed", ["may I have my slip", "you may send it now", "it may be late, send october slip"])
def test_may_asking_leave_names_no_month(typed):
    assert "2026-05" not in months_named(typed, TODAY)


@pytest.mark.parametrize("typed", ["may I have my slip", "can I have my slip?", "could you send my slip please",
                                   "I want my slip", "i need my latest slip", "can i get my slip"])
def test_the_slip_asked_for_in_a_question_is_the_slip(typed):
    assert asked_for(typed) == "slip"


@pytest.mark.parametrize("typed", ["can i have my bank slip", "may I have the fee slip", "I want my deposit slip"])
def test_another_slip_so_asked_is_not_payrolls(typed):
    assert asked_for(typed) is None


async def test_in_payroll_may_and_june_come_behind_one_pin_and_the_slip_asked_so(office, staff):
    await office.register()  # today is 10 March 2026: May and June are 2025's
    for month in ("2025-05", "2025-06"):
        await office.import_month(month, pay(credit_date=f"{month}-28"))
    me = staff()
    await me.set_pin("739164")
    question = await me.say("slips of may june")
    assert "your pay slips for May 2025, June 2025" in question.text, question.text
    got = await me.say("739164")
    assert len(got.pdfs) == 2, got.text
    await me.say("back")
    asked = await me.say("may I have my slip")  # within the minutes the PIN holds: the latest, June's
    assert len(asked.pdfs) == 1 and "June 2025" in asked.text, asked.text
