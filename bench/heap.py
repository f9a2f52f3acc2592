"""Is a role's growth a leak? ``python bench/heap.py [--amqp URL] [--batches 10] [--batch 5000]``.

The soak reads each process's resident memory from outside, which cannot tell memory in use from memory the
C allocator keeps after it was freed. This runs the real gateway app in this process (RabbitMQ bus, embedded
store in a temporary directory), posts signed webhooks from a new person each time in batches, and after each
batch prints, beside the RSS, ``shared.heap``'s figures (which every role also serves on ``/metrics`` as
``panchayat_memory_bytes``): what SQLite has allocated, page caches included; what glibc's allocator has
handed out and not had back (in use); what it holds free for reuse; and the size of its heaps. A leak shows
as "in use" rising with the messages — outside SQLite's share, since SQLite's page caches fill towards their
bound as the store grows; a heap settling to its high-water mark shows as "free" and "heap" rising and then
standing still, with "in use" flat. ``--talk`` has people hold the soak's conversation instead (the menu, then
the tourism service's steps, which the gateway routes on), each message followed by Meta's status webhook.

Its gateway publishes the system's events (the menu it answers with) to the ``panchayat`` exchange of the
broker it is given, and consumes the ``gateway`` queue there: give it a vhost no running system uses, or
that system's sender sends its answers too.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sys
from functools import partial
from pathlib import Path
from typing import Any

import aiohttp

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import gateway as intake  # noqa: E402
from bench.procstats import usage  # noqa: E402
from shared import heap  # noqa: E402
from simulator.webhooks import envelope as hooks  # noqa: E402
from simulator.webhooks import messages as msg  # noqa: E402

PORT = 18094


def line(messages: int) -> str:
    mb, found = 1024 * 1024, heap.snapshot()
    figure = lambda value: value / mb if value is not None else float("nan")  # noqa: E731
    return (f"{messages:7d} messages  RSS {usage(os.getpid()).rss_mb:6.1f} MB"
            f"  SQLite {figure(found.sqlite):5.2f}"
            f"  malloc in use {figure(found.malloc_in_use):5.1f} ({figure(found.outside_sqlite):5.2f} outside SQLite)"
            f"  free {figure(found.malloc_free):5.1f}  heap {figure(found.malloc_heap):5.1f} MB")


def conversation(person: int) -> list[dict[str, Any]]:
    """What the soak's people say, step by step: the gateway's menu, then the tourism service's questions."""
    wa = f"9188{person:08d}"
    return [msg.text(wa, "hi"), msg.button_reply(wa, "shell:lang:en", "English"),
            msg.list_reply(wa, "tourism:menu", "Tourism"), msg.list_reply(wa, "tourism:room:r1", "Room"),
            msg.list_reply(wa, "tourism:date:2026-12-10", "Date"), msg.list_reply(wa, "tourism:nights:1", "1 night"),
            msg.list_reply(wa, "tourism:guests:1", "1 guest"),
            msg.text(wa, "Asha Roy")]  # one guest takes one room, not asked: the name to book in, then the quote


STEPS = len(conversation(0))  # messages in one person's conversation (``--talk``)


async def talk(session: aiohttp.ClientSession, url: str, person: int, codes: dict[int, int]) -> None:
    """One person's conversation, each message followed by Meta's ``sent`` status of an answer to them."""
    for message in conversation(person):
        status = hooks.status(msg.wamid(), message["from"], "sent")
        for body in (hooks.payload([message]), hooks.payload(statuses=[status])):
            raw, headers = hooks.signed(body, intake.SECRET)
            async with session.post(url, data=raw, headers=headers) as resp:
                await resp.read()
            codes[resp.status] = codes.get(resp.status, 0) + 1


async def main(args: argparse.Namespace) -> None:
    sent = 0
    async with intake.serving(args.amqp, args.port, "heap") as url, aiohttp.ClientSession() as session:
        async def batch(count: int) -> None:
            nonlocal sent
            latencies: list[float] = []
            codes: dict[int, int] = {}
            if args.talk:  # whole conversations: each person's steps in order, on one connection
                count -= count % STEPS
                jobs = iter([partial(talk, session, url, person, codes)
                             for person in range(sent // STEPS, (sent + count) // STEPS)])
            else:
                jobs = iter([partial(intake.post, session, url, n, latencies, codes)
                             for n in range(sent, sent + count)])

            async def poster() -> None:
                for job in jobs:
                    await job()

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
    cli.add_argument("--talk", action="store_true",
                     help="people hold the soak's conversation (menu, then the tourism steps), each message followed "
                          "by a status webhook, instead of each webhook being a new person's 'hi'")
    return cli


if __name__ == "__main__":
    asyncio.run(main(parser().parse_args()))
