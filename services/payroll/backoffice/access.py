"""Who may touch which employee in the payroll back office, and the helpers every route shares.

The role is ``payroll_admin``. A token scoped to an area (``district=Purulia,block=Jhalda-I``) manages the
employees of offices in that area only; to it, an employee elsewhere does not exist (404, not 403), so a
scoped token cannot even learn which ids are in use elsewhere. Where one number or id must stay unique
across the state, a clash with an employee elsewhere is told as "cannot be used", never by whose it is; a
month's batches are counted over the token's own employees.
"""
from __future__ import annotations

from aiohttp import web

from services.payroll.domain import Employee
from services.payroll.repository import Repositories
from shared.auth import Principal, place_key, principal
from shared.runtime import NotFound, PermissionDenied, ServiceContext, service_context

ROLES = ("payroll_admin",)


def context(request: web.Request) -> ServiceContext:
    return service_context(request)


def repos(request: web.Request) -> Repositories:
    return Repositories.of(service_context(request).store)


def in_area(who: Principal, employee: Employee) -> bool:
    office = employee.office.model_dump()
    return all(place_key(str(office.get(key, ""))) == place_key(value) for key, value in who.scope.items())


async def area_ids(request: web.Request) -> set[str]:
    """The ids of the employees this token manages (every employee, for an unscoped token)."""
    who = principal(request)
    return {e.id for e in await repos(request).employees.all() if in_area(who, e)}


def may_manage(request: web.Request, employee: Employee) -> None:
    if not in_area(principal(request), employee):
        raise PermissionDenied("this token manages employees of its own area only")


async def managed(request: web.Request, employee_id: str) -> Employee:
    employee = await repos(request).employees.get(employee_id.upper())
    if employee is None or not in_area(principal(request), employee):
        raise NotFound(f"no employee {employee_id}")
    return employee


def by(request: web.Request) -> str:
    return principal(request).name
