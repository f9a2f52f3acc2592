"""A month's pay for one employee, component by component, in whole paise.

Gross and net are never stored: they are sums of the components, so a slip cannot disagree with itself.
A corrected slip is a new revision with a new verification code; the old code shows as superseded.
"""
from __future__ import annotations

from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field, model_validator

from services.payroll.domain.period import MONTH

# (field, Bengali, English): the order they are printed in
EARNINGS = (("basic", "মূল বেতন", "Basic pay"), ("da", "মহার্ঘ ভাতা", "Dearness allowance (DA)"),
            ("hra", "বাড়িভাড়া ভাতা", "House rent allowance (HRA)"), ("medical", "চিকিৎসা ভাতা", "Medical allowance"),
            ("other_earnings", "অন্যান্য আয়", "Other earnings"))
DEDUCTIONS = (("gpf", "জিপিএফ / সিপিএফ", "GPF / CPF"), ("ptax", "বৃত্তিকর", "Professional tax"),
              ("tds", "আয়কর (টিডিএস)", "Income tax (TDS)"), ("other_deductions", "অন্যান্য কাটা", "Other deductions"))
COMPONENTS = tuple(name for name, _, _ in (*EARNINGS, *DEDUCTIONS))
MOST = 1_00_00_000_00  # ₹1 crore a month: anything above is a typing error, not a salary


class Figures(BaseModel):
    """The components of one month's pay; every amount is whole paise, none negative."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    basic: int = Field(ge=0, le=MOST)
    da: int = Field(default=0, ge=0, le=MOST)
    hra: int = Field(default=0, ge=0, le=MOST)
    medical: int = Field(default=0, ge=0, le=MOST)
    other_earnings: int = Field(default=0, ge=0, le=MOST)
    gpf: int = Field(default=0, ge=0, le=MOST)
    ptax: int = Field(default=0, ge=0, le=MOST)
    tds: int = Field(default=0, ge=0, le=MOST)
    other_deductions: int = Field(default=0, ge=0, le=MOST)
    credit_date: date

    @model_validator(mode="after")
    def _not_below_zero(self) -> Figures:
        if self.deductions > self.gross:
            raise ValueError("deductions are more than the gross pay")
        return self

    @property
    def gross(self) -> int:
        return sum(getattr(self, name) for name, _, _ in EARNINGS)

    @property
    def deductions(self) -> int:
        return sum(getattr(self, name) for name, _, _ in DEDUCTIONS)

    @property
    def net(self) -> int:
        return self.gross - self.deductions


class Correction(BaseModel):
    """Who re-issued a slip as ``revision``, when and why: for the office, never on the slip or in the chat."""

    revision: int = Field(ge=2)
    at: datetime
    by: str
    reason: str


class Slip(BaseModel):
    """The slip of ``employee_id`` for ``month``; ``revision`` 1 is the import, higher ones re-issues."""

    model_config = ConfigDict(extra="forbid")

    employee_id: str
    month: str = Field(pattern=MONTH.pattern)
    figures: Figures
    batch: str
    revision: int = Field(default=1, ge=1)
    code: str
    issued_on: date
    superseded: list[str] = Field(default_factory=list, description="codes of earlier revisions")
    corrections: list[Correction] = Field(default_factory=list, description="who re-issued it, when and why")

    @property
    def id(self) -> str:
        return slip_id(self.employee_id, self.month)

    @property
    def number(self) -> str:
        base = f"PS-{self.month}-{self.employee_id}"
        return base if self.revision == 1 else f"{base}-R{self.revision}"


def slip_id(employee_id: str, month: str) -> str:
    """One slip per employee and month: the key makes a replayed import land on the same record."""
    return f"{employee_id}:{month}"


def totals(slips: list[Slip]) -> dict[str, int]:
    """Per component, and gross / deductions / net, over a year's slips: the statement's last line."""
    summed = {name: sum(getattr(s.figures, name) for s in slips) for name in COMPONENTS}
    return {**summed, "gross": sum(s.figures.gross for s in slips),
            "deductions": sum(s.figures.deductions for s in slips), "net": sum(s.figures.net for s in slips)}
