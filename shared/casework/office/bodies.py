"""What a casework back office accepts, derived from the service's own case model so a rule (the number's
format, a mobile, a trade category) lives in one place.

``creation`` is the case model without the fields only moves set (status, history, reason, issue);
``changes`` is the same with every field optional, laid over the stored case and validated again whole.
"""
from __future__ import annotations

from datetime import date
from functools import cache
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, create_model, model_validator

from shared.casework.case import Case, Shown

FIXED = ("number",)
STRICT = ConfigDict(extra="forbid")  # a case keeps its number for life


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Entered(BaseModel):
    """A case's details as an office sends them: every text without the spaces around it, so that a name, a
    place or a plot number of blanks only (a box left empty, a CSV cell of spaces) is refused as empty instead
    of printed blank on the letter."""

    model_config = STRICT

    @model_validator(mode="before")
    @classmethod
    def _trimmed(cls, data: Any) -> Any:
        return _trimmed(data)


def _trimmed(value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, dict):
        return {k: _trimmed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_trimmed(v) for v in value]
    return value


class Move(Strict):
    status: Literal["under_scrutiny", "fee_pending"]
    note: str = Field(default="", max_length=300,
                      description="Shown to the holder on WhatsApp, as written, with the notice of the move and in "
                                  "their case's history: what to pay and where, or what is missing and how to "
                                  "bring it. Other departments read it in the status event, phone numbers masked. "
                                  "To correct it, send the same status again with the corrected note: the holder "
                                  "is told once that the office's message was corrected, and reads only the "
                                  "corrected one under the move. In words: dots, dashes or figures alone are "
                                  "refused")


class Approval(Strict):
    memo_no: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)] = Field(
        description="The memo number printed on the document; one of blanks only is refused")
    memo_date: date | None = Field(default=None, description="Default: today in India; never after it (the document "
                                                             "is in force from its date), nor a year before it")
    valid_until: date | None = Field(default=None,
                                     description="Last valid day: the end of the kind's term (the default) or sooner")


class Listing(Strict):
    status: Shown | None = Field(default=None, description="only records in this status, as the holder reads it: "
                                 "`expired` is an approval past its document's last valid day, `approved` "
                                 "lists every approval, expired or not")
    limit: int = Field(default=100, ge=1, le=500, description="records on this page")
    after: str | None = Field(default=None, max_length=80,
                              description="the previous page's `next`: the page after it, in number order")


class Reason(Strict):
    reason: str = Field(min_length=3, max_length=300,
                        description="Shown to the holder on WhatsApp after 'Reason:': in words (at least three "
                                    "letters); dots, dashes or figures alone are refused")


def _own_fields(model: type[Case], drop: tuple[str, ...]) -> dict[str, Any]:
    left_out = model.not_the_offices() | set(drop)
    return {name: field for name, field in model.model_fields.items() if name not in left_out}


@cache
def creation(model: type[Case]) -> type[BaseModel]:
    fields = {name: (field.annotation, field) for name, field in _own_fields(model, ()).items()}
    return create_model(f"New{model.__name__}", __base__=Entered, **fields)  # type: ignore[call-overload,no-any-return]


@cache
def changes(model: type[Case]) -> type[BaseModel]:
    fields = {name: (field.annotation | None, Field(default=None, description=field.description))
              for name, field in _own_fields(model, FIXED).items()}
    return create_model(f"{model.__name__}Changes", __base__=Entered, **fields)  # type: ignore[call-overload,no-any-return]
