"""Where a case is: its gram panchayat's names, block and district are what the panchayat's cases already
record, not what a body says.

A body names its panchayat by ``gp.code`` and repeats its names, block and district, as the portal exports
them. They must agree with the panchayat's record, regardless of case, outer spaces and Unicode spelling
(``areas.fold``), or the case is refused (422) saying what is recorded; the case then takes the record's
spelling, so its letter, its verification page and the listings name the panchayat one way. A gp_official
token names only its panchayat's code, so without this its official could file a case of their own
panchayat under another's name, block and district, listed to that district's admins.

The record is what the panchayat's cases carry (the demo's, then the office's). A panchayat with no case yet
is recorded by its first one, which only a token that vouches for the place may make: a department token
(``permit_admin``, ``noc_admin``), whose area scope the case must be in anyway (``access.may_place``), or a
gp_official token whose scope names the panchayat's block and district as well as its gp. A gp_official
token naming only its gp cannot say where a panchayat is (403, the token is unusable for it).
"""
from __future__ import annotations

from typing import Any

from shared.auth import Principal
from shared.casework.areas import fold
from shared.casework.case import Case, GramPanchayat
from shared.casework.office.access import SCOPED_ROLES

FIELDS = ("name_bn", "name_en", "block", "district")
VOUCHING = ("block", "district")  # what a gp_official token must name to record a panchayat's place


def same_place(one: GramPanchayat, other: GramPanchayat) -> bool:
    """Whether ``one`` is ``other`` spelt another way: the same code, names, block and district (``fold``)."""
    return one.code == other.code and all(fold(getattr(one, field)) == fold(getattr(other, field)) for field in FIELDS)


class Places:
    """The panchayats one request's cases name, each as recorded (None: no case of that code yet), for the
    caller ``who``."""

    def __init__(self, recorded: dict[str, GramPanchayat | None], who: Principal):
        self.recorded = dict(recorded)
        self.who = who

    def unvouched(self, gp: GramPanchayat) -> str | None:
        """Why the caller may not record the place of ``gp``, a panchayat with no case yet; None when they may
        or need not."""
        if self.recorded.get(gp.code) is not None:
            return None
        if self.who.role not in SCOPED_ROLES or all(self.who.scope.get(key) for key in VOUCHING):
            return None
        return (f"gp.code: gram panchayat {gp.code} has no case yet, and a {self.who.role} token naming only its gp "
                "cannot say where it is: its first case is made by the department, or with a token scoped "
                f"gp={gp.code},block=<block>,district=<district>")

    def disagreement(self, gp: GramPanchayat) -> str | None:
        """How ``gp`` differs from its record, field by field; None when it agrees or there is no record."""
        known = self.recorded.get(gp.code)
        if known is None:
            return None
        wrong = [f"gp.{field}: {gp.code} is recorded as {getattr(known, field)!r}, not {getattr(gp, field)!r}"
                 for field in FIELDS if fold(getattr(gp, field)) != fold(getattr(known, field))]
        return "; ".join(wrong) or None

    def problem(self, body: Any) -> str | None:
        """A batch row's problem with its panchayat (``csvimport.parse``'s ``refused``); a row of a panchayat
        with no case yet that the caller may record records it for the rows after it."""
        gp = body.gp
        if (why := self.unvouched(gp) or self.disagreement(gp)) is not None:
            return why
        if self.recorded.get(gp.code) is None:
            self.recorded[gp.code] = gp
        return None

    def settled(self, case: Case) -> Case:
        """``case`` with its panchayat as recorded (as it is, for the first case of a panchayat)."""
        known = self.recorded.get(case.gp.code)
        return case if known is None else case.model_copy(update={"gp": known})
