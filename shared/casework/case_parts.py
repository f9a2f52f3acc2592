"""The parts a case (``shared.casework.case``) is made of: its statuses, the issuing office, one move in its
history and how the holder reads it, an office's change of details and the document an approval issues; and the
masking of phone numbers in the officials' record of changes."""
from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any, Literal, NamedTuple

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from shared.casework.mobile import mobile_key
from shared.logging import mask_phone_text

Status = Literal["submitted", "under_scrutiny", "fee_pending", "approved", "rejected", "revoked"]
Shown = Literal["submitted", "under_scrutiny", "fee_pending", "approved", "rejected", "revoked", "expired"]
OPEN: tuple[str, ...] = ("submitted", "under_scrutiny", "fee_pending")
NOTED: tuple[str, ...] = ("under_scrutiny", "fee_pending")  # moves whose note is the office's word to the holder


class Refused(Exception):
    """A move the rules do not allow; ``key`` names the text that explains it."""

    def __init__(self, key: str, **values: Any):
        super().__init__(key, values)
        self.key, self.values = key, values


def _mobile(value: str) -> str:
    key = mobile_key(value)
    if key is None:
        raise ValueError("not an Indian mobile number (10 digits starting with 6, 7, 8 or 9)")
    return key


Mobile = Annotated[str, AfterValidator(_mobile)]
Text = Annotated[str, Field(min_length=1, max_length=200)]


class GramPanchayat(BaseModel):
    """The issuing office; ``code`` is what a gp_official token's ``gp`` scope names."""

    model_config = ConfigDict(extra="forbid")

    code: Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9-]{1,40}$")]
    name_bn: Text
    name_en: Text
    block: Text
    district: Text


class StatusChange(BaseModel):
    """One move. ``note``: the reason of a rejection or revocation, the memo number of an approval, or what the
    office tells the holder with a move to scrutiny or fee (``NOTED``): what to pay and where, what is missing."""

    status: Status
    at: datetime
    by: str
    note: str = ""

    @property
    def told(self) -> str:
        """The office's word to the holder this move carries; empty when it carries none."""
        return self.note if self.status in NOTED else ""


class Told(NamedTuple):
    """A move as the holder reads it: ``note`` is the entry whose note stands (the move itself, or the latest
    correction of its note); ``corrected`` whether it put right an earlier word of the office, False when the
    standing note was the first."""

    move: StatusChange
    note: StatusChange
    corrected: bool


class Changed(BaseModel):
    old: Any = None
    new: Any = None


class Amendment(BaseModel):
    """One office change of a case's details, for officials' eyes: ``fields`` maps each changed field
    (nested ones dotted, ``plot.dag_no``) to its old and new value, phone numbers masked."""

    at: datetime
    by: str
    fields: dict[str, Changed]


class Issue(BaseModel):
    """The document an approval issues: its memo, dates and the code its QR points to."""

    code: str
    memo_no: str
    issued_on: date
    valid_until: date


def differences(old: dict[str, Any], new: dict[str, Any], prefix: str = "") -> dict[str, Changed]:
    found: dict[str, Changed] = {}
    for name in dict.fromkeys([*old, *new]):
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if isinstance(before, dict) and isinstance(after, dict):
            found |= differences(before, after, f"{prefix}{name}.")
        else:
            found[f"{prefix}{name}"] = Changed(old=_masked(before), new=_masked(after))
    return found


def _masked(value: Any) -> Any:
    """A value as the office's record of changes keeps it: a phone number anywhere in it shows only its last
    four digits, as in the logs (``shared.logging``)."""
    if isinstance(value, str):
        return mask_phone_text(value)
    if isinstance(value, dict):
        return {k: _masked(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_masked(v) for v in value]
    return value


def masked_number(number: str) -> str:
    """A WhatsApp number as the record of changes keeps it: its last four digits (``919800000001`` →
    ``********0001``), whatever its country."""
    return "*" * (len(number) - 4) + number[-4:] if number else ""


def add_years(start: date, years: int) -> date:
    """The last valid day of a term of ``years`` starting on ``start`` (29 February falls back to the 28th)."""
    try:
        end = start.replace(year=start.year + years)
    except ValueError:
        end = start.replace(year=start.year + years, day=28)
    return date.fromordinal(end.toordinal() - 1)
