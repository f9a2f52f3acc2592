"""A service copy's readiness follows its broker: false while RabbitMQ is out of reach (the load balancer
and ops stop counting on it), true again once the connection is restored — without a restart."""
from __future__ import annotations

import asyncio

import pytest
from bus_kit import Names, delete_queues
from prometheus_client import CollectorRegistry
from tcp_proxy import TcpProxy

from shared.bus.rabbit import RabbitBus
from shared.metrics import Metrics
from shared.envelope import Envelope
from shared.runtime import Context, ServiceRuntime, ServiceSpec
from shared.settings import load_settings
from shared.store.sqlite import SqliteStore

pytestmark = pytest.mark.rabbit


HANDLED: list[str] = []


async def _record(envelope: Envelope, ctx: Context) -> None:
    HANDLED.append(envelope.id)


async def _until(check, expected: bool) -> bool:  # type: ignore[no-untyped-def]
    for _ in range(300):  # bounded only so a broken reconnect cannot hang the suite
        if await check() == expected:
            return True
        await asyncio.sleep(0.1)
    return False


async def test_readiness_is_false_while_the_broker_is_unreachable_and_true_after(tmp_path, amqp_url: str):
    names = Names()
    queue = names.queue("ready")
    proxy = TcpProxy(amqp_url)
    await proxy.start()
    settings = load_settings(AMQP_URL=amqp_url, MONGODB_URL=None, PANCHAYAT_DATA_DIR=tmp_path,
                             PANCHAYAT_RETRY_DELAYS="0.2")
    spec = ServiceSpec(name=queue, bindings=(f"{queue}.thing.asked",), handlers={f"{queue}.thing.asked": _record})
    bus = RabbitBus(proxy.url(), reconnect_interval=0.5)
    await bus.start()
    runtime = ServiceRuntime(spec, bus=bus,
                             store=SqliteStore(tmp_path / "ready.sqlite3"), settings=settings,
                             metrics=Metrics(CollectorRegistry()))
    await runtime.start()
    try:
        assert await runtime.ready()
        await proxy.stop()  # the broker is gone: open connections cut, new ones refused
        assert await _until(runtime.ready, False), "readiness stayed true with the broker out of reach"
        assert runtime.live()  # alive: a restart would not help, the broker is what is missing
        await proxy.start()
        assert await _until(runtime.ready, True), "readiness did not come back with the broker"

        async def consuming() -> bool:
            return runtime.live()
        assert await _until(consuming, True)  # the consumer was restored, and it works:
        asked = Envelope(type=f"{queue}.thing.asked", source="test")
        await bus.publish(asked)

        async def handled() -> bool:
            return asked.id in HANDLED
        assert await _until(handled, True)
    finally:
        await runtime.stop(2)
        await bus.close(2)
        await proxy.stop()
        await delete_queues(amqp_url, names.queues)
