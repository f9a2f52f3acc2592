"""A number payroll does not know was told only that the service is for registered employees: an employee writing
from a new phone was stuck. The refusal now says how an employee gets this number registered, in either language,
the same words for a stranger and for one who left, and nothing about anyone."""
from __future__ import annotations


async def test_the_refusal_says_how_an_employee_gets_their_number_registered(office, staff):
    await office.register()
    await office.register(id="GP-TEST-0002", mobile="919700000002")
    await office.import_month("2026-02")
    await office.repos.employees.change("GP-TEST-0002", lambda e: e.model_copy(update={"status": "left"}))
    for lang, said in (("bn", "আপনি কর্মচারী হলে আপনার অফিসের বেতন দপ্তরকে এই হোয়াটসঅ্যাপ নম্বরটি আপনার নামে নথিভুক্ত করতে বলুন"),
                       ("en", "If you are one, ask the payroll desk of your office to register this WhatsApp number")):
        stranger = await staff("919811111111", lang=lang).tap("payroll:slip")
        left = await staff("919700000002", lang=lang).tap("payroll:slip")
        assert said in stranger.text and stranger.text == left.text, stranger.text
        assert "অণিমা" not in stranger.text and "Anima" not in stranger.text and not stranger.pdfs
