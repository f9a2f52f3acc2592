"""The load generator at CI size: the whole system as child processes (``panchayat run``, and the roles on
RabbitMQ), twenty people each holding the booking conversation through the signed webhook, a few of them
confirming and getting a PDF voucher. Every inbound message gets exactly the answers the first person's
conversation taught (no loss, no duplicate), every confirmed booking is in the store once, and the figures
the script prints are numbers."""
from __future__ import annotations

import asyncio
import math
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is scripts, not an installed package

from bench import load  # noqa: E402
from bench.figures import Outcome, outcome, percentile  # noqa: E402
from bench.people import Sent  # noqa: E402
from bench.sink import Arrival, Sink  # noqa: E402

PEOPLE = 20


def small(amqp: str) -> object:
    return load.parser().parse_args(["--rate", "0", "--people", str(PEOPLE), "--concurrency", "10",
                                     "--vouchers", "0.2", "--settle", "1", "--quiet", "0.5", "--amqp", amqp])


def check(result: Outcome) -> None:
    assert result.messages >= PEOPLE * 8
    assert (result.losses, result.duplicates, result.unread) == (0, 0, 0)  # every message answered once, read
    assert result.refused_for_good == 0
    assert result.bookings == PEOPLE // 5
    assert (result.doubled_bookings, result.missing_bookings) == (0, 0)
    assert len(result.e2e) + len(result.documents) == result.messages
    text = "\n".join(result.lines())
    assert "nan" not in text
    processes = [u for name, u in result.usage.items() if name != "broker"]
    for value in (result.throughput, percentile(result.e2e, 99), percentile(result.ack, 50),
                  *(u.cpu_seconds for u in processes), *(u.peak_rss_mb for u in processes)):
        assert math.isfinite(value) and value > 0


async def test_load_on_the_one_process_system() -> None:
    result = await load.measure("inprocess", small(""))
    check(result)
    assert list(result.usage) == ["run", "run workers", "load-gen"]  # the vouchers are rendered in workers
    assert result.usage["run workers"].cpu_seconds > 0


@pytest.mark.rabbit
async def test_load_on_the_roles_on_rabbitmq(amqp_url: str) -> None:
    result = await load.measure("rabbit", small(amqp_url))
    check(result)
    assert list(result.usage)[:5] == ["tourism-1", "sender", "gateway", "tourism-1 workers", "load-gen"]
    assert result.usage["tourism-1 workers"].cpu_seconds > 0  # the PDFs' CPU is counted, beside the role's
    if "broker" in result.usage:  # the broker runs on this machine: its CPU during the run is counted too
        assert result.usage["broker"].cpu_seconds > 0


def test_percentiles_are_nearest_rank() -> None:
    values = [n / 1000 for n in range(1, 101)]
    assert (percentile(values, 50), percentile(values, 99), percentile(values, 100)) == (50.0, 99.0, 100.0)
    assert math.isnan(percentile([], 50))


def test_answers_to_people_the_run_never_had_are_counted_and_named() -> None:
    """Another system on the same vhost: its sender takes its share of answers from the shared exchange and
    posts them to this run's sink. The run must say so, not pass those messages off as its own."""
    sink = Sink()
    sink.replies["919700000001"].append(Arrival(1.0, {"to": "919700000001"}))
    sink.replies["919600000000"].append(Arrival(0.5, {"to": "919600000000"}))  # the one who learnt the steps
    sent = [Sent("919700000001", "hi", 0.9, acked=0.95, answered=1.0, status=200)]
    known = {"919700000001", "919600000000"}
    alone = outcome("run", sent, sink, {"hi": 1}, Counter(), {}, known=known)
    assert alone.strangers == 0 and "answers to strangers 0" in "\n".join(alone.lines())
    sink.replies["919000012345"].append(Arrival(1.1, {"to": "919000012345"}))
    shared = outcome("run", sent, sink, {"hi": 1}, Counter(), {}, known=known)
    assert shared.strangers == 1 and (shared.losses, shared.duplicates) == (0, 0)
    assert "ANOTHER SYSTEM ON THE SAME VHOST" in "\n".join(shared.lines())


async def test_a_slow_cloud_api_holds_each_call_but_stamps_the_message_on_arrival() -> None:
    """``--meta-latency``: the sender waits Meta's time for each answer, as it would in production, while the
    person's answer counts as arrived when it reached Meta. Meta's status comes after the call's answer."""
    from aiohttp.test_utils import TestClient, TestServer

    sink = Sink(latency=0.2)
    statuses: list[str] = []
    sink.statuses = type("Recorder", (), {"add": lambda self, wamid, to, data: statuses.append(wamid)})()
    async with TestClient(TestServer(sink.app())) as client:
        began = time.monotonic()
        call = asyncio.create_task(client.post("/graph/v23.0/1/messages", json={"to": "919800000009", "type": "text"}))
        while not sink.count("919800000009"):
            await asyncio.sleep(0.01)
        arrived = sink.replies["919800000009"][0].at - began
        assert statuses == [] and not call.done()  # filed at once; neither answered nor reported yet
        answer = await (await call).json()
        took = time.monotonic() - began
    assert arrived < 0.15 <= 0.2 <= took
    assert statuses == [answer["messages"][0]["id"]]
