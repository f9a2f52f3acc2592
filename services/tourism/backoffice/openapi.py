"""How the tourism back office describes itself (``/api/tourism/openapi.json``); the description is built
by ``shared.runtime.openapi`` from the route table in ``__init__``."""
from __future__ import annotations

from services.tourism.backoffice.access import ROLES
from shared.runtime.openapi import ERRORS, Office

OFFICE = Office(
    prefix="/api/tourism", title="Panchayat Tourism back office",
    access=f"Bearer token with role {' or '.join(ROLES)}; a token scoped to a district manages its properties only, "
           "and one scoped by block or gp is refused (a property records its district only).",
    errors={**ERRORS, "403": "role not admitted, a new property outside the token's district, or a token scoped by "
                             "block or gp",
            "404": "no such property, room type, block or booking in the token's district: one elsewhere is not "
                   "found, as an id never used",
            "409": "changed by someone else meanwhile, or id taken"})
