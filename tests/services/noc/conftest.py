"""Fixtures for the NOC tests, from ``casework_kit.casework_fixtures``: the service as ``panchayat run``
runs it (real runtime, in-process bus, real SQLite store in ``tmp_path``, demo certificates loaded) with
only the clock faked and no reminder sweep — the tests sweep with ``reminders.send_due`` — and
``system``, the whole one-process system on a real port for the tests through the webhook."""
from __future__ import annotations

from casework_kit import PUBLIC_URL, casework_fixtures

from services.noc.service import spec

clock, bus, runtime, citizen, system = casework_fixtures(
    "noc", lambda: spec(public_url=PUBLIC_URL, reminder_every=None))
