"""Load on the whole system: ``python bench/load.py [--rate 100] [--seconds 30] [--amqp URL]``.

Runs the system in one process on the in-process bus (``panchayat run``), then as separate gateway,
sender and tourism processes on RabbitMQ, each at ``--rate`` and then flat out, each answering to a
fake Cloud API sink, while simulated people (distinct wa_ids) hold realistic conversations through the signed webhook (hi →
language → menu → tourism → a booking, a share of them with its PDF voucher). People arrive evenly
over ``--seconds`` and pause ``--think`` s between an answer and their next tap, so that ``--rate``
messages/s arrive in the steady state; ``--rate 0`` sends flat out, ``--concurrency`` people at once.
Prints throughput, end-to-end latency (webhook sent → answer at the sink) p50/p95/p99, gateway ack
latency, losses and duplicates, CPU seconds and peak RSS per process; then the bare three-hop aio-pika
pipeline (bench/bus_pipeline.py) on the same broker, and the full system's messages/s as a ratio of it.
The RabbitMQ run deletes and re-declares the roles' queues: on a shared broker, give it a vhost of its own.
"""
from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import bus_pipeline  # noqa: E402
from bench.figures import Outcome, bookings_per_person, outcome  # noqa: E402
from bench.people import Crowd, Person  # noqa: E402
from bench.procstats import Usage, local_broker_cpu, own_peak_rss  # noqa: E402
from bench.sink import GRAPH, Sink, serve  # noqa: E402
from bench.ports import free_port  # noqa: E402
from bench.system import SECRET, System  # noqa: E402

DEFAULT_AMQP = "amqp://guest:guest@127.0.0.1:5672/"
During = Callable[[System], Awaitable[None]]


def room_types() -> list[str]:
    from services.tourism.demo import catalog
    return [room.id for _, types in catalog() for room in types]


async def drive(system: System, sink: Sink, args: argparse.Namespace, title: str,
                during: During | None = None, inspect: During | None = None) -> Outcome:
    """The measured run: one person learns the answers per step alone, then the crowd talks."""
    first_night = datetime.now().date() + timedelta(days=10)
    own_cpu, broker_cpu = time.process_time(), local_broker_cpu() if system.amqp_url else None
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
        crowd = Crowd(sink, system.webhook, SECRET, http, room_types(), first_night,
                      answer_timeout=args.answer_timeout, vouchers=args.vouchers, quiet=args.quiet)
        learner = Person(crowd, -1, prefix="9196")
        await learner.converse(learn=True)
        crowd.sent.clear()
        print(f"   · answers per step: {crowd.expected}", flush=True)
        steps = max(1, len(crowd.expected) - 1 + args.vouchers)
        people = args.people or (round(args.rate * args.seconds / steps) if args.rate else 6 * args.concurrency)
        crowd.think = args.think if args.rate else 0.0
        arrivals = people / args.seconds  # people/s: with ``steps`` messages each, ``rate`` messages/s
        gate = asyncio.Semaphore(people if args.rate else args.concurrency)
        crowd_of = [Person(crowd, n) for n in range(people)]
        began = time.monotonic()

        async def one(person: Person) -> None:
            if args.rate:
                await asyncio.sleep(max(0.0, began + person.n / arrivals - time.monotonic()))
            async with gate:
                await person.converse()

        fault = asyncio.create_task(during(system)) if during else None
        await asyncio.gather(*(one(p) for p in crowd_of))
        if fault:
            await fault
        await asyncio.sleep(args.settle)  # late duplicates would arrive now
        if sink.statuses is not None:
            await sink.statuses.close()  # Meta's last status webhooks, then a moment for the sender to hear them
            await asyncio.sleep(min(1.0, args.settle))
        if inspect:
            await inspect(system)
    usage = system.usage()
    usage["load-gen"] = Usage(time.process_time() - own_cpu, 0.0, own_peak_rss())
    if broker_cpu is not None:
        usage["broker"] = Usage((local_broker_cpu() or 0.0) - broker_cpu, 0.0, 0.0)
    await system.stop()
    booked = await bookings_per_person(system.data, [p.wa_id for p in crowd_of])
    return outcome(title, crowd.sent, sink, crowd.expected, booked, usage,
                   known={learner.wa_id, *(p.wa_id for p in crowd_of)})


async def measure(shape: str, args: argparse.Namespace, *, copies: int = 1, during: During | None = None,
                  inspect: During | None = None, title: str | None = None, sink: Sink | None = None) -> Outcome:
    sink = sink or Sink(latency=args.meta_latency)
    port = free_port()
    runner = await serve(sink, port)
    try:
        with tempfile.TemporaryDirectory(prefix=f"bench-{shape}-") as scratch:
            data = tempfile.mkdtemp(prefix=f"bench-{shape}-") if args.keep else scratch
            system = System(shape, Path(data), f"http://127.0.0.1:{port}{GRAPH}",
                            amqp_url=args.amqp if shape == "rabbit" else None, copies=copies)
            sink.statuses = None
            if args.statuses:
                sink.report_to(system.webhook, SECRET)
            await system.start()
            try:
                offered = f"{args.rate:.0f} messages/s offered" if args.rate else f"flat out, {args.concurrency} people"
                if args.keep:
                    print(f"   · data and role logs kept in {data}", flush=True)
                return await drive(system, sink, args, title or f"{shape}: {offered}", during, inspect)
            finally:
                await system.stop()
    finally:
        await runner.cleanup()


async def bare_ceiling(url: str, count: int) -> float:
    """Messages/s of the plain aio-pika three-hop pipeline on the same broker (best of two)."""
    prefixes = [bus_pipeline.new_prefix(), bus_pipeline.new_prefix()]
    try:
        rates = [await bus_pipeline.through_bare(url, p, count, 32) for p in prefixes]
    finally:
        await bus_pipeline.delete_queues(url, prefixes)
    return max(r.per_second for r in rates)


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    cli.add_argument("--rate", type=float, default=100.0, help="messages/s offered; 0 = flat out")
    cli.add_argument("--seconds", type=float, default=30.0, help="length of a rate-driven run")
    cli.add_argument("--people", type=int, default=0, help="people (default: enough for --seconds)")
    cli.add_argument("--concurrency", type=int, default=50, help="people at once when flat out")
    cli.add_argument("--amqp", default=DEFAULT_AMQP, help="broker for the RabbitMQ run and the bare pipeline")
    cli.add_argument("--shapes", default="inprocess,rabbit", help="which systems to run")
    cli.add_argument("--copies", type=int, default=1, help="tourism service processes on RabbitMQ")
    cli.add_argument("--no-flat-out", dest="flat_out", action="store_false",
                     help="skip the flat-out run of each system (its capacity, compared with the bare pipeline)")
    cli.add_argument("--bare-count", type=int, default=10_000, help="messages for the bare pipeline")
    cli.add_argument("--think", type=float, default=1.0, help="seconds between an answer and the next tap")
    cli.add_argument("--vouchers", type=float, default=0.1, help="share of people who confirm (a PDF each)")
    cli.add_argument("--quiet", type=float, default=1.0, help="silence that ends an answer while learning")
    cli.add_argument("--answer-timeout", type=float, default=30.0)
    cli.add_argument("--keep", action="store_true", help="keep each run's data directory (stores, role logs)")
    cli.add_argument("--settle", type=float, default=2.0)
    cli.add_argument("--meta-latency", type=float, default=0.0,
                     help="seconds the fake Cloud API takes to answer each call (Meta's own: 0.1-0.5)")
    cli.add_argument("--no-statuses", dest="statuses", action="store_false",
                     help="the sink does not post Meta's 'sent' status webhooks back to the gateway")
    return cli


async def main(args: argparse.Namespace) -> None:
    flat = argparse.Namespace(**{**vars(args), "rate": 0.0})
    results: dict[str, Outcome] = {}
    for shape in args.shapes.split(","):
        results[shape] = await measure(shape, args)
        print("\n".join(results[shape].lines()), flush=True)
        if args.flat_out:
            results[f"{shape} flat"] = await measure(shape, flat)
            print("\n".join(results[f"{shape} flat"].lines()), flush=True)
    if "rabbit" in args.shapes:
        bare = await bare_ceiling(args.amqp, args.bare_count)
        best = max(r.throughput for k, r in results.items() if k.startswith("rabbit"))  # the flat-out run's
        print(f"== bare aio-pika three-hop pipeline on the same broker: {bare:.0f} messages/s")
        print(f"  full system on RabbitMQ / bare pipeline: {best:.0f} / {bare:.0f} = {best / bare:.2f}")


if __name__ == "__main__":
    from shared.logging import configure_logging
    configure_logging("WARNING")
    asyncio.run(main(parser().parse_args()))
