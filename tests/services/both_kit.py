"""What a test of building permission and the trade NOC alike needs: each service's differences (its name, its
office's paths and role, its number as asked, its demo cases) and the fixtures ``casework_kit`` gives one service's
tests, here run once for each of the two.

A module binds the fixtures by name as a conftest does (``service, clock, bus, runtime, citizen, system,
office = both_fixtures()``); every test asking for any of them runs for ``permit`` and for ``noc``, and reads the
service's differences from ``service``.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from casework_kit import ARJUN, PUBLIC_URL, RINA, START, Citizen
from chat_kit import Clock, listening_bus, service_runtime
from phone_kit import running_system
from prometheus_client import CollectorRegistry

from services.noc.service import spec as noc_spec
from services.permit.service import spec as permit_spec
from shared.auth import Tokens
from shared.bus.memory import InProcessBus
from shared.runtime import ServiceRuntime, ServiceSpec, create_app
from shared.store.sqlite import SqliteStore


@dataclass(frozen=True)
class Service:
    name: str  # its chat's and its events' name: ``permit``, ``noc``
    spec: Callable[[], ServiceSpec]
    records: str  # the office's path to one case, its number after it
    admin: str  # the role that may move any of its cases
    asked: dict[str, str]  # how its number is asked for, by language
    fee_pending: str  # the demo's case waiting for its fee
    fee_holder: str  # whose it is
    fee_gp: str  # its gram panchayat's code
    fee: dict[str, str]  # its fee, by language
    own: str  # a case of Rina's, of the demo, shown to her by its number

    def tap(self, action: str) -> str:
        """The id of this service's button for ``action`` (``status``, ``view:<number>``)."""
        return f"{self.name}:{action}"


PERMIT = Service(
    "permit", lambda: permit_spec(public_url=PUBLIC_URL), "/api/permit/applications/", "permit_admin",
    {"en": "Type your application number, for example *BP/PUR/2026/000123*.",
     "bn": "আপনার আবেদন নম্বর লিখুন, যেমন *BP/PUR/2026/000123*।"},
    "BP/PUR/2026/000102", RINA, "baghmundi", {"en": "₹1,800", "bn": "₹১,৮০০"}, "BP/PUR/2026/000101")
NOC = Service(
    "noc", lambda: noc_spec(public_url=PUBLIC_URL, reminder_every=None), "/api/noc/certificates/", "noc_admin",
    {"en": "Type your NOC certificate number, for example *TNOC/2026/000045*.",
     "bn": "আপনার NOC শংসাপত্র নম্বর লিখুন, যেমন *TNOC/2026/000045*।"},
    "TNOC/2026/000048", ARJUN, "ajodhya", {"en": "₹2,500", "bn": "₹২,৫০০"}, "TNOC/2026/000045")


def both_fixtures() -> tuple[Any, ...]:
    """``service`` (each of the two in turn) and, for it, what ``casework_fixtures`` gives: ``clock``, ``bus``,
    ``runtime`` (demo data loaded, no reminder sweep), ``citizen``, ``system`` (the whole system of
    ``panchayat run`` on a real port: ``(http session, base URL, app)``) and ``office``."""

    @pytest.fixture(name="service", params=[PERMIT, NOC], ids=lambda s: s.name)
    def service(request: Any) -> Service:
        return request.param

    @pytest.fixture(name="clock")
    def clock() -> Clock:
        return Clock(START)

    @pytest.fixture(name="bus")
    async def bus(service: Service) -> AsyncIterator[InProcessBus]:
        bus = await listening_bus("wa.outbound", f"{service.name}.#")
        yield bus
        await bus.close(1.0)

    @pytest.fixture(name="runtime")
    async def runtime(service: Service, bus: InProcessBus, clock: Clock,
                      tmp_path: Path) -> AsyncIterator[ServiceRuntime]:
        runtime = service_runtime(service.spec(), bus, tmp_path / f"{service.name}.sqlite3", clock)
        await runtime.start()
        yield runtime
        await bus.drain()
        await runtime.stop(1.0)

    @pytest.fixture(name="citizen")
    def citizen(service: Service, bus: InProcessBus, runtime: ServiceRuntime) -> Callable[..., Citizen]:
        def make(wa_id: str, lang: str = "en") -> Citizen:
            return Citizen(bus, runtime.store, service.name, wa_id, lang=lang)
        return make

    @pytest.fixture(name="system")
    async def system(service: Service, tmp_path: Path) -> AsyncIterator[tuple[ClientSession, str, Any]]:
        async with running_system(tmp_path) as (http, base, _, app):
            yield http, base, app

    @pytest.fixture(name="office")
    async def office(service: Service, aiohttp_client: Any, runtime: ServiceRuntime, tmp_path: Path) -> Any:
        """The back office of ``runtime``, its client's ``headers`` those of the service's admin."""
        tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
        client = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
        token, _ = await tokens.create(service.admin, scope={})
        client.headers = {"Authorization": f"Bearer {token}"}
        return client

    return service, clock, bus, runtime, citizen, system, office
