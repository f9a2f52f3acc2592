"""The pay slip and the annual salary statement as bilingual PDFs with a QR code to the public check.

How they look is ``shared.documents``'; this module only says what they state. What the verification page
may show is the ``PublicRecord``: the number, the employee's name, the office, the date and the status —
never a figure. Rendering is CPU work, so it runs in a worker thread.
"""
from __future__ import annotations

import base64
from datetime import date

from services.payroll.domain import (
    DEDUCTIONS,
    EARNINGS,
    Employee,
    Slip,
    in_words,
    local_digits,
    masked,
    month_name,
    months_of,
    plain,
    rupees,
    totals,
    year_name,
)
from services.payroll.domain.period import both_month_names, show_date
from shared.chat import Document as Attachment
from shared.documents import Column, Document, Office, Row, Table, Together, verify_url
from shared.documents.records import PublicRecord, issued, superseded
from shared.documents.workers import render_async

SERVICE = "payroll"
SLIP, STATEMENT = "pay_slip", "salary_statement"
SHORT_EN = {"ptax": "Prof. tax"}  # a statement column is narrow: no heading word may be wider than it


def private(what_bn: str, what_en: str) -> str:
    """Who the paper is for, naming it as its title does: a pay slip said 'This statement', the annual one's word."""
    return (f"এই {what_bn} কেবল কর্মচারীর নিজের জন্য। এর কোড দিয়ে যে কেউ যাচাই করলে শুধু নম্বর, ধারক ও অবস্থা "
            f"দেখতে পান, টাকার অঙ্ক কখনও নয়। / This {what_en} is for the employee alone. The public check of its code "
            "shows its number, holder and status, never the amounts.")


def office_of(employee: Employee) -> Office:
    """Block and district are known only in English, so the address is given once, in English; a Bengali
    address made of the same English words printed the address twice."""
    where = employee.office
    return Office(name_bn=where.name.bn, name_en=where.name.en,
                  address_en=f"{where.block} Block, {where.district} District")


def _who(employee: Employee) -> list[Row]:
    return [Row("কর্মচারী", "Employee", f"{employee.name.bn} / {employee.name.en}"),
            Row("কর্মচারী নং", "Employee ID", employee.id),
            Row("পদ", "Designation", f"{employee.designation.bn} / {employee.designation.en}"),
            Row("ব্যাংক হিসাব", "Bank account",
                " ".join(p for p in (employee.bank_name, masked(employee.bank_account)) if p)),
            Row("প্যান", "PAN", masked(employee.pan))]


def _side_by_side(slip: Slip) -> list[list[str]]:
    """Earnings and deductions in facing columns, as a pay slip is read: one line per component."""
    def cells(parts: tuple[tuple[str, str, str], ...], i: int) -> list[str]:
        if i >= len(parts):
            return ["", ""]
        name, bn, en = parts[i]
        return [f"{bn} / {en}", rupees(getattr(slip.figures, name))]
    return [[*cells(EARNINGS, i), *cells(DEDUCTIONS, i)] for i in range(max(len(EARNINGS), len(DEDUCTIONS)))]


def slip_document(employee: Employee, slip: Slip, public_url: str, today: date | None = None) -> Document:
    """``today`` (in India): until the credit day, the slip says the pay is to be credited on it, not that it was,
    as a pay run is often uploaded days before the pay reaches the bank."""
    figures = slip.figures
    ahead = today is not None and figures.credit_date > today
    columns = (Column("আয়", "Earnings", 2.6), Column("টাকা", "Amount", 1, "R"), Column("কাটা", "Deductions", 2.6),
               Column("টাকা", "Amount", 1, "R"))
    return Document(
        title_bn="বেতন বিবরণী", title_en="Pay Slip", office=office_of(employee), number=slip.number,
        verify_url=verify_url(public_url, slip.code), code=slip.code, issued_on=slip.issued_on,
        rows=[*_who(employee), Row("মাস", "Month", both_month_names(slip.month)),
              Row("টাকা জমা হবে" if ahead else "টাকা জমার তারিখ", "To be credited on" if ahead else "Credited on",
                  f"{show_date(figures.credit_date, 'bn')} / {show_date(figures.credit_date, 'en')}")],
        tables=[Table(columns, _side_by_side(slip), ["মোট আয় / Gross", rupees(figures.gross),
                                                     "মোট কাটা / Total deductions", rupees(figures.deductions)])],
        paragraphs=[_with_words(f"নিট প্রাপ্য / Net pay: {rupees(figures.net)}", figures.net),
                    *([f"সংশোধিত বিবরণী (সংস্করণ {local_digits(str(slip.revision), 'bn')}) / "
                       f"Corrected slip (revision {slip.revision})"]
                      if slip.revision > 1 else []), private("বেতন বিবরণী", "pay slip")])


def statement_document(employee: Employee, year: str, slips: list[Slip], *, code: str, number: str,
                       issued_on: date, public_url: str) -> Document:
    by_month = {s.month: s for s in slips}
    shown = [by_month[m] for m in months_of(year) if m in by_month]
    sums = totals(shown)
    earned = [Column(bn, SHORT_EN.get(n, en.split(" (")[0]), 1, "R") for n, bn, en in EARNINGS]
    kept = [Column(bn, SHORT_EN.get(n, en.split(" (")[0]), 1, "R") for n, bn, en in DEDUCTIONS]
    return Document(
        title_bn="বার্ষিক বেতন বিবরণী", title_en="Annual Salary Statement", office=office_of(employee),
        number=number, verify_url=verify_url(public_url, code), code=code, issued_on=issued_on,
        rows=[*_who(employee), Row("আর্থিক বছর", "Financial year", f"{year_name(year, 'bn')} / {year_name(year, 'en')}"),
              Row("বেতন পাওয়া মাস", "Months paid", str(len(shown)))],
        tables=[Table([_named("আয় (টাকা)", "Earnings (₹)"), *earned, Column("মোট আয়", "Gross", 1.1, "R")],
                      [[month_name(s.month, "en"), *(plain(getattr(s.figures, n)) for n, _, _ in EARNINGS),
                        plain(s.figures.gross)] for s in shown],
                      ["মোট / Total", *(plain(sums[n]) for n, _, _ in EARNINGS), plain(sums["gross"])]),
                Table([_named("কাটা ও নিট (টাকা)", "Deductions and net (₹)"), *kept,
                       Column("মোট কাটা", "Deductions", 1.1, "R"), Column("নিট", "Net", 1.1, "R")],
                      [[month_name(s.month, "en"), *(plain(getattr(s.figures, n)) for n, _, _ in DEDUCTIONS),
                        plain(s.figures.deductions), plain(s.figures.net)] for s in shown],
                      ["মোট / Total", *(plain(sums[n]) for n, _, _ in DEDUCTIONS), plain(sums["deductions"]),
                       plain(sums["net"])])],
        paragraphs=[f"মোট আয় / Total gross: {rupees(sums['gross'])}",
                    f"মোট আয়কর (টিডিএস) / Total income tax deducted (TDS): {rupees(sums['tds'])}",
                    _with_words(f"মোট নিট প্রাপ্য / Total net pay: {rupees(sums['net'])}", sums["net"]),
                    private("বার্ষিক বেতন বিবরণী", "statement")])


def _with_words(line: str, paise: int) -> Together:
    """The net pay with its amount in Bengali and English words, kept on one page: the three read as one."""
    return Together([line, f"কথায়: {in_words(paise, 'bn')}", f"In words: {in_words(paise, 'en')}"])


def _named(bn: str, en: str) -> Column:
    """The month column, headed with what its table holds. A caption above the table could be left at the
    foot of one page with the table on the next; a heading goes with the table and comes again on each page."""
    return Column(bn, en, 1.6)


def public_record(kind: str, number: str, employee: Employee, issued_on: date) -> PublicRecord:
    office = office_of(employee)
    return PublicRecord(kind=kind, number=number, holder_name=f"{employee.name.bn} / {employee.name.en}",
                        office_en=office.name_en,
                        office_bn=office.name_bn, issued_on=issued_on)


def slip_issued(employee: Employee, slip: Slip) -> tuple[str, dict[str, object]]:
    return issued(SERVICE, slip.code, public_record(SLIP, slip.number, employee, slip.issued_on))


def withdrawn(code: str, reason: str = "re-issued with corrections") -> tuple[str, dict[str, object]]:
    return superseded(SERVICE, code, reason)


async def attachment(document: Document, filename: str, caption: str) -> Attachment:
    pdf = await render_async(document)
    return Attachment(filename=filename, data_b64=base64.b64encode(pdf).decode(), caption=caption)
