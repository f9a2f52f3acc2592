"""Fixtures for the permit tests, from ``casework_kit.casework_fixtures``: the service as ``panchayat run``
runs it (real runtime, in-process bus, real SQLite store in ``tmp_path``, demo applications loaded) with
only the clock faked, so "expired" and "today" do not depend on the day the tests run; and ``system``,
the whole one-process system on a real port for the tests through the webhook."""
from __future__ import annotations

from casework_kit import PUBLIC_URL, casework_fixtures

from services.permit.service import spec

clock, bus, runtime, citizen, system = casework_fixtures("permit", lambda: spec(public_url=PUBLIC_URL))
