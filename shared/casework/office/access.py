"""Who may touch which case: a token's area scope, checked on every record a route reads or writes.

A ``gp_official`` works for one gram panchayat, so a gp_official token without a ``gp`` scope is refused
outright rather than read as "everywhere". The department's roles (``permit_admin``, ``noc_admin``) may be
unscoped, or scoped to a district or block. To a token, a case outside its area does not exist: reading or
moving it answers 404 with the words of a number never issued, so a number tried tells nothing of another
panchayat (the grievance, tourism and payroll offices answer the same). Placing a case outside the area (a
new case, or a change of its panchayat) is refused with 403: the caller named the place. A number taken by a
case outside the area is told only as one that cannot be used, never as one that exists. The list's filter
and the check on one record are one rule
(``areas.scope_filter``: the list asks the store for it, ``areas.outside`` checks one record), regardless of
case and whole names only (``district=purulia`` is Purulia, ``district=puru`` nothing): a token that lists
nothing of a panchayat reads nothing of it either.
"""
from __future__ import annotations

from typing import Any

from aiohttp import web

from shared.auth import principal
from shared.casework.areas import outside, scope_filter
from shared.casework.case import Case
from shared.runtime import NotFound, PermissionDenied

SCOPED_ROLES = ("gp_official",)


def area(request: web.Request) -> dict[str, Any]:
    """The caller's area as ``areas.scope_filter`` writes it (empty for an unscoped department token)."""
    who = principal(request)
    if who.role in SCOPED_ROLES and not who.scope.get("gp"):
        raise PermissionDenied(f"a {who.role} token must be scoped to its gram panchayat (gp=<code>)")
    return scope_filter(dict(who.scope))


def may_see(request: web.Request, case: Case, missing: str) -> None:
    """404 (``missing``, the words for a number never issued) when a stored case is outside the caller's area."""
    if outside(area(request), case) is not None:
        raise NotFound(missing)


def may_place(request: web.Request, case: Case) -> None:
    """403 when a case the caller is making, or moving to another panchayat, would be outside their area."""
    missed = outside(area(request), case)
    if missed is not None:
        raise PermissionDenied(f"this token works for {missed[0]}={missed[1]}; {case.number} is not there")


def not_here(wanted: dict[str, Any], body: Any) -> str | None:
    """A batch row's problem (``csvimport``) when its case is outside the area ``wanted``."""
    missed = outside(wanted, body)
    if missed is None:
        return None
    return f"{missed[0]}: {body.number} is outside this token's area ({missed[0]}={missed[1]})"
