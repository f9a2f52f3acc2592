"""How the grievance back office describes itself (``/api/grievance/openapi.json``); the description is
built by ``shared.runtime.openapi`` from the route table in ``__init__``."""
from __future__ import annotations

from services.grievance.backoffice.access import ROLES
from shared.runtime.openapi import ERRORS, Office

OFFICE = Office(
    prefix="/api/grievance", title="Panchayat Grievance back office",
    access=f"Bearer token with role {' or '.join(ROLES)}, scoped to a gram panchayat, block or district. "
           "Reports also come as CSV. One complaint's answers carry its ETag; a change sent with If-Match: <ETag> "
           "is made only to that version of it (412 when it changed meanwhile).",
    errors={**ERRORS, "403": "role not admitted, a token whose scope names no place, or the complaint escalated past "
                             "its level", "404": "no such complaint in the token's area: one elsewhere is not found, "
                             "as a number never lodged", "409": "changed by someone else meanwhile"})
STALE = {"412": "sent with If-Match, and the complaint changed since that version (another official or the person "
                "acted meanwhile): nothing was changed; read it again (its new ETag) and decide"}
