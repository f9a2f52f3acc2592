"""End to end: the system ``panchayat run`` builds (gateway, sender, every registered service and the
simulator's fake Cloud API on one HTTP server), on the in-process bus or on RabbitMQ. Nothing is faked:
webhooks are signed Meta payloads POSTed over HTTP, and what the system said is read from what the fake
Cloud API accepted. On RabbitMQ the roles' queues are deleted before and after, so runs do not meet.
"""
from __future__ import annotations

import socket
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from services import registry
from shared.bus import Bus, RetryPolicy, Subscription
from shared.bus.memory import InProcessBus
from shared.bus.rabbit import RabbitBus
from shared.envelope import Envelope
from shared.run import build_app, local_settings
from shared.settings import Settings
from simulator import Simulator
from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

DELAYS = "0.2,0.5"
ROLE_QUEUES = ("gateway", "sender")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class System:
    url: str
    sim: Simulator
    bus: Bus
    settings: Settings
    http: aiohttp.ClientSession
    events: list[Envelope]

    async def post(self, body: dict[str, Any] | bytes, *, secret: str | None = None,
                   headers: dict[str, str] | None = None) -> aiohttp.ClientResponse:
        raw, signed = hooks.signed(body, secret or self.settings.secret("WHATSAPP_APP_SECRET"))
        async with self.http.post(f"{self.url}/webhook", data=raw, headers=signed if headers is None else headers) as resp:
            await resp.read()
            return resp

    async def say(self, wa_id: str, text: str, *, user_id: str | None = None) -> dict[str, Any]:
        message = msg.text(wa_id, text, user_id=user_id)
        resp = await self.post(hooks.payload([message]))
        assert resp.status == 200
        return message

    async def tap(self, wa_id: str, reply_id: str, title: str, kind: str = "button", *,
                  user_id: str | None = None) -> None:
        message = (msg.button_reply if kind == "button" else msg.list_reply)(wa_id, reply_id, title, user_id=user_id)
        assert (await self.post(hooks.payload([message]))).status == 200

    async def replies(self, wa_id: str, count: int) -> list[dict[str, Any]]:
        return await self.sim.wait_sent(count, to=wa_id, timeout=10)


async def _clean(bus: RabbitBus, settings: Settings) -> None:
    for queue in (*ROLE_QUEUES, *registry.names()):
        await bus.delete_queue(queue, RetryPolicy(settings.retry_delays))


@pytest.fixture(params=["memory", pytest.param("rabbit", marks=pytest.mark.rabbit)])
async def system(request: pytest.FixtureRequest, tmp_path: Path, amqp_url: str) -> AsyncIterator[System]:
    port = free_port()
    settings = local_settings(Settings(GATEWAY_PORT=port, PANCHAYAT_DATA_DIR=tmp_path,
                                       PANCHAYAT_RETRY_DELAYS=DELAYS))
    bus: Bus = InProcessBus() if request.param == "memory" else RabbitBus(amqp_url)
    if isinstance(bus, RabbitBus):
        await bus.start()
        await _clean(bus, settings)
    events: list[Envelope] = []
    events_queue = f"e2e-events-{uuid.uuid4().hex[:8]}"

    async def record(envelope: Envelope) -> None:
        events.append(envelope)

    app, sim = build_app(settings, simulated=True, bus=bus)
    assert sim is not None
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    await bus.subscribe(Subscription(queue=events_queue, keys=("wa.status.#", "wa.person.#"), handler=record))
    async with aiohttp.ClientSession() as http:
        yield System(url=f"http://127.0.0.1:{port}", sim=sim, bus=bus, settings=settings, http=http, events=events)
    if isinstance(bus, RabbitBus):
        await bus.delete_queue(events_queue)
        await _clean(bus, settings)
    await runner.cleanup()
