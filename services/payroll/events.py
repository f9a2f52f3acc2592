"""What the payroll service tells other departments, as versioned payload models.

Routing keys are ``payroll.<entity>.<past-tense verb>``. Pay is private to the employee, so no event
carries an amount, a PIN or a phone number: the employee is named by the pseudonymous ``person`` id (and
by their employee id, which the audit office needs to follow an access). ``payroll.document.accessed`` is
the audit trail of every slip and statement handed out, and of a slip's pay told in the chat ("where is my
salary"); the ``payroll.document.issued/superseded`` events feed the public verification page, which shows a slip's
number, holder and status and nothing more.
"""
from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from shared import privacy
from shared.catalog import EventSpec, document_events

LOCKED = "payroll.access.locked"
RESET = "payroll.access.reset"
ACCESSED = "payroll.document.accessed"
PUBLISHED = "payroll.slips.published"
REISSUED = "payroll.slip.reissued"


class AccessLocked(BaseModel):
    person: str
    employee_id: str
    locked_until: datetime
    tries: int = Field(description="wrong PINs in a row that caused the lock")
    until_reset: bool = Field(False, description="the third lock in a row: it holds until the office resets the PIN, "
                                                 "whatever locked_until says")


class AccessReset(BaseModel):
    person: str
    employee_id: str
    by: str = Field(description="the back-office token's name")


class DocumentAccessed(BaseModel):
    person: str
    employee_id: str
    kind: Literal["pay_slip", "salary_statement"]
    period: str = Field(description="YYYY-MM for a slip, YYYY-YY (a financial year) for a statement")
    number: str


class SlipsPublished(BaseModel):
    batch: str
    month: str
    slips: int = Field(description="how many employees' slips the batch published")
    by: str


class SlipReissued(BaseModel):
    person: str
    employee_id: str
    month: str
    number: str
    revision: int
    reason: str


def person(mobile: str) -> str:
    return privacy.current().person_id(mobile)


def _catalog() -> tuple[EventSpec, ...]:
    who = {"person": "p-3f9a0c41d2b7e65a18c4f0d9", "employee_id": "GP-PUR-0012"}
    return (
        EventSpec(LOCKED, AccessLocked,
                  "Five wrong PINs in a row: payroll is locked for the employee for 30 minutes; the third lock in a "
                  "row holds until the office resets the PIN (until_reset).",
                  AccessLocked(**who, locked_until=datetime(2026, 3, 1, 6, 0), tries=5)),
        EventSpec(RESET, AccessReset, "The payroll office reset a forgotten PIN; the next chat sets a new one.",
                  AccessReset(**who, by="payroll-office-purulia")),
        EventSpec(ACCESSED, DocumentAccessed, "A pay slip or salary statement was handed to its employee (audit).",
                  DocumentAccessed(**who, kind="pay_slip", period="2026-02", number="PS-2026-02-GP-PUR-0012")),
        EventSpec(PUBLISHED, SlipsPublished, "A month's payroll was imported; each employee was told.",
                  SlipsPublished(batch="B-2026-02-001", month="2026-02", slips=42, by="payroll-office-purulia")),
        EventSpec(REISSUED, SlipReissued, "A corrected slip replaced the month's slip of one employee.",
                  SlipReissued(**who, month="2026-02", number="PS-2026-02-GP-PUR-0012-R2", revision=2,
                               reason="arrear of DA left out")),
        *document_events("payroll", "pay_slip", "PS-2026-02-GP-PUR-0012", "Anima Mahato",
                         "Jhalda-I Block · Purulia"),
    )


EVENTS = _catalog()
