"""Fixtures for the runtime tests.

The runtime runs on the real in-process bus and the real SQLite store in ``tmp_path``: what is tested is
the consumption path as ``panchayat run`` executes it. Settings use 0.05 s retry delays so that a failing
message is dead-lettered quickly. The test service itself is in ``echo_service``.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import pytest
from echo_service import FIXED_NOW, Collector
from prometheus_client import CollectorRegistry

from shared.bus import Subscription
from shared.bus.memory import InProcessBus
from shared.metrics import Metrics
from shared.runtime import ServiceRuntime, ServiceSpec
from shared.settings import Settings, load_settings
from shared.store import Store
from shared.store.sqlite import SqliteStore


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return load_settings(AMQP_URL=None, MONGODB_URL=None, PANCHAYAT_DATA_DIR=tmp_path,
                         PANCHAYAT_RETRY_DELAYS="0.05,0.05", PANCHAYAT_PREFETCH=4)


@pytest.fixture
def metrics() -> Metrics:
    return Metrics(CollectorRegistry())


@pytest.fixture
async def bus() -> AsyncIterator[InProcessBus]:
    bus = InProcessBus()
    await bus.start()
    yield bus
    await bus.close(1.0)


@pytest.fixture
def make_store(tmp_path: Path) -> Callable[[str], Store]:
    return lambda name: SqliteStore(tmp_path / f"{name}.sqlite3")


@pytest.fixture
async def collector(bus: InProcessBus) -> Collector:
    collector = Collector()
    await bus.subscribe(Subscription(queue="collector", keys=("wa.outbound", "echo.#", "ops.#"),
                                     handler=collector.handle))
    return collector


@pytest.fixture
def make_runtime(bus: InProcessBus, make_store: Callable[[str], Store], settings: Settings, metrics: Metrics
                 ) -> Callable[..., ServiceRuntime]:
    def make(spec: ServiceSpec, **options: Any) -> ServiceRuntime:
        return ServiceRuntime(spec, bus=bus, store=make_store(spec.name), settings=settings, metrics=metrics,
                              clock=lambda: FIXED_NOW, **options)
    return make
