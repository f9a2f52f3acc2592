"""Who may see and change which complaints: an official's role says the level they act at, their token's
scope (``district``/``block``/``gp``, a code or a name) says the area.

A gram panchayat official's token names its panchayat, a block officer's its block, a district officer's
its district (a district officer's token without a scope covers the state). To a token, a complaint outside
its area does not exist: reading or acting on it answers 404 with the words of a number never lodged, so a
number tried tells nothing of another area (the permit, NOC, tourism and payroll offices answer the same). A
token whose scope names no place is refused with 403 on every route. Inside the area an official sees every
complaint, but changes only those at their own level or below: once a complaint has been escalated past a
panchayat, its official can read it but the block or district office now acts (403: they know it exists).
"""
from __future__ import annotations

from typing import Any

from aiohttp import web

from services.grievance.domain import LEVELS, Area, Categories, Directory, Ticket
from services.grievance.domain.directory import slug
from services.grievance.repository import Repositories
from shared.auth import principal
from shared.districts import DISTRICTS
from shared.runtime import Invalid, NotFound, PermissionDenied, ServiceContext, service_context

ROLES = ("gp_official", "block_officer", "district_officer")
ROLE_LEVEL = {"gp_official": "gp", "block_officer": "block", "district_officer": "district"}
PLACE_WORDS = {"gp": "gram panchayat", "block": "block", "district": "district"}
DIRECTORY = web.AppKey("directory", Directory)
CATEGORIES = web.AppKey("categories", Categories)


def context(request: web.Request) -> ServiceContext:
    return service_context(request)


def repos(request: web.Request) -> Repositories:
    return Repositories.of(service_context(request).store)


def directory(request: web.Request) -> Directory:
    return request.config_dict[DIRECTORY]


def who(request: web.Request) -> str:
    return principal(request).name


def area(request: web.Request) -> dict[str, str]:
    """The token's area as ticket fields and codes; 403 for a token that lacks its own level's key, or whose
    scope names no place (a misspelt name would otherwise show an empty queue, as if nothing were waiting)."""
    found = principal(request)
    level = ROLE_LEVEL[found.role]
    if level != "district" and level not in found.scope:
        raise PermissionDenied(f"a {found.role} token must name its {level} (scope {level}=...)")
    places = directory(request)
    codes: dict[str, str] = {}
    for key in ("district", "block", "gp"):
        if key not in found.scope:
            continue
        value = found.scope[key]
        code = _district(places, value) if key == "district" else _code(places.find(
            key, value, within=codes.get("district" if key == "block" else "block")))
        if code is None:
            raise PermissionDenied(f"this token's scope {key}={value!r} names no {PLACE_WORDS[key]} known here "
                                   "(or one of two that share the name): make a token with its code (LGD)")
        codes[key] = code
    return codes


def _code(found: Area | None) -> str | None:
    return None if found is None else found.code


def _district(places: Directory, value: str) -> str | None:
    """A district of the directory by its code or name, or one outside it by West Bengal's district key (the
    complaints about a stay there carry it)."""
    wanted = slug(value)
    return _code(places.find_district(value)) or next(
        (key for key, names in DISTRICTS.items() if wanted in (key, *map(slug, names))), None)


def named_place(request: web.Request, kind: str, text: str, *, within: str | None = None) -> str:
    """The code of the block or gram panchayat a filter names, by code or name, among those of ``within`` (a
    district or block code) when given: 422 saying so when it names none, or two, rather than an empty queue
    that reads as if nothing were waiting there."""
    hit = directory(request).find(kind, text, within=within)
    if hit is None:
        raise Invalid(f"{kind}={text!r} names no single {PLACE_WORDS[kind]} here: give its code (LGD) or its name "
                      "as the directory spells it")
    return hit.code


def in_area(ticket: Ticket, codes: dict[str, Any]) -> bool:
    return all(getattr(ticket, key) == code for key, code in codes.items())


def may_see(request: web.Request, ticket: Ticket) -> None:
    if not in_area(ticket, area(request)):
        raise NotFound(f"no complaint {ticket.number}")


def may_act(request: web.Request, ticket: Ticket) -> None:
    may_see(request, ticket)
    level = ROLE_LEVEL[principal(request).role]
    if LEVELS.index(ticket.level) > LEVELS.index(level):
        raise PermissionDenied(f"{ticket.number} has been escalated to the {ticket.level} office")


async def ticket_in_area(request: web.Request, *, acting: bool = False) -> Ticket:
    number = request.match_info["number"]
    ticket = await repos(request).tickets.get(number)
    if ticket is None:
        raise NotFound(f"no complaint {number}")
    (may_act if acting else may_see)(request, ticket)
    return ticket


def shown(ticket: Ticket, request: web.Request) -> dict[str, Any]:
    """A complaint as officials read it: the person's number stays out (they answer through this API)."""
    places, category = directory(request), request.config_dict[CATEGORIES].get(ticket.category)
    data = ticket.model_dump(mode="json", exclude={"wa_id", "applied", "origin"})
    data["category_name"] = {"en": category.en, "bn": category.bn} if category else None
    gp, block = places.gp(ticket.gp), places.block(ticket.block)
    district = places.district(ticket.district)
    data["place"] = {"gp": gp.en if gp else None, "block": block.en if block else None,
                     "district": district.en if district else ticket.district_name or ticket.district}
    data["reachable"] = ticket.wa_id is not None
    for attachment in [*data["media"], *(n["media"] for n in (*data["conversation"], *data["notes"]) if n["media"]),
                       *([data["atr_photo"]] if data["atr_photo"] else [])]:
        attachment["path"] = media_path(ticket.number, attachment["id"])
    return data


def media_path(number: str, media_id: str) -> str:
    """Where an official opens a file the person sent, or the photo of the work done (``backoffice.media``)."""
    return f"/api/grievance/tickets/{number}/media/{media_id}"
