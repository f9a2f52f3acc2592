"""What the permit service tells other departments, as versioned payload models.

Routing keys are ``permit.<entity>.<past-tense verb>``. The applicant is named by a pseudonymous
``person`` id (``shared.privacy``), never by their mobile; plot details stay with the service. The
verification page is fed separately by ``permit.document.issued`` / ``.revoked`` (``shared.documents``), which
carry the public record: a letter's plot as it prints it (mouza, JL no., khatian, dag), for the page to show.
"""
from __future__ import annotations

from datetime import UTC, date, datetime

from pydantic import BaseModel

from services.permit.domain import Application
from shared import privacy
from shared.casework import StatusChange
from shared.catalog import EventSpec, document_events
from shared.documents.records import PublicPlot
from shared.logging import mask_phone_text

STATUS_CHANGED = "permit.application.status_changed"
LETTER_ISSUED = "permit.letter.issued"
LETTER_DOWNLOADED = "permit.letter.downloaded"


class ApplicationFacts(BaseModel):
    number: str
    person: str
    gp: str
    block: str
    district: str


class ApplicationStatusChanged(ApplicationFacts):
    previous: str  # empty when the application has just arrived; the status itself when the office corrected its note
    status: str
    at: datetime
    note: str  # a rejection's or revocation's reason, an approval's memo number, the office's note to the applicant
    # on a move to scrutiny or fee; a phone number in it masked (last four digits), as in the logs


class LetterIssued(ApplicationFacts):
    memo_no: str
    issued_on: date
    valid_until: date
    use: str
    floors: int
    built_up_area: float
    fee: int


class LetterDownloaded(ApplicationFacts):
    pass


def facts(application: Application) -> dict[str, str]:
    return {"number": application.number, "person": privacy.current().person_id(application.mobile),
            "gp": application.gp.code, "block": application.gp.block, "district": application.gp.district}


def status_changed(application: Application, change: StatusChange, previous: str) -> tuple[str, BaseModel]:
    return STATUS_CHANGED, ApplicationStatusChanged(**facts(application), previous=previous, status=change.status,
                                                    at=change.at, note=mask_phone_text(change.note))


def letter_issued(application: Application) -> tuple[str, BaseModel]:
    issue = application.issue
    if issue is None:
        raise ValueError(f"{application.number} has no letter")
    return LETTER_ISSUED, LetterIssued(**facts(application), memo_no=issue.memo_no, issued_on=issue.issued_on,
                                       valid_until=issue.valid_until, use=application.use, floors=application.floors,
                                       built_up_area=application.built_up_area, fee=application.fee)


def letter_downloaded(application: Application) -> tuple[str, BaseModel]:
    return LETTER_DOWNLOADED, LetterDownloaded(**facts(application))


def _catalog() -> tuple[EventSpec, ...]:
    facts_ = {"number": "BP/PUR/2026/000123", "person": "p-3f9a0c41d2b7e65a18c4f0d9", "gp": "baghmundi",
              "block": "Baghmundi", "district": "Purulia"}
    changed = ApplicationStatusChanged(**facts_, previous="under_scrutiny", status="fee_pending",
                                       at=datetime(2026, 12, 1, 6, 0, tzinfo=UTC), note="")
    issued = LetterIssued(**facts_, memo_no="BGM/GP/BP/112/2026", issued_on=date(2026, 12, 1),
                          valid_until=date(2029, 11, 30), use="residential", floors=2, built_up_area=118.5, fee=2400)
    return (
        EventSpec(STATUS_CHANGED, ApplicationStatusChanged,
                  "A building-permission application arrived or moved: scrutiny, fee, approval, rejection, revocation; "
                  "or the office corrected its note on the current move (previous equals status, the new note).",
                  changed),
        EventSpec(LETTER_ISSUED, LetterIssued, "A building permission was approved and its letter issued.", issued),
        EventSpec(LETTER_DOWNLOADED, LetterDownloaded, "The applicant downloaded the permission letter on WhatsApp.",
                  LetterDownloaded(**facts_)),
        *document_events("permit", "building_permission", "BP/PUR/2026/000123", "রিনা দাস / Rina Das",
                         "Baghmundi Gram Panchayat",
                         PublicPlot(mouza="Baghmundi", jl_no="112", khatian="457", dag_no="1023")),
    )


EVENTS = _catalog()
