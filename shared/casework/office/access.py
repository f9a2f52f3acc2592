"""Who may touch which case: a token's area scope, checked on every record a route reads or writes.

A ``gp_official`` works for one gram panchayat, so a gp_official token without a ``gp`` scope is refused
outright rather than read as "everywhere". The department's roles (``permit_admin``, ``noc_admin``) may be
unscoped, or scoped to a district or block. A case outside the token's area answers 403, the same as the
case not being the official's to see.
"""
from __future__ import annotations

from typing import Any

from aiohttp import web

from shared.auth import principal
from shared.casework.case import Case
from shared.casework.cases import scope_filter
from shared.runtime import PermissionDenied

SCOPED_ROLES = ("gp_official",)
_FIELDS = {"gp": "code", "block": "block", "district": "district"}


def area(request: web.Request) -> dict[str, Any]:
    """The store filter of the caller's area (empty for an unscoped department token)."""
    who = principal(request)
    if who.role in SCOPED_ROLES and not who.scope.get("gp"):
        raise PermissionDenied(f"a {who.role} token must be scoped to its gram panchayat (gp=<code>)")
    return scope_filter(dict(who.scope))


def may_handle(request: web.Request, case: Case) -> None:
    area(request)
    for key, wanted in principal(request).scope.items():
        field = _FIELDS.get(key)
        if field is not None and str(getattr(case.gp, field)).casefold() != wanted.casefold():
            raise PermissionDenied(f"this token works for {key}={wanted}; {case.number} is not there")
