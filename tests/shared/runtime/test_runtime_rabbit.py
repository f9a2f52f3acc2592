"""The runtime on RabbitMQ: the same consumption path through a real broker, quorum queue, broker-counted
retry and redelivery. Names carry a fresh suffix; every queue made here is deleted afterwards."""
from __future__ import annotations

import uuid

import pytest
from echo_service import Collector, inbound
from prometheus_client import CollectorRegistry

from shared.bus import RetryPolicy, Subscription
from shared.bus.rabbit import RabbitBus
from shared.chat import Inbound
from shared.envelope import Envelope
from shared.metrics import Metrics
from shared.runtime import Context, ServiceRuntime, ServiceSpec

pytestmark = pytest.mark.rabbit


@pytest.fixture
async def rabbit(amqp_url, settings, make_store):
    suffix = uuid.uuid4().hex[:10]
    bus = RabbitBus(amqp_url)
    await bus.start()
    queues: list[str] = []
    yield bus, suffix, queues
    for queue in queues:  # with the wait queues of the service's delays and of the collector's default ones
        await bus.delete_queue(queue, RetryPolicy(settings.retry_delays))
        await bus.delete_queue(queue, RetryPolicy())
    await bus.close(2)


async def test_replies_retries_and_redelivery_through_the_broker(rabbit, settings, make_store):
    bus, suffix, queues = rabbit
    key = f"t{suffix}.inbound"
    calls: list[str] = []

    async def flaky_echo(envelope: Envelope, ctx: Context) -> None:
        calls.append(envelope.id)
        if len(calls) == 1:
            raise RuntimeError("the first try fails")
        message = Inbound.model_validate(envelope.payload)
        ctx.reply(message, {"type": "text", "text": {"body": f"echo: {message.text}"}})

    collector = Collector()
    queues.extend([f"collector-{suffix}", f"echo-{suffix}"])
    await bus.subscribe(Subscription(queue=queues[0], keys=("wa.outbound",), handler=collector.handle))
    spec = ServiceSpec(name=queues[1], bindings=(key,), handlers={key: flaky_echo})
    runtime = ServiceRuntime(spec, bus=bus, store=make_store("echo"), settings=settings,
                             metrics=Metrics(CollectorRegistry()))
    await runtime.start()
    try:
        message = inbound("namaskar").model_copy(update={"type": key})
        await bus.publish(message)
        [first] = await collector.wait_for("wa.outbound")
        await bus.publish(message)
        both = await collector.wait_for("wa.outbound", 2)
    finally:
        await runtime.stop(2)

    assert len(calls) == 2  # one failure retried by the broker, then the redelivery answered from the inbox
    assert [e.id for e in both] == [first.id, first.id]
    assert first.payload["message"]["text"]["body"] == "echo: namaskar"
