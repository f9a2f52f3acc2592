"""The public record of an issued document, and the events that carry it to the gateway.

Each service owns its documents in its own database; the gateway owns the public verification page. To
keep both true, a service publishes ``<service>.document.issued`` when it issues a document and
``<service>.document.revoked`` / ``<service>.document.superseded`` when it withdraws one; the gateway
keeps its own copy of what may be shown. ``PublicRecord`` is that copy's whole vocabulary — number,
holder's name, dates, status, kind and issuing office, and a building permission's plot — so nothing private
(phone, address, amounts, reasons) can reach the public page by accident.

The plot is there because a permission is for one plot: without it a genuine letter for one plot passes for
another of the same holder. It is named only as the land records name it (mouza, JL no., khatian, dag), numbers
of a public register that the letter prints and that is kept at the site, never an address, an area or an
owner. A trade NOC's premises is an address (holding, village, post office) and stays off the page.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Literal, cast

from pydantic import BaseModel, ConfigDict, Field

from shared.india import INDIA, today_in_india  # noqa: F401 - re-exported for this module's users

Status = Literal["valid", "expired", "revoked", "superseded"]
Withdrawal = Literal["revoked", "superseded"]

# A withdrawal outranks an issue, and revocation outranks being superseded: whatever order the events
# arrive in, the stored status is the highest-ranked one seen, so a late "issued" cannot resurrect a
# revoked document.
RANK: dict[str, int] = {"valid": 0, "superseded": 1, "revoked": 2}

KINDS: dict[str, tuple[str, str]] = {
    "building_permission": ("ভবন নির্মাণের অনুমতিপত্র", "Building permission"),
    "trade_noc": ("ব্যবসার অনাপত্তি শংসাপত্র", "Trade NOC"),
    "booking_voucher": ("বুকিং ভাউচার", "Booking voucher"),
    "pay_slip": ("বেতন বিবরণী", "Pay slip"),
    "salary_statement": ("বার্ষিক বেতন বিবরণী", "Annual salary statement"),
    "action_taken_report": ("গৃহীত ব্যবস্থার প্রতিবেদন", "Action-taken report"),
}


class PublicPlot(BaseModel):
    """A building permission's plot, as its letter prints it; nothing else of the land."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    mouza: str = Field(min_length=1)
    jl_no: str = Field(min_length=1, description="the mouza's jurisdiction list number")
    khatian: str = Field(min_length=1)
    dag_no: str = Field(min_length=1, description="the plot (dag) number")


class PublicRecord(BaseModel):
    """Everything the verification page may show about a document, and nothing more."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="e.g. building_permission, pay_slip")
    number: str = Field(min_length=1, description="the document's human-readable number")
    holder_name: str = Field(min_length=1)
    office_en: str = Field(min_length=1, description="the issuing office, in English")
    office_bn: str = Field(default="", description="the issuing office, in Bengali")
    issued_on: date
    valid_from: date | None = Field(default=None, description="the first day it may be used, when that is not the "
                                    "day it was issued (a stay's check-in)")
    valid_until: date | None = None
    status: Status = "valid"
    plot: PublicPlot | None = Field(default=None, description="a building permission's plot; none for any other "
                                    "kind, and none in a record stored before plots were shown")


PUBLIC_FIELDS: tuple[str, ...] = tuple(PublicRecord.model_fields)


class DocumentIssued(PublicRecord):
    """Payload of ``<service>.document.issued``; a newer publisher may add fields, which are ignored."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    code: str = Field(min_length=1)
    status: Literal["valid"] = "valid"


class DocumentWithdrawn(BaseModel):
    """Payload of ``<service>.document.revoked`` / ``.superseded``; the reason stays with the service."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    code: str = Field(min_length=1)
    reason: str = ""


def issued(service: str, code: str, record: PublicRecord) -> tuple[str, dict[str, Any]]:
    """``(type, payload)`` for ``Envelope.caused(*issued(...), source=service)``."""
    payload = DocumentIssued(code=code, **record.model_dump(exclude={"status"}))
    return f"{service}.document.issued", payload.model_dump(mode="json")


def revoked(service: str, code: str, reason: str) -> tuple[str, dict[str, Any]]:
    return f"{service}.document.revoked", DocumentWithdrawn(code=code, reason=reason).model_dump(mode="json")


def superseded(service: str, code: str, reason: str) -> tuple[str, dict[str, Any]]:
    return f"{service}.document.superseded", DocumentWithdrawn(code=code, reason=reason).model_dump(mode="json")


def status_on(stored: str, valid_until: date | None, today: date) -> Status:
    """What the page says today: a valid document past its last valid day shows as expired."""
    if stored == "valid" and valid_until is not None and today > valid_until:
        return "expired"
    return cast(Status, stored)


def kind_label(kind: str | None) -> tuple[str, str]:
    """(Bengali, English) name of a document kind; an unknown kind is shown by its own words."""
    if kind is None:
        return ("নথি", "Document")
    return KINDS.get(kind, (kind.replace("_", " ").capitalize(),) * 2)
