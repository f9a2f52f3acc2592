"""The permit back office under ``/api/permit/``: ``/applications`` for the gram panchayat's officials
(``gp_official`` scoped by ``gp``) and the department (``permit_admin``), described at ``openapi.json``.
The routes are casework's (``shared.casework.office``), made for the permit's kind."""
from __future__ import annotations

from services.permit.kind import KIND
from shared.casework.office import routes as casework_routes

routes = casework_routes(KIND)
