"""Who may touch what in the tourism back office, and the small helpers every route shares.

Managers hold the ``tourism_manager`` role, always scoped to their district (``district=Purulia``): such a
token manages only that district's properties and their bookings, and one without a district is refused
(403 on every route) rather than read as the whole state, so a manager's token issued without a district by
mistake changes nothing elsewhere. The department's ``tourism_admin`` may do the same, across the state when
its token is unscoped (issued so on purpose), or in one district; the booking policy, which applies
everywhere, is changed only by an unscoped ``tourism_admin`` token. A property records its
district, not its gram panchayat, so a token scoped by ``block`` or ``gp`` is refused rather than read as
"everywhere". To a district's token, a property elsewhere and its room types, blocks and bookings do not
exist: they answer 404 with the words of an id never used, so an id tried tells nothing of another district
(the permit, NOC, grievance and payroll offices answer the same); adding a property in another district is
refused with 403, as the caller named the district.
"""
from __future__ import annotations

from aiohttp import web

from services.tourism.domain import Booking, Property, Refused, district_key, find_booking_number
from services.tourism.repository import Repositories
from shared.auth import principal
from shared.runtime import (
    Invalid,
    NotFound,
    PermissionDenied,
    ServiceContext,
    service_context,
)
from shared.texts import Catalog

ROLES = ("tourism_manager", "tourism_admin")
STATEWIDE_ONLY_BY = ("tourism_manager",)  # roles whose token must name a district (``shared.auth.SCOPE_NEEDED``)


def context(request: web.Request) -> ServiceContext:
    return service_context(request)


def repos(request: web.Request) -> Repositories:
    return Repositories.of(service_context(request).store)


def district_scope(request: web.Request) -> str | None:
    """The district the token is limited to (None: every district); 403 for a scope a property cannot match."""
    who = principal(request)
    if other := sorted(set(who.scope) - {"district"}):
        raise PermissionDenied(f"a tourism token is scoped by district only (district=<name>), not {', '.join(other)}")
    if who.role in STATEWIDE_ONLY_BY and not who.scope.get("district"):
        raise PermissionDenied(f"a {who.role} token must be scoped to its district (district=<name>); across the "
                               "state the department works with a tourism_admin token")
    return who.scope.get("district")


def manages(request: web.Request, prop: Property) -> bool:
    wanted = district_scope(request)
    return not wanted or district_key(wanted) == prop.district


def may_add(request: web.Request, prop: Property) -> None:
    """403 for a new property in a district the token does not manage."""
    if not manages(request, prop):
        raise PermissionDenied(f"this token manages {district_scope(request)} only, not {prop.district}")


def statewide(request: web.Request) -> None:
    """403 unless the token is the department's, for the whole state: an unscoped ``tourism_admin``."""
    district_scope(request)  # a token no route accepts is told why first
    who = principal(request)
    if who.role != "tourism_admin" or who.scope:
        raise PermissionDenied("only a tourism_admin token without an area scope may change what applies everywhere")


async def managed_property(request: web.Request, property_id: str, missing: str | None = None) -> Property:
    """The property, or 404 (``missing``: the words for what was asked, which was never there) when it is not
    there or is outside the token's district."""
    district_scope(request)  # a token no route accepts is refused before anything is looked up
    prop = await repos(request).catalog.property(property_id)
    if prop is None or not manages(request, prop):
        raise NotFound(missing or f"no property {property_id}")
    return prop


async def managed_booking(request: web.Request, number: str) -> tuple[Booking, Property | None]:
    """The booking, its number read as the chat reads one (``pt-2026-12``, ``PT 2026 000012``), or 404 when it is
    not there or is outside the token's district."""
    district_scope(request)
    found = repos(request)
    number = find_booking_number(number) or number
    booking = await found.bookings.get(number)
    if booking is None:
        raise NotFound(f"no booking {number}")
    prop = await found.catalog.property(booking.property_id)
    if prop is None and district_scope(request) or prop is not None and not manages(request, prop):
        raise NotFound(f"no booking {number}")  # a booking of no known property is in no district's hands
    return booking, prop


def refusal(request: web.Request, refused: Refused) -> Invalid:
    """A domain refusal as the back office's 422, worded from the service's English texts."""
    texts = service_context(request).texts
    if isinstance(texts, Catalog) and refused.key in texts.entries:
        return Invalid(texts(refused.key, "en", **{k: str(v) for k, v in refused.values.items()}))
    return Invalid(refused.key)
