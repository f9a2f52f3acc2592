"""Fixtures for the permit tests.

The service runs as ``panchayat run`` runs it: the real runtime on the in-process bus and the real SQLite
store in ``tmp_path``, with the demo applications loaded at start. Only the clock is fake (``Clock``), so
"expired" and "today" do not depend on the day the tests run. A listener on the bus keeps what the
service publishes (``bus.seen``) for the tests that check what others are told.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from casework_kit import PUBLIC_URL, Citizen, Clock, listening_bus, service_runtime

from services.permit.service import spec
from shared.bus.memory import InProcessBus
from shared.runtime import ServiceRuntime

RINA, ARJUN, SABINA, TAPAN = "919800000001", "919800000002", "919800000003", "919800000004"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def bus() -> AsyncIterator[InProcessBus]:
    bus = await listening_bus("wa.outbound", "permit.#")
    yield bus
    await bus.close(1.0)


@pytest.fixture
async def runtime(bus: InProcessBus, clock: Clock, tmp_path: Path) -> AsyncIterator[ServiceRuntime]:
    runtime = service_runtime(spec(public_url=PUBLIC_URL), bus, tmp_path / "permit.sqlite3", clock)
    await runtime.start()
    yield runtime
    await bus.drain()
    await runtime.stop(1.0)


@pytest.fixture
def citizen(bus: InProcessBus, runtime: ServiceRuntime) -> Callable[..., Citizen]:
    def make(wa_id: str, lang: str = "en") -> Citizen:
        return Citizen(bus, runtime.store, "permit", wa_id, lang=lang)
    return make
