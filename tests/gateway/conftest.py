"""The gateway under test is the real app from ``create_app`` on the real in-process bus and a real
SQLite store in ``tmp_path``; nothing is faked except the clock and, where a test says so, a bus whose
publishes fail (``FlakyBus``). What the gateway publishes is read from a test queue (``Recorder``).
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from gateway_kit import Clock, MakeStack, Recorder, Stack, make_settings
from prometheus_client import CollectorRegistry

from gateway.app import create_app
from shared.bus import Bus
from shared.bus.memory import InProcessBus
from shared.store import Store
from shared.store.sqlite import SqliteStore


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
async def bus() -> AsyncIterator[InProcessBus]:
    bus = InProcessBus()
    await bus.start()
    yield bus
    await bus.close(1)


@pytest.fixture
async def recorder(bus: InProcessBus) -> Recorder:
    recorder = Recorder(bus)
    await recorder.start()
    return recorder


@pytest.fixture
def make_stack(aiohttp_client: Any, bus: InProcessBus, recorder: Recorder, clock: Clock, tmp_path: Path) -> MakeStack:
    """A gateway app on the shared test bus; each call is another copy (same store file unless told, or a store
    given whole: one that counts its reads, say)."""

    async def make(*, app_bus: Bus | None = None, store_path: Path | None = None, store: Store | None = None,
                   **options: Any) -> Stack:
        store = store or SqliteStore(store_path or tmp_path / "gateway.sqlite3")
        app = create_app(make_settings(), bus=app_bus or bus, store=store, clock=clock,
                         registry=CollectorRegistry(), owns_bus=False, **options)
        stack = Stack(await aiohttp_client(app), recorder, clock)
        await recorder.settle()
        stack.on_start = list(recorder.envelopes)
        recorder.clear()
        return stack

    return make


@pytest.fixture
async def stack(make_stack: MakeStack) -> Stack:
    return await make_stack()
