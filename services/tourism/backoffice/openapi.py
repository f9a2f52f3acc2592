"""How the tourism back office describes itself (``/api/tourism/openapi.json``); the description is built
by ``shared.runtime.openapi`` from the route table in ``__init__``."""
from __future__ import annotations

from services.tourism.backoffice.access import ROLES
from shared.runtime.openapi import ERRORS, Office

OFFICE = Office(
    prefix="/api/tourism", title="Panchayat Tourism back office",
    access=f"Bearer token with role {' or '.join(ROLES)}; a token scoped to a district manages its properties only.",
    errors={**ERRORS, "403": "role not admitted, or outside the token's district",
            "409": "changed by someone else meanwhile, or id taken"})
