"""End to end: the system ``panchayat run`` builds (gateway, sender, every registered service and the
simulator's fake Cloud API on one HTTP server), on the in-process bus or on RabbitMQ. Nothing is faked:
webhooks are signed Meta payloads POSTed over HTTP, and what the system said is read from what the fake
Cloud API accepted. On RabbitMQ the roles' queues are emptied after each test, so tests do not meet, and
deleted before a module's first test and after its last, so modules and runs do not meet either: emptying a
quorum queue is one quick step where deleting and declaring again each of the fifty or so is many (and the
broker's slowest).
"""
from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aio_pika
import aiohttp
import pytest
from aio_pika.exceptions import ChannelClosed
from aiohttp import web
from demo_folder import demo_loaded_into

from bench.ports import bound
from services import registry
from shared.bus import Bus, RetryPolicy, Subscription
from shared.bus.memory import InProcessBus
from shared.bus.rabbit import RabbitBus
from shared.bus.topology import family
from shared.envelope import Envelope
from shared.run import build_app, local_settings
from shared.settings import Settings
from simulator import Simulator
from simulator.webhooks import envelope as hooks
from simulator.webhooks import messages as msg

DELAYS = "0.2,0.5"
POLICY = RetryPolicy(tuple(float(d) for d in DELAYS.split(",")))  # the roles' own, from PANCHAYAT_RETRY_DELAYS
ROLE_QUEUES = ("gateway", "sender")


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
        """Posted as Meta posts it; the people who wrote in it open their 24-hour window at the simulator, whose
        fake Cloud API refuses free-form messages to anyone else (as Meta knows who wrote to the business)."""
        if isinstance(body, dict):
            self.sim.heard(body)
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

    async def told(self, wa_id: str, count: int) -> None:
        """Until a service has said ``count`` times whether something of the person's is in progress there
        (``wa.session.settled``), and the gateway, which hears it beside this test, has had a moment to note it: a
        person takes seconds to type "menu" after an answer, a test none."""
        for _ in range(100):
            if sum(1 for e in self.events if e.type == "wa.session.settled" and e.payload.get("wa_id") == wa_id) \
                    >= count:
                await asyncio.sleep(0.2)
                return
            await asyncio.sleep(0.05)
        raise AssertionError(f"no service said {count} times whether something is in progress")


def _roles() -> tuple[str, ...]:
    return (*ROLE_QUEUES, *registry.names())


async def _delete_roles(amqp_url: str) -> None:
    bus = RabbitBus(amqp_url)
    await bus.start()
    try:
        for queue in _roles():
            await bus.delete_queue(queue, POLICY)
    finally:
        await bus.close()


async def _empty_roles(amqp_url: str) -> None:
    """Every message left in the roles' queues dropped, the wait queues first (``family``'s order). Run once the
    system's consumers are gone."""
    connection = await aio_pika.connect(amqp_url)
    try:
        channel = await connection.channel()
        for queue in _roles():
            for name in family(queue, (*POLICY.delays, POLICY.later)):
                try:
                    await (await channel.get_underlay_channel()).queue_purge(name)
                except ChannelClosed:  # not declared (yet): nothing in it; the broker closed the channel
                    channel = await connection.channel()
    finally:
        await connection.close()


def _on_own_loop(step: Callable[[str], Coroutine[Any, Any, None]], url: str) -> None:
    """``step`` run to the end on a loop of its own (a session fixture may be set up inside a test's loop)."""
    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, step(url)).result()


@pytest.fixture(scope="module")
def _rabbit_roles(amqp_url: str) -> Iterator[str]:
    """The roles' queues deleted before a module's first RabbitMQ test and after its last: nothing of them is left
    for other tests (whose own queues they would take copies from)."""
    _on_own_loop(_delete_roles, amqp_url)
    yield amqp_url
    _on_own_loop(_delete_roles, amqp_url)


@pytest.fixture(params=["memory", pytest.param("rabbit", marks=pytest.mark.rabbit)])
async def system(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[System]:
    await demo_loaded_into(tmp_path)  # panchayat run on a folder where it loaded the demo before (demo_folder)
    sock = bound()  # the port held from the start: nothing can take it before the site listens
    port = sock.getsockname()[1]
    settings = local_settings(Settings(GATEWAY_PORT=port, PANCHAYAT_DATA_DIR=tmp_path,
                                       PANCHAYAT_RETRY_DELAYS=DELAYS))
    amqp_url = request.getfixturevalue("_rabbit_roles") if request.param == "rabbit" else ""
    bus: Bus = InProcessBus() if request.param == "memory" else RabbitBus(amqp_url)
    if isinstance(bus, RabbitBus):
        await bus.start()
    events: list[Envelope] = []
    events_queue = f"e2e-events-{uuid.uuid4().hex[:8]}"

    async def record(envelope: Envelope) -> None:
        events.append(envelope)

    app, sim = build_app(settings, simulated=True, bus=bus)
    assert sim is not None
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.SockSite(runner, sock).start()
    await bus.subscribe(Subscription(queue=events_queue, keys=("wa.status.#", "wa.person.#", "wa.session.settled"),
                                       handler=record))
    async with aiohttp.ClientSession() as http:
        yield System(url=f"http://127.0.0.1:{port}", sim=sim, bus=bus, settings=settings, http=http, events=events)
    if isinstance(bus, RabbitBus):
        await bus.delete_queue(events_queue)
    await runner.cleanup()
    if amqp_url:
        await _empty_roles(amqp_url)
