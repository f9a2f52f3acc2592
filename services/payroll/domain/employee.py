"""A panchayat employee as payroll knows them: who they are, where they work, where their pay goes.

The registered mobile is the key to the chat: a slip goes to that number and no other, unless WhatsApp took
the employee to their business-scoped id because the number was given to someone else (``moved_to``): then the
id is the key, and the number, now a stranger's, finds nobody, until the office registers it to another employee
(an office SIM handed on to the next clerk), whom it then finds. Bank account
and PAN are kept whole for the payroll office but only ever shown masked, ``XXXX`` and the last four
characters whatever the length, on the chat and on the slip alike, so a forwarded slip does not hand out
an account number.
"""
from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from shared.chat import USER_ID, number_hidden

EmployeeId = Annotated[str, StringConstraints(pattern=r"^[A-Z0-9][A-Z0-9-]{1,23}$")]
Status = Literal["active", "left"]


def wa_number(text: str) -> str:
    """A mobile as WhatsApp names it: digits with the country code (10 digits get India's 91). An office
    writes a mobile as it is dialled, too: ``098300-12345`` (the 0 before a mobile within India) and
    ``0091 98300 12345`` (the 00 before a country code) are the same ``919830012345``; a number that still
    starts with 0 is no one's WhatsApp number and is refused, not stored where the chat would never find it."""
    digits = re.sub(r"[\s\-()+]", "", text)
    if digits.startswith("00"):
        digits = digits[2:]
    elif len(digits) == 11 and digits[0] == "0" and digits[1] in "6789":
        digits = digits[1:]
    if len(digits) == 10 and digits[0] in "6789":
        digits = "91" + digits
    if not re.fullmatch(r"91[6-9]\d{9}|[1-9]\d{10,14}", digits):
        raise ValueError("expected a mobile number such as 9830012345 or 919830012345")
    return digits


def pan(text: str) -> str:
    value = text.strip().upper()
    if not re.fullmatch(r"[A-Z]{5}\d{4}[A-Z]", value):
        raise ValueError("a PAN is five letters, four digits and a letter, e.g. ABCDE1234F")
    return value


def bank_account(text: str) -> str:
    value = re.sub(r"\s", "", text)
    if not re.fullmatch(r"\d{9,18}", value):
        raise ValueError("a bank account number is 9 to 18 digits")
    return value


def wa_key(text: str) -> str:
    """Where WhatsApp knows a person: a business-scoped id as it is, else a number (``wa_number``)."""
    return text if number_hidden(text) else wa_number(text)


Mobile = Annotated[str, AfterValidator(wa_number)]
Pan = Annotated[str, AfterValidator(pan)]
Account = Annotated[str, AfterValidator(bank_account)]


class Names(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    bn: str = Field(min_length=1, max_length=80)
    en: str = Field(min_length=1, max_length=80)


class Office(BaseModel):
    """A gram panchayat or a block office; ``district``/``block``/``gp`` match a back-office token's scope."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: Names
    district: str = Field(min_length=1, max_length=40)
    block: str = Field(min_length=1, max_length=40)
    gp: str = Field(default="", max_length=40, description="empty for a block office")
    contact: str = Field(default="", max_length=80, description="where an employee asks, e.g. to reset a PIN: a "
                         "telephone number, put as written in the Bengali and the English answers alike")


class Employee(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: EmployeeId
    name: Names
    designation: Names
    office: Office
    mobile: Mobile
    bank_account: Account
    bank_name: str = Field(default="", max_length=60)
    pan: Pan
    status: Status = "active"
    moved_to: str = Field(
        default="", pattern=f"^(?:{USER_ID})?$", json_schema_extra={"readOnly": True},
        description="Set by WhatsApp, never by the office: the registered mobile was given to someone else, and "
                    "WhatsApp now reaches the employee only by this username id. The chat finds them and their "
                    "notices go only there, until they share a number on WhatsApp or the office registers "
                    "another mobile. Their mobile stays as the office's record, and the office may register it "
                    "to another employee: the chat reaches at a number only the one whose moved_to is empty")

    @property
    def holder(self) -> str:
        """Where the chat finds the employee and tells them of the office's actions."""
        return self.moved_to or self.mobile

    def changed(self, changes: dict[str, object]) -> Employee:
        """The employee with the office's ``changes``; a new mobile is where WhatsApp finds them (``moved_to`` ends)."""
        changed = Employee.model_validate({**self.model_dump(), **changes})
        return changed if changed.mobile == self.mobile else changed.model_copy(update={"moved_to": ""})

    def name_in(self, lang: str) -> str:
        return self.name.bn if lang == "bn" else self.name.en

    def view(self) -> dict[str, object]:
        """What the back office shows: everything, with the account and PAN masked."""
        return {**self.model_dump(mode="json"), "bank_account": masked(self.bank_account), "pan": masked(self.pan)}


MASK = "XXXX"


def masked(value: str) -> str:
    """The last four characters behind a fixed ``XXXX``: as many X's as hidden digits would tell how long the
    account is, which narrows down whose it is."""
    return MASK + value[-4:]
