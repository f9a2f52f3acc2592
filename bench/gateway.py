"""Webhook intake on RabbitMQ: accepted requests/s and ack latency at a fixed offered load.

Starts the real gateway app (RabbitMQ bus, embedded store in a temporary directory) on a local port,
declares the queues its messages route to (the sender's and one service's) so every publish is
routable, then sends signed Cloud API webhooks — each a new message id — at ``--rate`` requests/s for
``--seconds``, and once more as fast as ``--concurrency`` connections allow. Prints accepted/s, status
counts and ack latency p50 / p95 / p99 / max, and the share over 1 s (the Cloud API's expectation).

    python bench/gateway.py --rate 200 --seconds 15
"""
from __future__ import annotations

import argparse
import asyncio
import hashlib
import hmac
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import aiohttp
from aiohttp import web
from prometheus_client import CollectorRegistry

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from gateway.app import create_app  # noqa: E402
from shared.bus.rabbit import RabbitBus  # noqa: E402
from shared.logging import configure_logging  # noqa: E402
from shared.settings import Settings  # noqa: E402
from shared.store.sqlite import SqliteStore  # noqa: E402

SECRET = "bench-secret"
PORT = 18090


def payload(n: int) -> bytes:
    wa_id = f"9190{n % 100000:08d}"
    body = {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
        "messaging_product": "whatsapp", "metadata": {"display_phone_number": "15550000000", "phone_number_id": "1"},
        "contacts": [{"profile": {"name": "Bench"}, "wa_id": wa_id}],
        "messages": [{"from": wa_id, "id": f"wamid.bench.{uuid.uuid4().hex}", "timestamp": str(int(time.time())),
                      "type": "text", "text": {"body": "hi"}}]}}]}]}
    return json.dumps(body).encode()


async def post(session: aiohttp.ClientSession, url: str, n: int, latencies: list[float], codes: dict[int, int]) -> None:
    raw = payload(n)
    sig = "sha256=" + hmac.new(SECRET.encode(), raw, hashlib.sha256).hexdigest()
    start = time.perf_counter()
    async with session.post(url, data=raw, headers={"X-Hub-Signature-256": sig,
                                                    "Content-Type": "application/json"}) as resp:
        await resp.read()
    latencies.append(time.perf_counter() - start)
    codes[resp.status] = codes.get(resp.status, 0) + 1


async def offered(url: str, rate: float, seconds: float) -> tuple[float, list[float], dict[int, int]]:
    latencies: list[float] = []
    codes: dict[int, int] = {}
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=500)) as session:
        tasks, start = [], time.perf_counter()
        total = int(rate * seconds)
        for n in range(total):
            delay = start + n / rate - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(post(session, url, n, latencies, codes)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
    return elapsed, latencies, codes


async def flat_out(url: str, concurrency: int, count: int) -> tuple[float, list[float], dict[int, int]]:
    latencies: list[float] = []
    codes: dict[int, int] = {}
    counter = iter(range(count))
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=concurrency)) as session:
        async def worker() -> None:
            for n in counter:
                await post(session, url, 10_000_000 + n, latencies, codes)
        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return time.perf_counter() - start, latencies, codes


def report(title: str, elapsed: float, latencies: list[float], codes: dict[int, int]) -> None:
    ms = sorted(x * 1000 for x in latencies)
    q = statistics.quantiles(ms, n=100)
    over = sum(1 for x in ms if x > 1000) / len(ms) * 100
    print(f"{title}: {codes.get(200, 0) / elapsed:8.1f} accepted/s  statuses {dict(sorted(codes.items()))}  "
          f"ack p50 {q[49]:.1f} ms  p95 {q[94]:.1f} ms  p99 {q[98]:.1f} ms  max {ms[-1]:.1f} ms  >1 s {over:.2f}%")


@asynccontextmanager
async def serving(amqp: str, port: int, name: str = "gateway") -> AsyncIterator[str]:
    """The real gateway app in this process on ``port`` (RabbitMQ bus, a store in a temporary directory), with
    a queue bound to what it publishes so every publish is routable; yields its webhook's URL."""
    configure_logging("WARNING", json=True)
    tmp = Path(tempfile.mkdtemp(prefix=f"bench-{name}-"))
    settings = Settings(WHATSAPP_APP_SECRET=SECRET, WHATSAPP_VERIFY_TOKEN="v", PANCHAYAT_DATA_DIR=tmp)
    bus = RabbitBus(amqp)
    app = create_app(settings, bus=bus, store=SqliteStore(tmp / "gateway.sqlite3"), registry=CollectorRegistry())
    queue = f"bench-{name}-sink-{uuid.uuid4().hex[:6]}"

    async def sink(app: web.Application):  # noqa: ANN202 - aiohttp cleanup context
        await bus.declare(queue, ["wa.outbound", "wa.inbound.#"])
        yield
        await bus.delete_queue(queue)

    app.cleanup_ctx.append(sink)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}/webhook"
    finally:
        await runner.cleanup()


async def main(args: argparse.Namespace) -> None:
    async with serving(args.amqp, PORT) as url:
        await flat_out(url, 10, 200)  # warm-up
        report(f"offered {args.rate:.0f}/s for {args.seconds:.0f} s", *await offered(url, args.rate, args.seconds))
        report(f"flat out, {args.concurrency} connections", *await flat_out(url, args.concurrency, args.count))


if __name__ == "__main__":
    cli = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    cli.add_argument("--amqp", default=os.environ.get("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/"))
    cli.add_argument("--rate", type=float, default=200.0)
    cli.add_argument("--seconds", type=float, default=15.0)
    cli.add_argument("--concurrency", type=int, default=50)
    cli.add_argument("--count", type=int, default=3000)
    asyncio.run(main(cli.parse_args()))
