"""Scaling one service on RabbitMQ as ops do it: three processes of the same service share its queue, one
is stopped with SIGTERM in the middle of the load, and nothing is lost, nothing is done twice and nothing
stays unacknowledged. Each copy is a real process running the runtime's ``serve`` (signals, probes,
graceful stop), on one shared embedded store file, as ``docker compose up --scale NAME=3`` runs them."""
from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import uuid
from collections import Counter
from pathlib import Path

import aio_pika
import aiohttp
import pytest

from bench.ports import free_port
from shared.bus import RetryPolicy, Subscription
from shared.bus.rabbit import RabbitBus
from shared.bus.rabbit_inspect import queue_stats
from shared.bus.topology import delete_queue
from shared.envelope import Envelope
from shared.store.sqlite import SqliteStore

pytestmark = pytest.mark.rabbit
JOBS = 240
DELAYS = (0.2, 0.5)
PROGRAM = """
import asyncio, os
from shared.envelope import Envelope
from shared.logging import configure_logging
from shared.runtime import Context, ServiceRuntime, ServiceSpec, serve
from shared.settings import load_settings
from shared.wiring import make_bus, make_store

NAME, COPY = os.environ["SCALE_NAME"], os.environ["SCALE_COPY"]

async def work(envelope: Envelope, ctx: Context) -> None:
    await asyncio.sleep(0.02)  # the job takes a little while, so stopping mid-load catches some in flight
    await ctx.store.collection("done").insert({"_id": envelope.id, "copy": COPY})
    ctx.publish(f"{NAME}.job.done", {"job": envelope.payload["job"], "copy": COPY})

configure_logging("INFO", json=True)
settings = load_settings()
spec = ServiceSpec(name=NAME, bindings=(f"{NAME}.job.requested",), handlers={f"{NAME}.job.requested": work})
runtime = ServiceRuntime(spec, bus=make_bus(settings), store=make_store(settings, NAME), settings=settings)
asyncio.run(serve([runtime], settings, settings.SERVICE_PORT, host="127.0.0.1"))
"""


async def ready(http: aiohttp.ClientSession, port: int, proc: subprocess.Popen[str]) -> None:
    for _ in range(300):
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        try:
            async with http.get(f"http://127.0.0.1:{port}/readyz") as answer:
                if answer.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise AssertionError(f"copy on port {port} never became ready")


async def test_three_copies_share_the_load_and_sigterm_mid_load_loses_nothing(tmp_path: Path, amqp_url: str):
    name = f"scale{uuid.uuid4().hex[:8]}"
    env = {"AMQP_URL": amqp_url, "PANCHAYAT_DATA_DIR": str(tmp_path), "PANCHAYAT_PREFETCH": "8",
           "PANCHAYAT_RETRY_DELAYS": ",".join(map(str, DELAYS)), "SCALE_NAME": name, "PATH": "/usr/bin:/bin",
           "LOG_LEVEL": "WARNING"}
    ports = [free_port() for _ in range(3)]
    procs = [subprocess.Popen([sys.executable, "-c", PROGRAM], env=env | {"SCALE_COPY": copy, "SERVICE_PORT": str(port)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for copy, port in zip("abc", ports, strict=True)]
    done: list[Envelope] = []

    async def collect(envelope: Envelope) -> None:
        done.append(envelope)

    bus = RabbitBus(amqp_url)
    await bus.start()
    try:
        await bus.subscribe(Subscription(queue=f"{name}-watch", keys=(f"{name}.job.done",), handler=collect,
                                         retry=RetryPolicy(DELAYS)))
        async with aiohttp.ClientSession() as http:
            for port, proc in zip(ports, procs, strict=True):
                await ready(http, port, proc)
        for job in range(JOBS):
            await bus.publish(Envelope(type=f"{name}.job.requested", source="test", payload={"job": job}))
        while len({e.payload["job"] for e in done}) < JOBS // 4:
            await asyncio.sleep(0.02)
        procs[0].send_signal(signal.SIGTERM)  # copy "a" stops in the middle of the load
        assert await asyncio.to_thread(procs[0].wait, 30) == 0
        for _ in range(1500):
            if len({e.payload["job"] for e in done}) >= JOBS:
                break
            await asyncio.sleep(0.02)
        for proc in procs[1:]:
            proc.send_signal(signal.SIGTERM)
            assert await asyncio.to_thread(proc.wait, 30) == 0

        jobs = Counter(e.payload["job"] for e in {e.id: e for e in done}.values())
        assert sorted(jobs) == list(range(JOBS))  # nothing lost
        assert set(jobs.values()) == {1}  # each job's outcome published once (a repeat would carry its id)
        by_copy = Counter(e.payload["copy"] for e in {e.id: e for e in done}.values())
        assert set(by_copy) == {"a", "b", "c"} and by_copy["a"] < JOBS // 2, by_copy  # shared, and "a" stopped early
        store = SqliteStore(tmp_path / f"{name}.sqlite3")
        await store.start()
        assert await store.collection("done").count() == JOBS  # each job done once
        await store.close()
        connection = await aio_pika.connect(amqp_url)
        async with connection:
            assert await queue_stats(connection, name) == {"messages": 0, "consumers": 0}  # nothing left unacked
            assert (await queue_stats(connection, f"{name}.dead"))["messages"] == 0
        for proc in procs:
            log = proc.stderr.read() if proc.stderr else ""
            assert "Traceback" not in log, log[-2000:]
    finally:
        for proc in procs:
            proc.kill()
        await bus.close(2)
        connection = await aio_pika.connect(amqp_url)
        async with connection, connection.channel() as channel:
            await delete_queue(channel, name, DELAYS)
            await delete_queue(channel, f"{name}-watch", DELAYS)
