"""Bus throughput: ``python bench/bus_pipeline.py [--count N] [--prefetch P] [--amqp URL]``.

N envelopes go publish → consume → publish → consume (stage ``a`` republishes each as a caused envelope
on ``b``; stage ``b`` counts), three ways: through ``RabbitBus``; through bare aio-pika doing the same
work by hand (one publishing channel with confirms and returns, persistent messages, durable quorum
queues, a channel per consumer with the same prefetch, the same Envelope parsing and building); and
through ``InProcessBus``. Prints messages/s for each (N over the time from first publish to last
consume) and the adapter/bare ratio. Queues are fresh per run and deleted afterwards.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import time
import uuid
from collections.abc import Awaitable, Callable
from typing import NamedTuple

import aio_pika
import structlog

from shared.bus import EXCHANGE, Bus, RetryPolicy, Subscription
from shared.bus.memory import InProcessBus
from shared.bus.rabbit import RabbitBus, to_message
from shared.bus.topology import QUORUM, delete_queue
from shared.envelope import Envelope

Publish = Callable[[Envelope], Awaitable[None]]
IN_FLIGHT_PUBLISHES = 256


async def produce(publish: Publish, prefix: str, count: int) -> None:
    slots = asyncio.Semaphore(IN_FLIGHT_PUBLISHES)

    async def one(n: int) -> None:
        try:
            await publish(Envelope(type=f"{prefix}.a", payload={"n": n, "text": "x" * 200}))
        finally:
            slots.release()

    tasks = []
    for n in range(count):
        await slots.acquire()
        tasks.append(asyncio.create_task(one(n)))
    await asyncio.gather(*tasks)


class Rate(NamedTuple):
    per_second: float
    cpu_us: float  # this process's CPU time per message: the adapter's own cost, whatever the broker does


async def measure(producing: Awaitable[None], finished: asyncio.Event, count: int) -> Rate:
    wall, cpu = time.perf_counter(), time.process_time()
    await producing
    await finished.wait()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return Rate(count / wall, cpu / count * 1e6)


def new_prefix() -> str:
    return f"bench{uuid.uuid4().hex[:8]}"


async def through_port(bus: Bus, prefix: str, count: int, prefetch: int) -> Rate:
    finished, seen = asyncio.Event(), [0]

    async def stage_a(envelope: Envelope) -> None:
        await bus.publish(envelope.caused(f"{prefix}.b", envelope.payload, source="bench"))

    async def stage_b(envelope: Envelope) -> None:
        seen[0] += 1
        if seen[0] == count:
            finished.set()

    await bus.subscribe(Subscription(f"{prefix}-a", [f"{prefix}.a"], stage_a, prefetch=prefetch))
    await bus.subscribe(Subscription(f"{prefix}-b", [f"{prefix}.b"], stage_b, prefetch=prefetch))
    result = await measure(produce(bus.publish, prefix, count), finished, count)
    await bus.close()
    return result


async def through_bare(url: str, prefix: str, count: int, prefetch: int) -> Rate:
    finished, seen = asyncio.Event(), [0]
    connection = await aio_pika.connect_robust(url)
    publishing = await connection.channel(publisher_confirms=True, on_return_raises=True)
    exchange = await publishing.declare_exchange(EXCHANGE, aio_pika.ExchangeType.TOPIC, durable=True)

    async def publish(envelope: Envelope) -> None:
        await exchange.publish(to_message(envelope), envelope.type, mandatory=True)

    async def stage_a(message: aio_pika.abc.AbstractIncomingMessage) -> None:
        envelope = Envelope.from_bytes(message.body)
        await publish(envelope.caused(f"{prefix}.b", envelope.payload, source="bench"))
        await message.ack()

    async def stage_b(message: aio_pika.abc.AbstractIncomingMessage) -> None:
        Envelope.from_bytes(message.body)
        await message.ack()
        seen[0] += 1
        if seen[0] == count:
            finished.set()

    for stage, handler in (("a", stage_a), ("b", stage_b)):
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=prefetch)
        queue = await channel.declare_queue(f"{prefix}-{stage}", durable=True, arguments=QUORUM)
        await queue.bind(EXCHANGE, f"{prefix}.{stage}")
        await queue.consume(handler)
    result = await measure(produce(publish, prefix, count), finished, count)
    await connection.close()
    return result


async def delete_queues(url: str, prefixes: list[str]) -> None:
    """Remove what the runs declared: each stage queue with its wait and dead queues."""
    connection = await aio_pika.connect(url)
    async with connection, connection.channel() as channel:
        for prefix in prefixes:
            for stage in "ab":
                await delete_queue(channel, f"{prefix}-{stage}", RetryPolicy().delays)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=20_000)
    parser.add_argument("--prefetch", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=2, help="alternate adapter and bare runs; best of each")
    parser.add_argument("--amqp", default=os.environ.get("AMQP_TEST_URL", "amqp://guest:guest@127.0.0.1:5672/"))
    args = parser.parse_args()
    structlog.configure(wrapper_class=structlog.make_filtering_bound_logger(logging.WARNING))
    adapter: list[Rate] = []
    bare: list[Rate] = []
    prefixes: list[str] = []
    try:
        for _ in range(args.rounds):
            prefixes += [new_prefix(), new_prefix()]
            rabbit_bus = RabbitBus(args.amqp)
            await rabbit_bus.start()
            adapter.append(await through_port(rabbit_bus, prefixes[-2], args.count, args.prefetch))
            bare.append(await through_bare(args.amqp, prefixes[-1], args.count, args.prefetch))
    finally:
        await delete_queues(args.amqp, prefixes)
    memory_bus = InProcessBus()
    await memory_bus.start()
    memory = await through_port(memory_bus, new_prefix(), args.count, args.prefetch)
    best_adapter, best_bare = max(adapter), max(bare)
    print(f"messages: {args.count} (2 hops each), prefetch {args.prefetch}, best of {args.rounds} rounds")
    for name, rate in (("RabbitBus", best_adapter), ("bare aio-pika", best_bare), ("InProcessBus", memory)):
        print(f"{name:<16} {rate.per_second:9.0f} msg/s {rate.cpu_us:9.0f} µs CPU/msg")
    print(f"adapter/bare     {best_adapter.per_second / best_bare.per_second:9.2f}")


if __name__ == "__main__":
    asyncio.run(main())
