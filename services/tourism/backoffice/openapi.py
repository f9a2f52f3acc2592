"""How the tourism back office describes itself (``/api/tourism/openapi.json``); the description is built
by ``shared.runtime.openapi`` from the route table in ``__init__``."""
from __future__ import annotations

from services.tourism.backoffice.access import ROLES
from shared.runtime.openapi import ERRORS, Office

OFFICE = Office(
    prefix="/api/tourism", title="Panchayat Tourism back office",
    access=f"Bearer token with role {' or '.join(ROLES)}; a token scoped to a district manages its properties only, "
           "and one scoped by block or gp is refused (a property records its district only). A tourism_manager "
           "token is always scoped to its district; only an unscoped tourism_admin token acts across the state "
           "and changes the booking policy.",
    errors={**ERRORS, "403": "role not admitted, a new property outside the token's district, a token scoped by "
                             "block or gp, a tourism_manager token without a district, or a policy change by a "
                             "token other than an unscoped tourism_admin",
            "404": "no such property, room type, block or booking in the token's district: one elsewhere is not "
                   "found, as an id never used",
            "409": "changed by someone else meanwhile, or id taken"})
