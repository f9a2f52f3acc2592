"""What the grievance back office accepts, validated before any use case runs."""
from __future__ import annotations

from functools import cached_property
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field, field_validator

from services.grievance.conversation.words import ticket_number
from services.grievance.domain.ticket import REASON_LETTERS, Status, Ticket
from shared.india import latin_digits, letters, plain

STATUSES: tuple[str, ...] = get_args(Status)
ATR_MIN = 10
ANSWER_LETTERS = 2  # 'OK'


def in_words(report: str) -> str:
    """The action-taken report the person reads after 'Action taken:': 'ok' or a row of dots tells them nothing."""
    if report and (len(report) < ATR_MIN or sum(ch.isalpha() for ch in report) < REASON_LETTERS):
        raise ValueError(f"the action-taken report says what was done, in words: at least {ATR_MIN} characters")
    return report


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Written(Strict):
    """Words an official writes: their length is counted without the blank around them, so a form sent with
    nothing but spaces or new lines in it is refused rather than kept, or sent to the person, as blank."""
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class QueueQuery(Strict):
    status: str | None = Field(default=None, description="one status, or several separated by commas")
    category: str | None = None
    gp: str | None = Field(default=None, description="a gram panchayat's code or name")
    block: str | None = Field(default=None, description="a block's code or name")
    level: Literal["gp", "block", "district"] | None = None
    assigned_to: str | None = None
    handoff: bool | None = Field(default=None, description="true: only complaints waiting for an official's answer")
    overdue: bool | None = Field(default=None, description="true: only complaints past their promised date")
    limit: int = Field(default=100, ge=1, le=500, description="complaints on this page")
    after: str | None = Field(default=None, max_length=40,
                              description="the previous page's `next`: the complaints numbered after it")
    q: str | None = Field(default=None, min_length=2, max_length=100,
                          description="words the complaint's number, description, conversation with the person or "
                                      "notes contain, in any case (Bengali digits as the same number)")

    def finds(self, ticket: Ticket) -> bool:
        """Whether ``ticket`` says the words searched for (``q``), or there are none; a complaint's number as the
        person's chat reads it ("grv 2026 7", or "GRV 7" of any year) is that complaint's."""
        if not self.q:
            return True
        number, words = self._sought
        if number is not None:
            return ticket.number.endswith(number)
        said = [ticket.number, ticket.description, *(n.text for n in (*ticket.conversation, *ticket.notes)),
                ticket.assigned_to or "", ticket.atr or ""]
        return words in _searched("\n".join(said))

    @cached_property
    def _sought(self) -> tuple[str | None, str]:
        """``q`` read once for the whole queue: the end of a complaint's number it names, else the words sought."""
        number = ticket_number(self.q or "")
        return (None if number is None else number.removeprefix("GRV")), _searched(self.q or "")

    @field_validator("status")
    @classmethod
    def known_statuses(cls, value: str | None) -> str | None:
        """A misspelt status (``inprogress``) would match nothing and show an empty queue as if all were done."""
        wrong = [s for s in (value or "").split(",") if s.strip() and s.strip() not in STATUSES]
        if wrong:
            raise ValueError(f"no status {', '.join(w.strip() for w in wrong)}; the statuses are {', '.join(STATUSES)}")
        return value


def _searched(text: str) -> str:
    return plain(latin_digits(text))


class Assign(Written):
    official: str = Field(min_length=2, max_length=80)


class NoteBody(Written):
    text: str = Field(min_length=2, max_length=2000)


class StatusChange(Written):
    status: Literal["acknowledged", "in_progress", "resolved", "rejected"]
    reason: str = Field(default="", max_length=1000,
                        description="required when rejecting, in words: the person reads it")
    atr: str = Field(default="", max_length=4000, description="the action-taken report; required to resolve "
                                                               "unless written before (since the person reopened "
                                                               "the complaint, if they did); at least "
                                                               f"{ATR_MIN} characters, in words")

    _atr_in_words = field_validator("atr")(in_words)


class AtrBody(Written):
    text: str = Field(min_length=ATR_MIN, max_length=4000)

    _in_words = field_validator("text")(in_words)


def answered_in_words(text: str) -> str:
    """The answer the person reads after '<office> replied': '...' or '👍' alone tells them nothing. Vowel signs
    count with their letters, so 'OK' and 'হ্যাঁ' pass."""
    if letters(text) < ANSWER_LETTERS:
        raise ValueError(f"the answer says something in words: at least {ANSWER_LETTERS} letters; dots, dashes, "
                         "figures or emoji alone tell the person nothing")
    return text


class ReplyBody(Written):
    text: str = Field(min_length=2, max_length=1000, description="sent to the person on WhatsApp as written: in "
                      "words, two letters at least")

    _in_words = field_validator("text")(answered_in_words)


class ReportQuery(Strict):
    by: Literal["gp", "block"] = "gp"
    month: str | None = Field(default=None, pattern=r"^\d{4}-(0[1-9]|1[0-2])$",
                              description="YYYY-MM: only the complaints lodged in that month (India time), with "
                                          "their figures as they stand today; unset: every complaint")
    district: str | None = None
    block: str | None = None
    format: Literal["json", "csv"] = "json"
