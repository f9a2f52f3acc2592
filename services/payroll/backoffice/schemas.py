"""What the payroll back office accepts. Employees reuse the domain's own model so a rule lives in one
place; changes are partial bodies merged into the stored record and validated again as a whole. Pay
rows are rupees as the office's sheets hold them; the domain turns them into paise."""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from services.payroll.domain.employee import Account, Mobile, Names, Office, Pan, Status
from services.payroll.domain.sheet import KNOWN

Amount = float | int | str


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class EmployeeListing(Strict):
    limit: int = Field(default=100, ge=1, le=500, description="employees on this page")
    after: str | None = Field(default=None, max_length=40,
                              description="the previous page's `next`: the employees whose id comes after it")


class EmployeeChanges(Strict):
    name: Names | None = None
    designation: Names | None = None
    office: Office | None = None
    mobile: Mobile | None = None
    bank_account: Account | None = None
    bank_name: str | None = Field(default=None, max_length=60)
    pan: Pan | None = None
    status: Status | None = None


class PayRow(Strict):
    """One employee's month, in rupees (at most two decimals); missing components are zero."""

    employee_id: str
    name: str | None = Field(default=None, max_length=80,
                             description="optional, as the office's sheet has it, to check the id by: a name sharing "
                                         "no word with the employee's English or Bengali name refuses the row")
    basic: Amount
    da: Amount = 0
    hra: Amount = 0
    medical: Amount = 0
    other_earnings: Amount = 0
    gpf: Amount = 0
    ptax: Amount = 0
    tds: Amount = 0
    other_deductions: Amount = 0
    credit_date: str = Field(description="YYYY-MM-DD or day first (DD/MM/YYYY, DD-MM-YYYY, as Excel writes a date "
                                         "in India), the day the pay reached the bank: from the first day of the "
                                         "month paid to the last day of the second month after it")


class PayBatch(Strict):
    """A month's payroll as JSON; every row is checked before any is stored."""

    rows: list[dict[str, Any]] = Field(description="PayRow objects; checked row by row, numbered from 1")


class Reissue(Strict):
    """The corrected figures of one slip (all of them, in rupees) and why it was corrected."""

    figures: dict[str, Any] = Field(description="a PayRow without employee_id")
    reason: str = Field(min_length=3, max_length=200)


CSV_COLUMNS = (f"{', '.join(KNOWN)} (in any case; words split by a space, _ or -; a column with no name "
               "and nothing in it is passed over)")


def document_rows(description: dict[str, Any]) -> dict[str, Any]:
    """Point the free-form rows of the import and re-issue bodies at ``PayRow`` in the description: they are
    read as plain objects so that each bad row is reported by its number rather than refused wholesale."""
    found = description["components"]["schemas"]
    found["PayBatch"]["properties"]["rows"]["items"] = {"$ref": "#/components/schemas/PayRow"}
    found["Reissue"]["properties"]["figures"] = {"$ref": "#/components/schemas/PayRow"}
    return description
