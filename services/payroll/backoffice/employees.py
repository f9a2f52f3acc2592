"""Back-office routes for employees: register, list, change (including leaving), and reset a forgotten
PIN. Account numbers and PANs go out masked even here: the office has them in its own records, and a
back-office screen is no place to read them whole. ``moved_to`` shows the username id WhatsApp alone reaches
an employee by once their number was given to someone else; a new mobile from the office ends it. Their
``mobile`` stays as the office's record and no longer holds the number: the office may register it to the next
employee (an office SIM handed on), so two records may show one mobile, and the one with an empty ``moved_to``
is the one the chat reaches there. A number is refused only while an active employee is reached at it."""
from __future__ import annotations

from aiohttp import web

from services.payroll import corrections
from services.payroll.backoffice import schemas
from services.payroll.backoffice.access import ROLES, by, context, in_area, managed, may_manage, repos
from services.payroll.domain import Employee
from services.payroll.repository import MobileTaken
from shared.auth import principal, requires
from shared.runtime import Invalid, NotFound, read_json
from shared.store import DuplicateKey


async def _taken(request: web.Request, error: DuplicateKey, employee_id: str) -> web.Response:
    """409 for a mobile or an id in use. Only a token that may see the employee holding it hears who that
    is; to a scoped token an employee elsewhere does not exist, so it hears only that it cannot be used."""
    who = principal(request)
    if isinstance(error, MobileTaken):
        detail = (f"mobile already registered to active employee {error.holder.id}" if in_area(who, error.holder)
                  else "this mobile cannot be used: another active employee is registered with it")
    else:
        holder = await repos(request).employees.get(employee_id)
        detail = (f"employee {employee_id} is already registered" if holder is not None and in_area(who, holder)
                  else f"the id {employee_id} cannot be used: choose another")
    return web.json_response({"error": "duplicate", "detail": detail}, status=409)


@requires(*ROLES)
async def list_employees(request: web.Request) -> web.Response:
    query = schemas.EmployeeListing.model_validate(dict(request.query))
    who = principal(request)
    found = [e for e in await repos(request).employees.all(after=query.after and query.after.upper())
             if in_area(who, e)]
    page = found[:query.limit]
    after = page[-1].id if len(found) > query.limit else None
    return web.json_response({"count": len(page), "employees": [e.view() for e in page], "next": after})


@requires(*ROLES)
async def register(request: web.Request) -> web.Response:
    employee = await read_json(request, Employee)
    if employee.moved_to:
        raise Invalid("moved_to is set by WhatsApp, never by the office: register the employee's mobile")
    may_manage(request, employee)
    try:
        await repos(request).employees.add(employee)
    except DuplicateKey as taken:  # the mobile (``MobileTaken``) or the id
        return await _taken(request, taken, employee.id)
    return web.json_response(employee.view(), status=201)


@requires(*ROLES)
async def get_employee(request: web.Request) -> web.Response:
    return web.json_response((await managed(request, request.match_info["id"])).view())


@requires(*ROLES)
async def change_employee(request: web.Request) -> web.Response:
    current = await managed(request, request.match_info["id"])
    changes = (await read_json(request, schemas.EmployeeChanges)).model_dump(exclude_none=True)

    def change(stored: Employee) -> Employee:  # on the record as stored: WhatsApp may have moved them meanwhile
        changed = stored.changed(changes)
        may_manage(request, changed)
        return changed

    try:
        changed = await repos(request).employees.change(current.id, change)
    except MobileTaken as taken:
        return await _taken(request, taken, current.id)
    if changed is None:
        raise NotFound(f"no employee {current.id}")
    return web.json_response(changed.view())


@requires(*ROLES)
async def reset_pin(request: web.Request) -> web.Response:
    employee = await managed(request, request.match_info["id"])
    await corrections.reset_pin(context(request), employee.id, by=by(request))
    return web.json_response({"employee_id": employee.id,
                              "access": "reset; the employee chooses a new PIN on next use"})
