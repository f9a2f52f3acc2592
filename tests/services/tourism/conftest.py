"""Fixtures for the tourism tests.

The service runs as ``panchayat run`` runs it: the real runtime on the in-process bus and the real SQLite
store in ``tmp_path``, with the demo catalog loaded at start. Only the clock is fake (``Clock``, moved by
the tests: holds lapse and reminders fall due without sleeping) and reminders are swept by the tests
rather than by the periodic task. ``make_runtime`` makes further copies of the service on the same store
file, as ops would run them.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from chat_kit import listening_bus, runtime_maker
from prometheus_client import CollectorRegistry
from tourism_kit import PUBLIC_URL, START, Clock, Guest

from services.tourism.service import spec
from shared.auth import Tokens
from shared.bus.memory import InProcessBus
from shared.runtime import ServiceRuntime, ServiceSpec, create_app
from shared.store.sqlite import SqliteStore


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
async def bus() -> AsyncIterator[InProcessBus]:
    bus = await listening_bus("wa.outbound", "tourism.#", "ops.#")
    yield bus
    await bus.close(1.0)


@pytest.fixture
async def make_runtime(bus: InProcessBus, clock: Clock, tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    def make_spec() -> ServiceSpec:
        return spec(public_url=PUBLIC_URL, reminder_every=None)

    async with runtime_maker(make_spec, bus, tmp_path / "tourism.sqlite3", clock,
                             retries="0.01,0.01,0.01,0.01,0.01", prefetch=64) as make:
        yield make


@pytest.fixture
async def runtime(make_runtime) -> ServiceRuntime:
    return await make_runtime()


@pytest.fixture
def guests() -> Callable[..., Callable[..., Guest]]:
    """``guests(bus, runtime)`` makes guests of that service, each with their own WhatsApp number."""
    numbers = iter(range(919800000001, 919899999999))

    def of(bus: InProcessBus, runtime: ServiceRuntime) -> Callable[..., Guest]:
        def make(lang: str = "en", **options: str) -> Guest:
            return Guest(bus, runtime.store, str(next(numbers)), lang=lang, **options)
        return make
    return of


@pytest.fixture
def make_guest(guests, bus: InProcessBus, runtime: ServiceRuntime) -> Callable[..., Guest]:
    return guests(bus, runtime)


@pytest.fixture
def guest(make_guest) -> Guest:
    return make_guest()


@pytest.fixture
async def office(aiohttp_client, make_runtime, tmp_path: Path):
    """The back office through the real app, as the Alipurduar district's ``tourism_manager`` (``headers``), and
    the ``runtime`` it starts; a test module with its own ``office`` uses that instead."""
    runtime = await make_runtime(start=False)
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create("tourism_manager", scope={"district": "Alipurduar"})
    client.headers = {"Authorization": f"Bearer {token}"}
    client.runtime = runtime
    return client
