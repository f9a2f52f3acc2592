"""A trade NOC: the gram panchayat's no-objection to a trade carried on at a premises (Form 10A), for one
or three years, renewed before it runs out.

Numbers are ``TNOC/<year>/<serial>``, e.g. ``TNOC/2026/000045``, read back leniently from chat
(``tnoc 2026 45``; a Bengali case ending written onto it, ``TNOC/২০২৬/৪৫এর``, is no part of it). A
certificate is valid from its day of issue for its term; ``RENEWAL_WINDOW`` before its last day the holder is
reminded to renew, once per term (``renewal_reminded`` holds the last day the reminder was for, so a renewed
certificate with a new last day is reminded again).

A renewal is a certificate of its own, with its own number, naming the one it renews (``renews``). Once a
renewal of the same panchayat and holder is under way or issued (``renewal_of``), the old certificate is no
longer due for renewal: the chat does not list it as due nor tell its holder it is time to renew, and no
reminder is sent for it.
"""
from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, Field, model_validator

from shared.casework import Case, NumberFormat
from shared.casework.case import OPEN, Text, add_years

NUMBER = NumberFormat(
    example="TNOC/2026/000045",
    pattern=re.compile(r"(?<![0-9A-Z])T\s*NOC\s*[/\-. ]\s*(\d{4})\s*[/\-. ]\s*(\d{1,6})(?![0-9A-Z])", re.IGNORECASE),
    canonical=lambda m: f"TNOC/{m[1]}/{int(m[2]):06d}",
    prefix=re.compile(r"\bT\s*NOC\b|\bNOC\s*[/\-. ]?\s*\d", re.IGNORECASE),  # "NOC" alone is the word, no number
)
RENEWAL_WINDOW = timedelta(days=30)
TERMS = (1, 3)
CATEGORIES = ("retail", "wholesale", "eatery", "manufacturing", "workshop", "service")


def _term(years: int) -> int:
    if years not in TERMS:
        raise ValueError("a trade NOC is issued for 1 or 3 years")
    return years


class Noc(Case):
    BOOKKEEPING: ClassVar[tuple[str, ...]] = ("renewal_reminded",)

    number: Annotated[str, AfterValidator(NUMBER.check)] = Field(description=f"e.g. {NUMBER.example}")
    trade_name: Text
    premises: Text = Field(description="Where the trade is carried on: holding no., village, post office")
    category: Literal["retail", "wholesale", "eatery", "manufacturing", "workshop", "service"]
    term_years: Annotated[int, AfterValidator(_term)] = Field(default=1, description="One or three years")
    renewal_reminded: date | None = Field(default=None, description="The last valid day a renewal reminder was for")
    renews: Annotated[str, AfterValidator(NUMBER.check)] | None = Field(
        default=None, description=f"The certificate this one renews, e.g. {NUMBER.example}: once this one is under "
                                  "way or issued, that one is no longer due for renewal and its holder not reminded")

    @model_validator(mode="after")
    def _not_itself(self) -> Noc:
        if self.renews == self.number:
            raise ValueError("a certificate cannot renew itself")
        return self


def validity(noc: Noc, first_day: date) -> date:
    return add_years(first_day, noc.term_years)


def renewal_of(old: Noc, candidates: list[Noc]) -> Noc | None:
    """The certificate among ``candidates`` that renews ``old``: naming it, issued by the same panchayat to the
    same holder, and under way or issued (a rejected or revoked renewal renews nothing); the latest one."""
    found = [n for n in candidates if n.renews == old.number and n.gp.code == old.gp.code and n.mobile == old.mobile
             and (n.status in OPEN or n.status == "approved")]
    return max(found, key=lambda n: (n.history[0].at if n.history else datetime.min.replace(tzinfo=UTC), n.number),
               default=None)


def renewal_due(noc: Noc, today: date) -> bool:
    """In force, and its last day within the renewal window (or already past: it needs renewing too)."""
    return noc.status == "approved" and noc.issue is not None and noc.issue.valid_until - RENEWAL_WINDOW <= today
