"""Fixtures for the permit tests.

The service runs as ``panchayat run`` runs it: the real runtime on the in-process bus and the real SQLite
store in ``tmp_path``, with the demo applications loaded at start. Only the clock is fake (``Clock``), so
"expired" and "today" do not depend on the day the tests run. A listener on the bus keeps every event
(``bus.seen``) for the tests that check what other departments and the gateway are told.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from casework_kit import PUBLIC_URL, Citizen, Clock
from prometheus_client import CollectorRegistry

from services.permit.service import spec
from shared.bus import Subscription
from shared.bus.memory import InProcessBus
from shared.envelope import Envelope
from shared.metrics import Metrics
from shared.runtime import ServiceRuntime
from shared.settings import Settings, load_settings
from shared.store.sqlite import SqliteStore

RINA, ARJUN, TAPAN = "919800000001", "919800000002", "919800000004"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(AMQP_URL=None, MONGODB_URL=None, PANCHAYAT_DATA_DIR=tmp_path,
                         PANCHAYAT_RETRY_DELAYS="0.01,0.01", PANCHAYAT_PREFETCH=64)


@pytest.fixture
async def bus() -> AsyncIterator[InProcessBus]:
    bus = InProcessBus()
    await bus.start()
    seen: list[Envelope] = []

    async def listen(envelope: Envelope) -> None:
        seen.append(envelope)

    await bus.subscribe(Subscription(queue="listener", keys=("wa.outbound", "permit.#"), handler=listen))
    bus.seen = seen  # type: ignore[attr-defined]
    yield bus
    await bus.close(1.0)


@pytest.fixture
async def make_runtime(bus: InProcessBus, settings: Settings, clock: Clock, tmp_path: Path):
    started: list[ServiceRuntime] = []

    async def make(*, start: bool = True) -> ServiceRuntime:
        runtime = ServiceRuntime(spec(public_url=PUBLIC_URL), bus=bus, store=SqliteStore(tmp_path / "permit.sqlite3"),
                                 settings=settings, clock=clock, metrics=Metrics(CollectorRegistry()))
        if start:
            await runtime.start()
            started.append(runtime)
        return runtime

    yield make
    if started:
        await bus.drain()
    for runtime in started:
        await runtime.stop(1.0)


@pytest.fixture
async def runtime(make_runtime) -> ServiceRuntime:
    return await make_runtime()


@pytest.fixture
def citizen(bus: InProcessBus, runtime: ServiceRuntime) -> Callable[..., Citizen]:
    def make(wa_id: str, lang: str = "en") -> Citizen:
        return Citizen(bus, runtime.store, "permit", wa_id, lang=lang)
    return make
