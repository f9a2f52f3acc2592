"""The sender under test is the real one (``build_sender`` on ``ServiceRuntime``) on the real in-process
bus and a real SQLite store in ``tmp_path``, talking over real HTTP to the simulator's fake Cloud API,
whose failure injection plays Meta's errors. The simulator's status webhooks go to a sink that answers
200. Delays are shrunk to milliseconds through the sender's own tuning settings. The simulator's 24-hour window
is left open here: these tests make up the numbers they send to and inject each Meta error they mean, 131047
among them; ``test_sender_window`` meets the simulator's own window.
"""
from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from sender_kit import ACCESS_TOKEN, FAST, PHONE_NUMBER_ID, MakeSender, SenderStack

from gateway.sender.config import load_tuning
from gateway.sender.main import build_sender
from shared.bus import Subscription
from shared.bus.memory import InProcessBus
from shared.envelope import Envelope
from shared.runtime import ServiceRuntime
from shared.settings import Settings
from shared.store.sqlite import SqliteStore
from simulator.app import Simulator, create_simulator


async def _accept(_: web.Request) -> web.Response:
    return web.Response(text="ok")


@pytest.fixture
async def cloud(aiohttp_server: Any) -> Simulator:
    sink = web.Application()
    sink.router.add_post("/webhook", _accept)
    webhook = await aiohttp_server(sink)
    return create_simulator(access_token=ACCESS_TOKEN, app_secret="test-secret", phone_number_id=PHONE_NUMBER_ID,
                            webhook_url=str(webhook.make_url("/webhook")), status_delay=0.0,
                            service_window=False)


@pytest.fixture
async def api_url(aiohttp_server: Any, cloud: Simulator) -> str:
    server = await aiohttp_server(cloud.create_app())
    return str(server.make_url(cloud.api_path))


@pytest.fixture
async def session() -> AsyncIterator[aiohttp.ClientSession]:
    async with aiohttp.ClientSession() as session:
        yield session


def settings_for(api_url: str, **overrides: Any) -> Settings:
    fields = {"WHATSAPP_API_URL": api_url, "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
              "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID, "PANCHAYAT_RETRY_DELAYS": "0.01,0.01",
              "PANCHAYAT_SEND_RATE": 1000}
    return Settings(**{**fields, **overrides})


@pytest.fixture
async def make_sender(bus: InProcessBus, cloud: Simulator, api_url: str, session: aiohttp.ClientSession,
                      tmp_path: Path) -> AsyncIterator[MakeSender]:
    """A sender copy on the shared bus; copies share the store file, as copies of a deployment do."""
    runtimes: list[ServiceRuntime] = []
    failed: list[Envelope] = []

    async def collect(envelope: Envelope) -> None:
        failed.append(envelope)

    await bus.subscribe(Subscription(queue="failures", keys=("wa.delivery.failed",), handler=collect))

    async def make(environment: dict[str, Any] | None = None, **tuning: Any) -> SenderStack:
        """``environment``: shared settings for this copy (prefetch, retry delays); ``tuning``: the sender's own."""
        store = SqliteStore(tmp_path / "sender.sqlite3")
        settings = settings_for(api_url, **(environment or {}))
        sender = build_sender(settings, load_tuning(**{**FAST, **tuning}), store=store, session=session)
        runtime = ServiceRuntime(sender.spec(), bus=bus, store=store, settings=settings)
        await runtime.start()
        runtimes.append(runtime)
        return SenderStack(bus, cloud, runtime, sender, failed)

    yield make
    await bus.close(1)
    for runtime in runtimes:
        await runtime.stop(1)


@pytest.fixture
async def stack(make_sender: MakeSender) -> SenderStack:
    return await make_sender()
