"""How the payroll back office describes itself (``/api/payroll/openapi.json``); the description is built
by ``shared.runtime.openapi`` from the route table in ``__init__``. The import also takes ``text/csv``."""
from __future__ import annotations

from services.payroll.backoffice import schemas
from services.payroll.backoffice.access import ROLES
from shared.runtime.openapi import ERRORS, Office

OFFICE = Office(
    prefix="/api/payroll", title="Panchayat Payroll back office",
    access=f"Bearer token with role {' or '.join(ROLES)}; a token scoped to a district, block or gram panchayat "
           "manages only the employees there.",
    errors={**ERRORS, "403": "role not admitted, or an employee registered (or moved) to an office outside the "
                             "token's area",
            "404": "no such employee or slip in the token's area: an employee elsewhere is not found, as an id "
                   "never used",
            "409": "changed by someone else meanwhile, or id / mobile taken",
            "422": "invalid input; for an import, a problem of the whole batch in `detail` and every refused row "
                   "with its number and reason in `rows`"},
    extra=(schemas.PayRow,))
