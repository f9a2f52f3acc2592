"""Fixtures for the grievance tests.

The service runs as ``panchayat run`` runs it: the real runtime on the in-process bus and the real SQLite
store in ``tmp_path``, with the demo directory. Only the clock is fake (``Clock``, moved by the tests, so
deadlines pass without sleeping) and the escalation sweep is run by the tests rather than by the periodic
task. ``make_runtime`` makes further copies of the service on the same store file, as ops would run them.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
from grievance_kit import START, Clock, Person
from prometheus_client import CollectorRegistry

from services.grievance.service import spec
from shared.auth import Tokens
from shared.bus import Subscription
from shared.bus.memory import InProcessBus
from shared.envelope import Envelope
from shared.metrics import Metrics
from shared.runtime import ServiceRuntime, create_app
from shared.settings import Settings, load_settings
from shared.store.sqlite import SqliteStore


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(AMQP_URL=None, MONGODB_URL=None, PANCHAYAT_DATA_DIR=tmp_path,
                         PANCHAYAT_RETRY_DELAYS="0.01,0.01,0.01,0.01,0.01", PANCHAYAT_PREFETCH=64)


@pytest.fixture
async def bus() -> AsyncIterator[InProcessBus]:
    bus = InProcessBus()
    await bus.start()
    seen: list[Envelope] = []

    async def listen(envelope: Envelope) -> None:
        seen.append(envelope)

    await bus.subscribe(Subscription(queue="listener", keys=("wa.outbound", "grievance.#", "ops.#"), handler=listen))
    bus.seen = seen  # type: ignore[attr-defined]
    yield bus
    await bus.close(1.0)


@pytest.fixture
async def make_runtime(bus: InProcessBus, settings: Settings, clock: Clock, tmp_path: Path
                       ) -> AsyncIterator[Callable[..., ServiceRuntime]]:
    started: list[ServiceRuntime] = []

    async def make(*, start: bool = True) -> ServiceRuntime:
        runtime = ServiceRuntime(spec(escalate_every=None, load_demo=False), bus=bus,
                                 store=SqliteStore(tmp_path / "grievance.sqlite3"), settings=settings, clock=clock,
                                 metrics=Metrics(CollectorRegistry()))
        if start:
            await runtime.start()
            started.append(runtime)
        return runtime

    yield make  # type: ignore[misc]
    if started:
        await bus.drain()
    for runtime in started:
        await runtime.stop(1.0)


@pytest.fixture
async def runtime(make_runtime) -> ServiceRuntime:
    return await make_runtime()


@pytest.fixture
def people() -> Callable[..., Callable[..., Person]]:
    """``people(bus, runtime)`` makes people of that service, each with their own WhatsApp number."""
    numbers = iter(range(919733000001, 919733999999))

    def of(bus: InProcessBus, runtime: ServiceRuntime) -> Callable[..., Person]:
        def make(lang: str = "en") -> Person:
            return Person(bus, runtime.store, str(next(numbers)), lang=lang)
        return make
    return of


@pytest.fixture
def make_person(people, bus: InProcessBus, runtime: ServiceRuntime) -> Callable[..., Person]:
    return people(bus, runtime)


@pytest.fixture
def person(make_person) -> Person:
    return make_person()


@pytest.fixture
async def office(aiohttp_client, make_runtime, people, bus: InProcessBus, tmp_path: Path):
    """The back office through the real app (``create_app``), a runtime it starts, and ``bearer(role, **scope)``."""
    runtime = await make_runtime(start=False)
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))

    async def bearer(role: str = "district_officer", **scope: str) -> dict[str, str]:
        token, _ = await tokens.create(role, scope=scope)
        return {"Authorization": f"Bearer {token}"}

    client.bearer = bearer
    client.person = people(bus, runtime)
    client.runtime = runtime
    return client
