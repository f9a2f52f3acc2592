"""A trade NOC: the gram panchayat's no-objection to a trade carried on at a premises (Form 10A), for one
or three years, renewed before it runs out.

Numbers are ``TNOC/<year>/<serial>``, e.g. ``TNOC/2026/000045``, read back leniently from chat
(``tnoc 2026 45``, or ``NOC/2026/45`` without the T, as people call it, or ``2026/45`` alone typed in the NOC
chat; a Bengali case ending written onto it, ``TNOC/২০২৬/৪৫এর``, is no part of it). A certificate is valid from
its day of issue for its term; ``RENEWAL_WINDOW`` before its last day the holder is reminded to renew, once per
term (``renewal_reminded`` holds the last day the reminder was for, so a renewed certificate with a new last day
is reminded again).

A renewal is a certificate of its own, with its own number, naming the one it renews (``renews``). Once a
renewal of the same panchayat and holder is under way or issued (``renewal_of``), the old certificate is no
longer due for renewal: the chat does not list it as due nor tell its holder it is time to renew, and no
reminder is sent for it. The office may name only a certificate that exists and was issued (approved, in force
or run out; one rejected, revoked or not yet approved is not renewed, its trade makes a new application), of the
same holder, panchayat, trade and category, and not renewed already by another under way or
issued (``renewal_problem``); a rejected or revoked renewal leaves it free to be renewed by another. Of two
renewals of one certificate stored at once, the first to claim it once stored keeps it (``Nocs.claim_renewal``).
"""
from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, ClassVar, Literal

from pydantic import AfterValidator, Field, model_validator

from shared.casework import Case
from shared.casework.case import OPEN, Text, add_years
from shared.casework.numbers import TRADE_NOC

NUMBER = TRADE_NOC
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
        default=None, description=f"The certificate this one renews, e.g. {NUMBER.example}: one in the token's area, "
                                  "issued (approved, in force or run out; not rejected, revoked or still under way), "
                                  "of the same holder (mobile), panchayat, trade and category, that no other renewal "
                                  "under way or issued renews. Once this one is under way or issued, that one is no "
                                  "longer due for renewal and its holder not reminded")

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


def renewal_problem(new: Noc, old: Noc | None, renewals: list[Noc]) -> str | None:
    """Why ``new`` may not renew the certificate it names: ``old`` is that certificate (None when there is none
    the office may see), ``renewals`` the certificates naming it as the one they renew. None when it may."""
    if new.renews is None:
        return None
    if old is None:
        return f"renews: there is no certificate {new.renews}"
    if old.status in ("rejected", "revoked"):
        return (f"renews: {old.number} was {old.status}: a {old.status} NOC cannot be renewed; "
                "make a new application")
    if old.status != "approved":
        return (f"renews: {old.number} is not issued yet ({old.status.replace('_', ' ')}): only an issued NOC "
                "can be renewed")
    if new.mobile != old.mobile:
        return f"renews: {old.number} was issued to another holder (mobile): a renewal is for the same holder"
    if new.gp.code != old.gp.code:
        return f"renews: {old.number} was issued by another gram panchayat ({old.gp.name_en})"
    if _trade(new.trade_name) != _trade(old.trade_name) or new.category != old.category:
        return (f"renews: {old.number} is for another trade or category ({old.trade_name!r}, {old.category}): "
                "a renewal is for the same trade and category")
    if (other := renewal_of(old, [n for n in renewals if n.number != new.number])) is not None:
        return renewed_already(old.number, other.number)
    return None


def renewed_already(number: str, by: str) -> str:
    """The office's refusal of a renewal of ``number``, which the renewal ``by`` renews already."""
    return f"renews: {number} is already renewed by {by}"


def renewal_terms(noc: Noc) -> tuple[object, ...]:
    """What ``renewal_problem`` compares: when none of it changes, an update leaves the renewal as it was."""
    return noc.renews, noc.mobile, noc.gp.code, _trade(noc.trade_name), noc.category


def _trade(name: str) -> str:
    """A trade name as two spellings of one trade compare: NFC, case folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def renewal_due(noc: Noc, today: date) -> bool:
    """In force, and its last day within the renewal window (or already past: it needs renewing too)."""
    return noc.status == "approved" and noc.issue is not None and noc.issue.valid_until - RENEWAL_WINDOW <= today
