"""What the grievance service tells other departments, as versioned payload models (all version 1).

Routing keys are ``grievance.<entity>.<past-tense verb>``. A complainant is named by the pseudonymous
``person`` id (``shared.privacy``), never by a number: a department can count repeat complaints or join a
stay complaint to its booking, but cannot reach or identify the person. Places are LGD codes; a district the
directory does not list (a complaint placed in it as a whole, or about a stay there) is West Bengal's district key
(``purulia``), with no block or panchayat.
The service consumes ``tourism.complaint.raised`` (``StayComplaintRaised``, as the tourism service sends it).
"""
from __future__ import annotations

from datetime import UTC, date, datetime

from pydantic import BaseModel, Field

from services.grievance.domain import Ticket
from services.grievance.domain.ticket import ATR_CORRECTED
from shared.catalog import EventSpec
from shared.logging import mask_phone_text

LODGED = "grievance.ticket.lodged"
STATUS_CHANGED = "grievance.ticket.status_changed"
REPORT_CORRECTED = "grievance.ticket.report_corrected"
ESCALATED = "grievance.ticket.escalated"
HANDOFF_REQUESTED = "grievance.handoff.requested"
HANDOFF_ANSWERED = "grievance.handoff.answered"
RATED = "grievance.ticket.rated"
REOPENED = "grievance.ticket.reopened"
STAY_COMPLAINT = "tourism.complaint.raised"


class TicketFacts(BaseModel):
    number: str
    person: str
    category: str
    district: str
    block: str | None
    gp: str | None
    level: str
    status: str
    lodged_at: datetime
    due: date
    booking_number: str | None = None


class GrievanceLodged(TicketFacts):
    media: int
    located: bool


class GrievanceStatusChanged(TicketFacts):
    previous: str
    by: str
    reason: str | None = None


class ReportCorrected(TicketFacts):
    by: str
    report: str
    previous_report: str = Field("", description="The report this one replaces, as the person had read it, a phone "
                                 "number in it shown by its last four digits; empty from a service that did not "
                                 "send it")


class GrievanceEscalated(TicketFacts):
    from_level: str
    level_due: datetime


class HandoffRequested(TicketFacts):
    message: str


class HandoffAnswered(TicketFacts):
    by: str


class GrievanceRated(TicketFacts):
    rating: int


class GrievanceReopened(TicketFacts):
    reason: str
    times: int


class StayComplaintRaised(BaseModel):
    """``tourism.complaint.raised`` v1: ``contact`` is the guest's number sealed with the shared key; ``text``
    shows a phone number in it by its last four digits, ``sealed_text`` is the text whole, sealed the same way
    (empty from a tourism service that did not send it)."""

    booking_number: str
    person: str
    contact: str
    lang: str = "bn"
    property_id: str
    property_name: str
    property_name_bn: str = ""  # since tourism named the property in Bengali too; empty before
    district: str
    check_in: date
    text: str
    sealed_text: str = ""


def facts(ticket: Ticket) -> dict[str, object]:
    return {"number": ticket.number, "person": ticket.person, "category": ticket.category,
            "district": ticket.district, "block": ticket.block, "gp": ticket.gp, "level": ticket.level,
            "status": ticket.status, "lodged_at": ticket.lodged_at, "due": ticket.due,
            "booking_number": ticket.booking.number if ticket.booking else None}


def lodged(ticket: Ticket) -> GrievanceLodged:
    return GrievanceLodged(**facts(ticket), media=len(ticket.media),  # type: ignore[arg-type]
                           located=ticket.latitude is not None)


def status_changed(before: Ticket, after: Ticket, by: str) -> GrievanceStatusChanged:
    """``before`` is ``after`` when a retried message finds its change already stored: the history says
    what the status was."""
    earlier = [step.status for step in after.history[:-1] if step.status != after.status]
    previous = before.status if before.status != after.status or not earlier else earlier[-1]
    reason = mask_phone_text(after.reason) if after.status == "rejected" and after.reason is not None else None
    return GrievanceStatusChanged(**facts(after), previous=previous, by=by,  # type: ignore[arg-type]
                                  reason=reason)  # the office's words: a number written into them masked


def report_corrected(ticket: Ticket, by: str) -> ReportCorrected:
    """The action-taken report of a resolved complaint as ``by`` corrected it, and the one it replaces, which the
    person had read (kept in the note of the correction's step): the office's words, a phone number written into
    them masked."""
    note = ticket.history[-1].note if ticket.history else ""
    previous = note.removeprefix(ATR_CORRECTED) if note.startswith(ATR_CORRECTED) else ""
    return ReportCorrected(**facts(ticket), by=by, report=mask_phone_text(ticket.atr or ""),  # type: ignore[arg-type]
                           previous_report=mask_phone_text(previous))


def escalated(before: Ticket, after: Ticket) -> GrievanceEscalated:
    return GrievanceEscalated(**facts(after), from_level=before.level, level_due=after.level_due)  # type: ignore[arg-type]


def handoff(ticket: Ticket, message: str) -> HandoffRequested:
    """The person's words reach the office's queue; a phone number typed into them is masked on the way."""
    return HandoffRequested(**facts(ticket), message=mask_phone_text(message))  # type: ignore[arg-type]


def answered(ticket: Ticket, by: str) -> HandoffAnswered:
    return HandoffAnswered(**facts(ticket), by=by)  # type: ignore[arg-type]


def rated(ticket: Ticket) -> GrievanceRated:
    return GrievanceRated(**facts(ticket), rating=ticket.rating or 0)  # type: ignore[arg-type]


def reopened(ticket: Ticket, reason: str) -> GrievanceReopened:
    """The person's reason, as their message to an official (``handoff``): a phone number in it masked."""
    return GrievanceReopened(**facts(ticket), reason=mask_phone_text(reason),  # type: ignore[arg-type]
                             times=ticket.reopened)


def _catalog() -> tuple[EventSpec, ...]:
    at = datetime(2026, 12, 20, 5, 30, tzinfo=UTC)
    base = TicketFacts(number="GRV-2026-000123", person="p-3f9a0c41d2b7e65a18c4f0d9", category="water", district="703",
                       block="7035", gp="703506", level="gp", status="lodged", lodged_at=at, due=date(2026, 12, 27))
    fields = base.model_dump()
    moved = {**fields, "status": "in_progress"}
    return (
        EventSpec(LODGED, GrievanceLodged, "A complaint was lodged (on WhatsApp, or from a stay complaint).",
                  GrievanceLodged(**fields, media=1, located=True)),
        EventSpec(STATUS_CHANGED, GrievanceStatusChanged,
                  "An office changed a complaint's status; the person was told.",
                  GrievanceStatusChanged(**moved, previous="acknowledged", by="kalchini-gp-secretary")),
        EventSpec(REPORT_CORRECTED, ReportCorrected,
                  "An office corrected the action-taken report of a resolved complaint; the person was told.",
                  ReportCorrected(**{**fields, "status": "resolved"}, by="kalchini-gp-secretary",
                                  report="The tube well's pipe was replaced on Tuesday, not Monday.",
                                  previous_report="The tube well's pipe was replaced on Monday.")),
        EventSpec(ESCALATED, GrievanceEscalated, "A complaint passed its office's deadline and moved up a level.",
                  GrievanceEscalated(**{**moved, "level": "block"}, from_level="gp", level_due=at)),
        EventSpec(HANDOFF_REQUESTED, HandoffRequested, "The person asked to talk to an official about a complaint.",
                  HandoffRequested(**moved, message="When will the mechanic come?")),
        EventSpec(HANDOFF_ANSWERED, HandoffAnswered, "An official answered the person on WhatsApp.",
                  HandoffAnswered(**moved, by="kalchini-gp-secretary")),
        EventSpec(RATED, GrievanceRated, "The person accepted the resolution and rated it (1–5).",
                  GrievanceRated(**{**fields, "status": "closed"}, rating=4)),
        EventSpec(REOPENED, GrievanceReopened, "The person reopened a resolved or rejected complaint with a reason.",
                  GrievanceReopened(**{**fields, "status": "reopened"}, reason="The well is dry again.", times=1)),
    )


EVENTS = _catalog()
