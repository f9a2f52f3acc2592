"""The pay slip as printed: what stays together on paper when the slip runs onto a second page."""
from __future__ import annotations

import dataclasses
from datetime import date

from payroll_kit import PUBLIC_URL, START, employee, pay, pdf_text

from services.payroll import demo, documents, publishing
from services.payroll.domain import Employee, Figures, Slip
from services.payroll.repository import Repositories
from shared.documents import Row, render


def test_the_net_pay_and_its_words_in_both_languages_are_never_split_across_pages():
    """A slip made longer a fact at a time: wherever its first page ends, the net pay and its amount in
    Bengali and English words are on one page (once কথায় was left at the foot of page 1 and In words
    began page 2)."""
    who = Employee.model_validate(employee())
    paise = {k: int(v) * 100 for k, v in pay().items() if k not in ("employee_id", "credit_date")}
    figures = Figures.model_validate({**paise, "credit_date": "2026-02-28"})
    slip = Slip(employee_id=who.id, month="2026-02", figures=figures, batch="B", code="AAAA-BBBB-CCCC-DDDD",
                issued_on="2026-03-01")
    slip_document = documents.slip_document(who, slip, "https://panchayat.example.in")
    for extra in range(8):
        rows = [*slip_document.rows, *(Row("টীকা", "Note", f"line {n}") for n in range(extra))]
        pages = pdf_text(render(dataclasses.replace(slip_document, rows=rows))).split("\f")
        [page] = [p for p in pages if "Net pay: ₹28,400" in p]
        assert "কথায়: আঠাশ হাজার" in page and "In words: Rupees Twenty-Eight Thousand" in page, extra


def test_a_bengali_reader_is_told_too_that_the_public_check_never_shows_the_amounts():
    who = Employee.model_validate(employee())
    paise = {k: int(v) * 100 for k, v in pay().items() if k not in ("employee_id", "credit_date")}
    figures = Figures.model_validate({**paise, "credit_date": "2026-02-28"})
    slip = Slip(employee_id=who.id, month="2026-02", figures=figures, batch="B", code="AAAA-BBBB-CCCC-DDDD",
                issued_on="2026-03-01")
    printed = " ".join(pdf_text(render(documents.slip_document(who, slip, "https://panchayat.example.in"))).split())
    assert "never the amounts" in printed and "টাকার অঙ্ক কখনও নয়" in printed


def test_the_statement_says_in_bengali_how_many_months_were_paid_not_which_month():
    """Its count of months paid was labelled মাস (month): মাস / Months paid 9 read as the ninth month."""
    who = Employee.model_validate(employee())
    paise = {k: int(v) * 100 for k, v in pay().items() if k not in ("employee_id", "credit_date")}
    slips = [Slip(employee_id=who.id, month=m, figures=Figures.model_validate({**paise, "credit_date": f"{m}-28"}),
                  batch="B", code="AAAA-BBBB-CCCC-DDDD", issued_on="2026-03-01")
             for m in ("2025-04", "2025-05", "2025-06")]
    document = documents.statement_document(who, "2025-26", slips, code="AAAA-BBBB-CCCC-DDDD", number="AS-1",
                                            issued_on=date(2026, 4, 1), public_url="https://panchayat.example.in")
    [paid] = [row for row in document.rows if row.label_en == "Months paid"]
    assert (paid.label_bn, paid.value) == ("বেতন পাওয়া মাস", "3")
    assert "বেতনপাওয়ামাস/Monthspaid" in "".join(pdf_text(render(document)).split())


def test_the_slip_says_it_is_for_the_employee_alone_as_a_slip_and_the_statement_as_a_statement():
    """The monthly slip said 'This statement is for the employee alone', the annual statement's words."""
    who = Employee.model_validate(employee())
    paise = {k: int(v) * 100 for k, v in pay().items() if k not in ("employee_id", "credit_date")}
    figures = Figures.model_validate({**paise, "credit_date": "2026-02-28"})
    slip = Slip(employee_id=who.id, month="2026-02", figures=figures, batch="B", code="AAAA-BBBB-CCCC-DDDD",
                issued_on="2026-03-01")
    on_slip = " ".join(pdf_text(render(documents.slip_document(who, slip, "https://panchayat.example.in"))).split())
    statement = documents.statement_document(who, "2025-26", [slip], code="AAAA-BBBB-CCCC-DDDD", number="AS-1",
                                             issued_on=date(2026, 4, 1), public_url="https://panchayat.example.in")
    on_statement = " ".join(pdf_text(render(statement)).split())
    assert "This pay slip is for the employee alone." in on_slip and "This statement" not in on_slip
    assert "এইবেতনবিবরণীকেবলকর্মচারীরনিজেরজন্য" in on_slip.replace(" ", "")
    assert "This statement is for the employee alone." in on_statement
    assert "এইবার্ষিকবেতনবিবরণীকেবলকর্মচারীরনিজেরজন্য" in on_statement.replace(" ", "")


async def test_demo_slips_are_issued_early_the_next_month_and_an_office_import_the_day_it_is_made(make_runtime):
    """Every demo slip was dated the day the demo loaded: an October 2025 slip 'issued' on 10-03-2026."""
    runtime = await make_runtime(load_demo=True)
    repos = Repositories.of(runtime.store)
    issued = {m: (await repos.slips.get("GP-PUR-0012", m)).issued_on for m in ("2025-01", "2025-10", "2026-02")}
    assert issued == {"2025-01": date(2025, 2, 3), "2025-10": date(2025, 11, 3), "2026-02": date(2026, 3, 2)}
    who = await repos.employees.get("GP-PUR-0012")
    october = await repos.slips.get("GP-PUR-0012", "2025-10")
    printed = "".join(pdf_text(render(documents.slip_document(who, october, PUBLIC_URL))).split())
    assert "Issuedon:৩নভেম্বর২০২৫/3November2025" in printed and "Date:৩নভেম্বর২০২৫/3November2025" in printed
    await repos.employees.add(Employee.model_validate(employee()))
    await publishing.import_batch(runtime.context, "2026-02", [pay()], 1, by="test")
    assert (await repos.slips.get("GP-TEST-0001", "2026-02")).issued_on == START.date()


def test_a_demo_month_is_never_issued_after_the_day_the_demo_loads():
    assert demo.issue_day("2026-02", date(2026, 3, 1)) == date(2026, 3, 1)  # a Sunday: Monday the 2nd is to come
    assert demo.issue_day("2025-12", date(2026, 3, 1)) == date(2026, 1, 1)
