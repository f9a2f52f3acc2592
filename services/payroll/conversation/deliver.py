"""Handing out a pay slip or a statement once the PIN is right: the PDF to the employee's own chat, an
audit event for the department (who, which document — no amounts), and the public record for the QR check.

The PDF is the answer's only message, and its caption says how to go on. A menu sent as a message of its
own would overtake the PDF: the sender sends a person's messages side by side, and a document first has to
be uploaded, so the menu arrived first every time.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from services.payroll import documents
from services.payroll.conversation import again, cloud, credit, doubt, home, recent, then
from services.payroll.conversation.turn import Turn
from services.payroll.domain import Slip, month_name, months_of, year_name
from services.payroll.domain.period import show_date
from shared.documents import new_code
from shared.documents.records import issued


def describe(turn: Turn, want: dict[str, Any]) -> str:
    if want.get("kind") == "statement":
        return turn.t("what_statement", year=year_name(want["year"], turn.lang))
    if want.get("kind") == "pay":  # one's salary asked after (``credit``): the month named, if one was
        month = want.get("month")
        return turn.t("what_pay_of", month=month_name(month, turn.lang)) if month else turn.t("what_pay")
    if want.get("kind") == "slips" and want.get("months"):  # several months named
        return turn.t("what_slips_of", months=", ".join(month_name(m, turn.lang) for m in want["months"]))
    if want.get("kind") == "slips":
        return turn.t("what_slips", count=int(want["count"]))
    return turn.t("what_slip", month=month_name(want["month"], turn.lang))


async def year_slips(turn: Turn, year: str) -> list[Slip]:
    months = set(months_of(year))
    return sorted((s for s in await turn.repos.slips.of_employee(turn.employee.id) if s.month in months),
                  key=lambda s: s.month)


async def missing(turn: Turn, want: dict[str, Any]) -> str | None:
    """Why ``want`` cannot be had (a text to show), or None when there is something to hand out."""
    if want.get("kind") == "statement":
        if not await year_slips(turn, want["year"]):
            return turn.t("no_year", year=year_name(want["year"], turn.lang))
        return None
    if want.get("kind") == "slips" and want.get("months"):  # those out are sent, the others said: none out, why
        months = list(want["months"])
        out = [m for m in months if await turn.repos.slips.get(turn.employee.id, m) is not None]
        return None if out else await home.no_month(turn, months[0])
    if want.get("kind") in ("pay", "slips"):  # pay: a month named and not out is said after the PIN, with the latest
        return None if await turn.repos.slips.of_employee(turn.employee.id) else turn.t("no_slips")
    if await turn.repos.slips.get(turn.employee.id, want["month"]) is None:
        return await home.no_month(turn, want["month"])
    return None


async def hand_out(turn: Turn, want: dict[str, Any]) -> None:
    """``again``: the document just sent asked for again (``again``), its caption saying it is a PDF."""
    if want.get("kind") == "statement":
        await _statement(turn, want["year"], sent_again=bool(want.get("again")))
    elif want.get("kind") == "pay":
        await credit.told(turn, want.get("month"))
    elif want.get("kind") == "slips" and want.get("months"):
        await _slips_of(turn, list(want["months"]), sent_again=bool(want.get("again")))
    elif want.get("kind") == "slips":
        await _slips(turn, int(want["count"]), sent_again=bool(want.get("again")))
    else:
        await _slip(turn, want["month"], deductions=bool(want.get("deductions")), earnings=bool(want.get("earnings")),
                    sent_again=bool(want.get("again")))


async def _slips(turn: Turn, count: int, *, sent_again: bool = False) -> None:
    """The latest ``count`` months' slips, the oldest first; when fewer months were paid, how many there are said."""
    latest = (await turn.repos.slips.of_employee(turn.employee.id))[:count]  # the newest first
    if not latest:  # withdrawn between the request and the PIN
        return await home.home(turn, hint=turn.t("no_slips"))
    fewer = turn.t("fewer_slips", count=len(latest)) if len(latest) < count else None
    await _each(turn, [slip.month for slip in reversed(latest)], {"kind": "slips", "count": count}, note=fewer,
                sent_again=sent_again)


async def _slips_of(turn: Turn, months: list[str], *, sent_again: bool = False) -> None:
    """The slips of the months named ("slips of august september october"), in the order named; which named months
    have none said (why, as for one month)."""
    out = [m for m in months if await turn.repos.slips.get(turn.employee.id, m) is not None]
    if not out:  # withdrawn between the request and the PIN
        return await home.home(turn, hint=await home.no_month(turn, months[0]))
    none = "\n".join([await home.no_month(turn, m) for m in months if m not in out]) or None
    await _each(turn, out, {"kind": "slips", "months": months}, note=none, sent_again=sent_again)


async def _each(turn: Turn, months: list[str], want: dict[str, Any], *, note: str | None, sent_again: bool) -> None:
    """Several slips sent together, each its own PDF: the last one's caption says how to go on (after ``note``);
    "abar pathan" next asks for all of them again (``want``)."""
    for n, month in enumerate(months, start=1):
        await _slip(turn, month, sent_again=sent_again, way_on=n == len(months), note=note)
    again.sent(turn, want)


async def _slip(turn: Turn, month: str, *, deductions: bool = False, earnings: bool = False, sent_again: bool = False,
                way_on: bool = True, note: str | None = None) -> None:
    """``deductions``: asked about ("amar PF kata hoyeche keno?"), listed in the caption, with whom to ask; so are
    ``earnings`` ("DA koto?"). Without
    ``way_on``, one of several sent together: its caption names it alone, the last one says how to go on (after
    ``note``)."""
    slip = await turn.repos.slips.get(turn.employee.id, month)
    if slip is None:  # re-issued or withdrawn between the request and the PIN
        return await home.home(turn, hint=await home.no_month(turn, month))
    credit_day = slip.figures.credit_date
    named = {"month": month_name(month, turn.lang), "number": slip.number}
    caption = turn.t("slip_caption", **named) if credit_day <= turn.today else \
        turn.t("slip_caption_ahead", **named, day=show_date(credit_day, turn.lang))
    caption = f"{caption}\n\n{doubt.deductions(turn, slip)}" if deductions else caption
    caption = f"{caption}\n\n{doubt.earnings(turn, slip)}" if earnings else caption
    if way_on:
        caption = _with_way_on(turn, f"{caption}\n\n{note}" if note else caption, sent_again)
    attachment = await documents.attachment(documents.slip_document(turn.employee, slip, turn.public_url, turn.today),
                                            f"{slip.number}.pdf", caption)
    turn.say(cloud.document(attachment.filename, caption), document=attachment)
    turn.audit("pay_slip", month, slip.number)
    turn.go("home")
    then.sent(turn, month)  # "the month before that" is read from it
    again.sent(turn, {"kind": "slip", "month": month, "deductions": deductions, "earnings": earnings})  # "abar pathan"


async def _statement(turn: Turn, year: str, *, sent_again: bool = False) -> None:
    slips = await year_slips(turn, year)
    if not slips:
        return await home.home(turn, hint=turn.t("no_year", year=year_name(year, turn.lang)))
    basis = [f"{s.month}:{s.revision}" for s in slips]
    previous = await turn.repos.statements.get(turn.employee.id, year)
    if previous is not None and previous["basis"] == basis:
        code, number, issued_on = previous["code"], previous["number"], previous["issued_on"]
    else:
        revision = 1 if previous is None else previous["revision"] + 1
        code, issued_on = new_code(), turn.today.isoformat()
        number = f"AS-{year}-{turn.employee.id}" + (f"-R{revision}" if revision > 1 else "")
        await turn.repos.statements.record(turn.employee.id, year, code=code, basis=basis, issued_on=turn.today,
                                           revision=revision, number=number, previous=previous)
        if previous is not None:
            turn.ctx.publish(*documents.withdrawn(previous["code"], "a newer statement includes changes"))
        record = documents.public_record(documents.STATEMENT, number, turn.employee, turn.today)
        turn.ctx.publish(*issued(documents.SERVICE, code, record))
    caption = _with_way_on(turn, turn.t("statement_caption", year=year_name(year, turn.lang), number=number),
                           sent_again)
    document = documents.statement_document(turn.employee, year, slips, code=code, number=number,
                                            issued_on=_day(issued_on), public_url=turn.public_url)
    attachment = await documents.attachment(document, f"{number}.pdf", caption)
    turn.say(cloud.document(attachment.filename, caption), document=attachment)
    turn.audit("salary_statement", year, number)
    turn.go("home")
    then.forget(turn.draft)  # "the one before" would be the statement's
    again.sent(turn, {"kind": "statement", "year": year})  # "khulche na" next: this one again


def _with_way_on(turn: Turn, caption: str, sent_again: bool = False) -> str:
    """``sent_again``: the line saying it is a PDF, and how to open it, first."""
    way_on = turn.t("after_document", name=turn.employee.name_in(turn.lang))
    first = turn.t("document_again") if sent_again else ""
    return "\n\n".join(part for part in (first, caption, way_on, recent.said(turn)) if part)


def _day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))
