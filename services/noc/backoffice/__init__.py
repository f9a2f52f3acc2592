"""The NOC back office under ``/api/noc/``: ``/certificates`` for the gram panchayat's officials
(``gp_official`` scoped by ``gp``) and the department (``noc_admin``), described at ``openapi.json``.
The routes are casework's (``shared.casework.office``), made for the NOC's kind."""
from __future__ import annotations

from services.noc.kind import KIND
from shared.casework.office import routes as casework_routes

routes = casework_routes(KIND)
