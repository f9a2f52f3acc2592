"""The payroll back office under ``/api/payroll/``: one table of routes, registered and described from it.

Reading order: ``access`` (role, area scope), ``schemas`` (what is accepted), ``employees`` and ``slips``
(the routes), ``openapi`` (the description served at ``/api/payroll/openapi.json``).
"""
from __future__ import annotations

from aiohttp import web

from services.payroll.backoffice import employees, schemas, slips
from services.payroll.backoffice.access import ROLES
from services.payroll.backoffice.openapi import OFFICE
from services.payroll.domain import Employee
from shared.runtime.openapi import Route, describe, register

CSV = (f"a header row then one row per employee; columns: {schemas.CSV_COLUMNS} (amounts in rupees); as Excel saves "
       "it: UTF-8, UTF-16 with its byte-order mark (Unicode Text, cells split by tabs) or Windows-1252")
ROUTES: tuple[Route, ...] = (
    Route("GET", "/employees", employees.list_employees,
          "Employees of the token's area, a page at a time (account and PAN masked)", query=schemas.EmployeeListing),
    Route("POST", "/employees", employees.register, "Register an employee", body=Employee, created=True),
    Route("GET", "/employees/{id}", employees.get_employee, "One employee"),
    Route("PATCH", "/employees/{id}", employees.change_employee,
          "Change an employee: mobile, office, bank, or status=left when they leave", body=schemas.EmployeeChanges),
    Route("POST", "/employees/{id}/pin-reset", employees.reset_pin,
          "Reset a forgotten PIN (the employee is told, and chooses a new one on next use)",
          answers={"422": "the employee has left (status left): the chat refuses them, so there is no PIN to reset; "
                          "set status active first if they have rejoined"}),
    Route("POST", "/slips/{month}", slips.import_month,
          "Import a month's payroll (YYYY-MM, not after the current month): every row checked, a bad row "
          "rejects the batch",
          body=schemas.PayBatch, created=True, csv=CSV),
    Route("GET", "/slips/{month}", slips.month_batches,
          "The batches imported for a month (counts of the token's own employees, no amounts)"),
    Route("PUT", "/slips/{month}/{employee_id}", slips.reissue,
          "Re-issue a corrected slip: the old one, and the statement of its year that sums it, show as superseded; "
          "the answer lists every correction of the slip (revision, when, by which token, why). Figures the slip "
          "already states re-issue nothing: 200 with the slip as it stands",
          body=schemas.Reissue, created=True),
)
DESCRIPTION = schemas.document_rows(describe(OFFICE, ROUTES))


def routes(app: web.Application) -> None:
    register(app, ROUTES, DESCRIPTION, ROLES)
