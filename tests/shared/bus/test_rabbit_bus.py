"""What only RabbitMQ can show: a consumer whose connection is cut mid-message gets the message again,
a broker out of reach is a prompt ``BusError``, and a message that is not an envelope is kept in the
dead queue rather than dropped."""
from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import AsyncIterator
from urllib.parse import urlparse, urlunparse

import aio_pika
import pytest
from bus_kit import Inbox, Names, delete_queues
from tcp_proxy import TcpProxy

from shared.bus import EXCHANGE, BusError, RetryPolicy, Subscription, Unroutable
from shared.bus import rabbit
from shared.bus.rabbit import RabbitBus
from shared.bus.topology import dead_queue, retry_queue
from shared.envelope import Envelope

pytestmark = pytest.mark.rabbit


@pytest.fixture
async def proxy(amqp_url: str) -> AsyncIterator[TcpProxy]:
    proxy = TcpProxy(amqp_url)
    await proxy.start()
    yield proxy
    await proxy.stop()


@pytest.fixture
async def buses(amqp_url: str, names: Names) -> AsyncIterator[list[RabbitBus]]:
    """Buses a test starts, closed afterwards, and the test's queues deleted."""
    started: list[RabbitBus] = []
    yield started
    for bus in started:
        await bus.close(2)
    await delete_queues(amqp_url, names.queues)


async def _started(buses: list[RabbitBus], url: str, **options: float) -> RabbitBus:
    bus = RabbitBus(url, **options)
    await bus.start()
    buses.append(bus)
    return bus


async def test_consumer_cut_mid_message_gets_it_again_and_the_outcome_happens_once(
        amqp_url: str, names: Names, proxy: TcpProxy, buses: list[RabbitBus]) -> None:
    publisher = await _started(buses, amqp_url)
    consumer = await _started(buses, proxy.url(), reconnect_interval=0.1)
    calls: Counter[str] = Counter()
    outcomes: list[str] = []
    second = Inbox()

    async def idempotent(envelope: Envelope) -> None:
        calls[envelope.id] += 1
        if envelope.id not in outcomes:
            outcomes.append(envelope.id)
        if calls[envelope.id] == 1:
            proxy.cut()
        else:
            await second(envelope)

    await consumer.subscribe(Subscription(names.queue("cut"), [names.key("cut")], idempotent))
    sent = Envelope(type=names.key("cut"))
    await publisher.publish(sent)
    await second.count(1)
    assert calls[sent.id] == 2 and outcomes == [sent.id]
    while not consumer.consuming():
        await asyncio.sleep(0.05)


async def test_publish_while_the_connection_is_down_raises_bus_error(
        amqp_url: str, proxy: TcpProxy, buses: list[RabbitBus]) -> None:
    bus = await _started(buses, proxy.url(), publish_timeout=1, reconnect_interval=0.1)
    await proxy.stop()
    await asyncio.sleep(0.1)
    with pytest.raises(BusError):
        await bus.publish(Envelope(type="nobody.cares"), mandatory=False)
    assert not await bus.ping()


async def test_unreachable_broker_is_a_bus_error(amqp_url: str) -> None:
    parsed = urlparse(amqp_url)
    closed_port = parsed._replace(netloc=f"{parsed.netloc.rpartition('@')[0]}@127.0.0.1:1")
    bus = RabbitBus(urlunparse(closed_port), connect_timeout=2)
    with pytest.raises(BusError):
        await bus.start()
    with pytest.raises(BusError):
        await bus.publish(Envelope(type="wa.inbound.tourism"))
    assert not await bus.ping() and not bus.consuming()


async def test_a_vhost_the_broker_will_not_open_is_named_in_the_bus_error(amqp_url: str) -> None:
    parsed = urlparse(amqp_url)
    bus = RabbitBus(urlunparse(parsed._replace(path="/no-such-vhost")), connect_timeout=5)
    with pytest.raises(BusError, match="refused to open vhost 'no-such-vhost' for user"):
        await bus.start()


async def test_a_message_that_is_not_an_envelope_is_kept_in_the_dead_queue(
        amqp_url: str, names: Names, buses: list[RabbitBus]) -> None:
    bus = await _started(buses, amqp_url)
    queue = names.queue("garbled")
    await bus.subscribe(Subscription(queue, [names.key("garbled")], Inbox()))
    async with await aio_pika.connect(amqp_url) as connection:
        channel = await connection.channel()
        exchange = await channel.get_exchange(EXCHANGE)
        await exchange.publish(aio_pika.Message(b"not json"), names.key("garbled"))
    while (await bus.queue_stats(dead_queue(queue)))["messages"] == 0:
        await asyncio.sleep(0.05)
    assert await bus.queue_stats(queue) == {"messages": 0, "consumers": 1}


async def test_delete_queue_removes_the_queue_with_its_wait_and_dead_queues(
        amqp_url: str, names: Names, buses: list[RabbitBus]) -> None:
    bus = await _started(buses, amqp_url)
    queue = names.queue("gone")
    policy = RetryPolicy((0.05,))
    await bus.subscribe(Subscription(queue, [names.key("gone")], Inbox(), retry=policy))
    await bus.close(1)
    bus = await _started(buses, amqp_url)
    await bus.delete_queue(queue, policy)
    with pytest.raises(Unroutable):
        await bus.publish(Envelope(type=names.key("gone")))
    for leftover in (dead_queue(queue), retry_queue(queue, 0.05)):
        with pytest.raises(Unroutable):
            await bus.send_to_queue(leftover, aio_pika.Message(b"{}", message_id="probe"))


async def test_deleting_a_queue_this_bus_consumes_leaves_nothing_behind(amqp_url: str, names: Names,
                                                                         buses: list[RabbitBus]) -> None:
    bus = await _started(buses, amqp_url)
    queue = names.queue("deleted")
    await bus.subscribe(Subscription(queue=queue, keys=(names.key("#"),), handler=Inbox()))
    await bus.delete_queue(queue)
    await asyncio.sleep(2)  # a consumer restored by the robust channel would have declared it again by now
    connection = await aio_pika.connect(amqp_url)
    async with connection:
        channel = await connection.channel()
        with pytest.raises(aio_pika.exceptions.ChannelClosed):  # NOT_FOUND: the queue is gone
            await channel.declare_queue(queue, passive=True)
    assert await bus.ping()


async def test_a_connection_lost_while_deleting_a_queue_is_reconnected_and_the_queue_stays_gone(
        amqp_url: str, names: Names, proxy: TcpProxy, buses: list[RabbitBus],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The broker may close a connection in the middle of deletions (a quorum queue's delete that times out
    on a loaded node closes it with INTERNAL_ERROR): the deletion goes on once the connection is back, and
    neither the robust channel of the stopped consumer nor its restore declares the queue again."""
    bus = await _started(buses, proxy.url(), reconnect_interval=0.1)
    queue = names.queue("cut-while-deleted")
    policy = RetryPolicy((0.05,))
    await bus.subscribe(Subscription(queue, [names.key("cut-while-deleted")], Inbox(), retry=policy))
    real_delete = rabbit.delete_queue
    cuts: list[str] = []

    async def cut_first(channel: aio_pika.abc.AbstractChannel, name: str, delays: tuple[float, ...]) -> None:
        if not cuts:
            cuts.append(name)
            proxy.cut()
        await real_delete(channel, name, delays)

    monkeypatch.setattr(rabbit, "delete_queue", cut_first)
    await bus.delete_queue(queue, policy)
    assert cuts == [queue]
    await asyncio.sleep(1)  # the robust connection is back and has restored what it still holds
    async with await aio_pika.connect(amqp_url) as connection:
        for name in (queue, dead_queue(queue), retry_queue(queue, 0.05)):
            channel = await connection.channel()
            with pytest.raises(aio_pika.exceptions.ChannelClosed):  # NOT_FOUND: gone
                await channel.declare_queue(name, passive=True)
    assert await bus.ping()


async def test_a_deleted_queue_is_not_declared_again_when_the_connection_comes_back(
        amqp_url: str, names: Names, proxy: TcpProxy, buses: list[RabbitBus]) -> None:
    bus = await _started(buses, proxy.url(), reconnect_interval=0.1)
    consumed, declared = names.queue("consumed-then-deleted"), names.queue("declared-then-deleted")
    await bus.subscribe(Subscription(consumed, [names.key("consumed")], Inbox()))
    await bus.declare(declared, [names.key("declared")])
    await bus.delete_queue(consumed)
    await bus.delete_queue(declared)
    proxy.cut()
    await asyncio.sleep(1)  # reconnected: the robust connection restores every channel it still holds
    assert await bus.ping()
    async with await aio_pika.connect(amqp_url) as connection:
        for name in (consumed, declared):
            channel = await connection.channel()
            with pytest.raises(aio_pika.exceptions.ChannelClosed):  # NOT_FOUND: gone
                await channel.declare_queue(name, passive=True)
