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

import pytest
from prometheus_client import CollectorRegistry
from tourism_kit import PUBLIC_URL, START, Clock, Guest

from services.tourism.service import spec
from shared.bus import Subscription
from shared.bus.memory import InProcessBus
from shared.envelope import Envelope
from shared.metrics import Metrics
from shared.runtime import ServiceRuntime
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

    await bus.subscribe(Subscription(queue="listener", keys=("wa.outbound", "tourism.#", "ops.#"), handler=listen))
    bus.seen = seen  # type: ignore[attr-defined]
    yield bus
    await bus.close(1.0)


@pytest.fixture
async def make_runtime(bus: InProcessBus, settings: Settings, clock: Clock, tmp_path: Path
                       ) -> AsyncIterator[Callable[[], ServiceRuntime]]:
    started: list[ServiceRuntime] = []

    async def make(*, start: bool = True) -> ServiceRuntime:
        """``start=False`` leaves starting and stopping to the app that serves it (``create_app``)."""
        runtime = ServiceRuntime(spec(public_url=PUBLIC_URL, reminder_every=None), bus=bus,
                                 store=SqliteStore(tmp_path / "tourism.sqlite3"), settings=settings, clock=clock,
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
