"""Is a role's growth a leak? ``python bench/heap.py [--amqp URL] [--batches 10] [--batch 5000]``.

The soak reads each process's resident memory from outside, which cannot tell memory in use from memory the
C allocator keeps after it was freed. This runs the real gateway app in this process (RabbitMQ bus, embedded
store in a temporary directory), posts signed webhooks from a new person each time in batches, and after each
batch prints, beside the RSS, ``shared.heap``'s figures (which every role also serves on ``/metrics`` as
``panchayat_memory_bytes``): what SQLite has allocated, page caches included; what glibc's allocator has
handed out and not had back (in use); what it holds free for reuse; and the size of its heaps. A leak shows
as "in use" rising with the messages; a heap settling to its high-water mark shows as "free" and "heap"
rising and then standing still, with "in use" flat.

Its gateway publishes the system's events (the menu it answers with) to the ``panchayat`` exchange of the
broker it is given, and consumes the ``gateway`` queue there: give it a vhost no running system uses, or
that system's sender sends its answers too.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sys
from pathlib import Path

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import gateway as intake  # noqa: E402
from bench.procstats import usage  # noqa: E402
from shared import heap  # noqa: E402

PORT = 18094


def line(messages: int) -> str:
    mb, found = 1024 * 1024, heap.snapshot()
    figure = lambda value: value / mb if value is not None else float("nan")  # noqa: E731
    return (f"{messages:7d} messages  RSS {usage(os.getpid()).rss_mb:6.1f} MB"
            f"  SQLite {figure(found.sqlite):5.2f}"
            f"  malloc in use {figure(found.malloc_in_use):5.1f}  free {figure(found.malloc_free):5.1f}"
            f"  heap {figure(found.malloc_heap):5.1f} MB")


async def main(args: argparse.Namespace) -> None:
    sent = 0
    async with intake.serving(args.amqp, args.port, "heap") as url, aiohttp.ClientSession() as session:
        async def batch(count: int) -> None:
            nonlocal sent
            numbers = iter(range(sent, sent + count))
            latencies: list[float] = []
            codes: dict[int, int] = {}

            async def poster() -> None:
                for n in numbers:
                    await intake.post(session, url, n, latencies, codes)

            await asyncio.gather(*(poster() for _ in range(args.connections)))
            sent += count
            if set(codes) != {200}:
                raise RuntimeError(f"the gateway answered {codes}")

        await batch(args.batch // 2)  # warm-up: imports, first connections, the store's first pages
        print(line(sent), flush=True)
        for _ in range(args.batches):
            await batch(args.batch)
            print(line(sent), flush=True)


def parser() -> argparse.ArgumentParser:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("--amqp", default=os.environ.get("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/"))
    cli.add_argument("--batches", type=int, default=10)
    cli.add_argument("--batch", type=int, default=5000)
    cli.add_argument("--connections", type=int, default=20)
    cli.add_argument("--port", type=int, default=PORT)
    return cli


if __name__ == "__main__":
    asyncio.run(main(parser().parse_args()))
