"""What the NOC service tells other departments, as versioned payload models.

Routing keys are ``noc.<entity>.<verb>``; the issue's ``noc.status_changed`` is published as
``noc.certificate.status_changed`` so it follows the system's ``<service>.<entity>.<verb>`` rule like every
other key. The holder is named by a pseudonymous ``person`` id, never by their mobile. The verification
page is fed separately by ``noc.document.issued`` / ``.revoked`` (``shared.documents``).
"""
from __future__ import annotations

from datetime import UTC, date, datetime

from pydantic import BaseModel

from services.noc.domain import Noc
from shared import privacy
from shared.casework import StatusChange
from shared.catalog import EventSpec, document_events
from shared.logging import mask_phone_text

STATUS_CHANGED = "noc.certificate.status_changed"
ISSUED = "noc.certificate.issued"
DOWNLOADED = "noc.certificate.downloaded"
RENEWAL_DUE = "noc.renewal.due"


class CertificateFacts(BaseModel):
    number: str
    person: str
    trade_name: str
    category: str
    gp: str
    block: str
    district: str


class CertificateStatusChanged(CertificateFacts):
    previous: str  # empty when the application has just arrived; the status itself when the office corrected its note
    status: str
    at: datetime
    note: str  # a rejection's or revocation's reason, an approval's memo number, the office's note to the holder on
    # a move to scrutiny or fee; a phone number in it masked (last four digits), as in the logs


class CertificateIssued(CertificateFacts):
    memo_no: str
    valid_from: date
    valid_until: date
    term_years: int
    fee: int


class CertificateDownloaded(CertificateFacts):
    pass


class RenewalDue(CertificateFacts):
    valid_until: date
    days_left: int


def facts(noc: Noc) -> dict[str, str]:
    return {"number": noc.number, "person": privacy.current().person_id(noc.mobile), "trade_name": noc.trade_name,
            "category": noc.category, "gp": noc.gp.code, "block": noc.gp.block, "district": noc.gp.district}


def status_changed(noc: Noc, change: StatusChange, previous: str) -> tuple[str, BaseModel]:
    return STATUS_CHANGED, CertificateStatusChanged(**facts(noc), previous=previous, status=change.status,
                                                    at=change.at, note=mask_phone_text(change.note))


def issued(noc: Noc) -> tuple[str, BaseModel]:
    if noc.issue is None:
        raise ValueError(f"{noc.number} has no certificate")
    return ISSUED, CertificateIssued(**facts(noc), memo_no=noc.issue.memo_no, valid_from=noc.issue.issued_on,
                                     valid_until=noc.issue.valid_until, term_years=noc.term_years, fee=noc.fee)


def downloaded(noc: Noc) -> tuple[str, BaseModel]:
    return DOWNLOADED, CertificateDownloaded(**facts(noc))


def renewal_due(noc: Noc, today: date) -> RenewalDue:
    assert noc.issue is not None
    return RenewalDue(**facts(noc), valid_until=noc.issue.valid_until, days_left=(noc.issue.valid_until - today).days)


def _catalog() -> tuple[EventSpec, ...]:
    facts_ = {"number": "TNOC/2026/000045", "person": "p-3f9a0c41d2b7e65a18c4f0d9", "trade_name": "Maa Tara Bastralaya",
              "category": "retail", "gp": "baghmundi", "block": "Baghmundi", "district": "Purulia"}
    return (
        EventSpec(STATUS_CHANGED, CertificateStatusChanged,
                  "A trade NOC application arrived or moved, or the office corrected its note on the current move "
                  "(previous equals status, the new note).",
                  CertificateStatusChanged(**facts_, previous="fee_pending", status="approved",
                                           at=datetime(2026, 12, 1, 6, 0, tzinfo=UTC), note="BGM/GP/TNOC/45/2026")),
        EventSpec(ISSUED, CertificateIssued, "A trade NOC was issued for one or three years.",
                  CertificateIssued(**facts_, memo_no="BGM/GP/TNOC/45/2026", valid_from=date(2026, 12, 1),
                                    valid_until=date(2027, 11, 30), term_years=1, fee=500)),
        EventSpec(DOWNLOADED, CertificateDownloaded, "The holder downloaded the certificate on WhatsApp.",
                  CertificateDownloaded(**facts_)),
        EventSpec(RENEWAL_DUE, RenewalDue, "A trade NOC runs out within 30 days; its holder was reminded to renew.",
                  RenewalDue(**facts_, valid_until=date(2027, 11, 30), days_left=30)),
        *document_events("noc", "trade_noc", "TNOC/2026/000045", "রিনা দাস / Rina Das", "Baghmundi Gram Panchayat"),
    )


EVENTS = _catalog()
