"""Fixtures for the grievance tests.

The service runs as ``panchayat run`` runs it: the real runtime on the in-process bus and the real SQLite
store in ``tmp_path``, with the demo directory. Only the clock is fake (``Clock``, moved by the tests, so
deadlines pass without sleeping) and the escalation sweep is run by the tests rather than by the periodic
task. ``make_runtime`` makes further copies of the service on the same store file, as ops would run them.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from chat_kit import listening_bus, runtime_maker
from grievance_kit import START, Clock, Person
from prometheus_client import CollectorRegistry

from services.grievance.service import spec
from shared.auth import Tokens
from shared.bus.memory import InProcessBus
from shared.runtime import ServiceRuntime, ServiceSpec, create_app
from shared.store.sqlite import SqliteStore


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
async def bus() -> AsyncIterator[InProcessBus]:
    bus = await listening_bus("wa.outbound", "grievance.#", "ops.#")
    yield bus
    await bus.close(1.0)


@pytest.fixture
async def make_runtime(bus: InProcessBus, clock: Clock, tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    def make_spec() -> ServiceSpec:
        return spec(escalate_every=None, load_demo=False)

    async with runtime_maker(make_spec, bus, tmp_path / "grievance.sqlite3", clock,
                             retries="0.01,0.01,0.01,0.01,0.01", prefetch=64) as make:
        yield make


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

    async def bearer(role: str = "district_officer", *, named: str | None = None, **scope: str) -> dict[str, str]:
        token, _ = await tokens.create(role, name=named, scope=scope)
        return {"Authorization": f"Bearer {token}"}

    client.bearer = bearer
    client.person = people(bus, runtime)
    client.runtime = runtime
    return client
