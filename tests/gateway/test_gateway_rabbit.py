"""Two gateway copies on RabbitMQ (each its own connection, one shared store file): a message Meta
delivers to both is published once, and a service with no queue is told apart by the broker's return.

Names carry a fresh suffix (the gateway's queue, the recorder's queue, the services, the marker key) and
the queues are deleted afterwards, so runs on a shared broker do not see each other.
"""
from __future__ import annotations

import random
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aio_pika
import pytest
from gateway_kit import Clock, Recorder, Stack, make_settings
from prometheus_client import CollectorRegistry

from gateway.app import create_app
from gateway.state import GATEWAY
from shared.bus.rabbit import RabbitBus
from shared.bus import RetryPolicy
from shared.bus.topology import delete_queue
from shared.store.sqlite import SqliteStore
from simulator import webhooks as wa

pytestmark = pytest.mark.rabbit
SUFFIX = uuid.uuid4().hex[:10]


@pytest.fixture
async def recorder(amqp_url: str) -> AsyncIterator[Recorder]:
    bus = RabbitBus(amqp_url)
    await bus.start()
    recorder = Recorder(bus, queue=f"recorder-{SUFFIX}", keys=("wa.outbound", f"wa.inbound.s{SUFFIX}"),
                        marker=f"t{SUFFIX}.marker")
    await recorder.start()
    yield recorder
    await bus.close(2)
    await delete_queues(amqp_url, [recorder.queue, f"gateway-{SUFFIX}"])


async def delete_queues(url: str, queues: list[str]) -> None:
    connection = await aio_pika.connect(url)
    async with connection, connection.channel() as channel:
        for queue in queues:  # with the wait queues of every delay either policy may have declared
            await delete_queue(channel, queue, (0.05, *RetryPolicy().delays))


async def copy_of_gateway(aiohttp_client: Any, amqp_url: str, store_path: Path, recorder: Recorder,
                          clock: Clock) -> Stack:
    app = create_app(make_settings(), bus=RabbitBus(amqp_url), store=SqliteStore(store_path), clock=clock,
                     registry=CollectorRegistry())
    app[GATEWAY].queue = f"gateway-{SUFFIX}"
    return Stack(await aiohttp_client(app), recorder, clock)


async def test_a_duplicate_reaches_rabbitmq_once_and_a_missing_queue_is_a_polite_menu(
        aiohttp_client: Any, amqp_url: str, tmp_path: Path, recorder: Recorder):
    clock, path = Clock(), tmp_path / "gateway.sqlite3"
    first = await copy_of_gateway(aiohttp_client, amqp_url, path, recorder, clock)
    second = await copy_of_gateway(aiohttp_client, amqp_url, path, recorder, clock)
    person = f"9198{random.randrange(10**8):08d}"
    await first.announce(f"s{SUFFIX}")
    await first.announce(f"u{SUFFIX}")  # announced, but no queue takes wa.inbound.u…
    await first.say(wa.button_reply(person, "shell:lang:en", "English"))

    tap = wa.button_reply(person, f"s{SUFFIX}:menu", "Service")
    await first.say(tap)
    await second.say(tap)
    (routed,) = recorder.of(f"wa.inbound.s{SUFFIX}")
    assert routed.payload["reply_id"] == f"s{SUFFIX}:menu" and routed.correlation_id == tap["id"]

    await second.say(wa.button_reply(person, f"u{SUFFIX}:menu", "Other"))
    last = recorder.bodies(person)[-1]
    assert last["interactive"]["body"]["text"].startswith("Sorry, that service is not available")
