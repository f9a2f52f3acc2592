"""Fixtures for the payroll tests.

The service runs as ``panchayat run`` runs it: the real runtime on the in-process bus and the real SQLite
store in ``tmp_path``, without demo data (each test brings its own employees and pay through the same use
cases the back office calls). Only the clock is fake (``Clock``): locks lapse without sleeping. A listener
on the bus keeps every envelope published, so tests can look for figures or PINs where none may be.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from chat_kit import listening_bus, runtime_maker
from payroll_kit import PUBLIC_URL, START, Clock, Staff, employee, pay
from phone_kit import running_system
from prometheus_client import CollectorRegistry

from services.payroll import publishing
from services.payroll.domain import Employee
from services.payroll.repository import Repositories
from services.payroll.service import spec
from shared.auth import AUTH, Tokens
from shared.bus.memory import InProcessBus
from shared.runtime import ServiceRuntime, ServiceSpec, create_app
from shared.store.sqlite import SqliteStore


@pytest.fixture
def clock() -> Clock:
    return Clock(START)


@pytest.fixture
async def bus() -> AsyncIterator[InProcessBus]:
    bus = await listening_bus("#")
    yield bus
    await bus.close(1.0)


@pytest.fixture
async def make_runtime(bus: InProcessBus, clock: Clock, tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    def make_spec(load_demo: bool = False, finish_every: float | None = None) -> ServiceSpec:
        return spec(public_url=PUBLIC_URL, load_demo=load_demo, finish_every=finish_every)

    async with runtime_maker(make_spec, bus, tmp_path / "payroll.sqlite3", clock,
                             retries="0.01,0.01,0.01", prefetch=16) as make:
        yield make


@pytest.fixture
async def runtime(make_runtime) -> ServiceRuntime:
    return await make_runtime()


@pytest.fixture
def office(runtime: ServiceRuntime, bus: InProcessBus):
    """The back office's use cases, called directly: register employees and import months."""

    class Office:
        repos = Repositories.of(runtime.store)

        async def register(self, **changes: Any) -> Employee:
            return await self.repos.employees.add(Employee.model_validate(employee(**changes)))

        async def import_month(self, month: str, *rows: dict[str, Any]) -> dict[str, Any]:
            summary = await publishing.import_batch(runtime.context, month, list(rows or [pay()]), 1, by="test")
            await bus.drain()
            return summary

    return Office()


@pytest.fixture
def staff(bus: InProcessBus, runtime: ServiceRuntime) -> Callable[..., Staff]:
    def make(wa_id: str = "919700000001", lang: str = "en") -> Staff:
        return Staff(bus, runtime.store, wa_id, lang=lang)
    return make


@pytest.fixture
async def desk(aiohttp_client, make_runtime, bus, tmp_path: Path):
    """The back office through the real app, as ``payroll_admin`` (``headers``; ``bearer(role)`` for others),
    with three employees registered; ``staff(wa_id)`` chats as one of them."""
    runtime = await make_runtime(start=False)
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))

    async def bearer(role: str = "payroll_admin", **scope: str) -> dict[str, str]:
        token, _ = await tokens.create(role, scope=scope)
        return {"Authorization": f"Bearer {token}"}

    client.bearer = bearer
    client.headers = await bearer()
    client.runtime = runtime
    client.staff = lambda wa_id="919700000001": Staff(bus, runtime.store, wa_id)
    for i, mobile in ((1, "9700000001"), (2, "919700000002"), (3, "+91 97000 00003")):
        created = await client.post("/api/payroll/employees", json=employee(f"GP-TEST-000{i}", mobile),
                                    headers=client.headers)
        assert created.status == 201, await created.text()
    return client


@pytest.fixture
async def with_desk(tmp_path: Path):
    """The whole system of ``panchayat run`` on a real port: (http session, base URL, the back office's headers as
    ``payroll_admin``), for the tests through the real webhook that bring their own employees."""
    async with running_system(tmp_path) as (http, base, _, app):
        token, _ = await app[AUTH].create("payroll_admin", name="payroll-desk")
        yield http, base, {"Authorization": f"Bearer {token}"}
