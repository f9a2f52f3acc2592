"""The load generator at CI size: the whole system as child processes (``panchayat run``, and the roles on
RabbitMQ), twenty people each holding the booking conversation through the signed webhook, a few of them
confirming and getting a PDF voucher. Every inbound message gets exactly the answers the first person's
conversation taught (no loss, no duplicate), every confirmed booking is in the store once, and the figures
the script prints are numbers."""
from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is scripts, not an installed package

from bench import load  # noqa: E402
from bench.figures import Outcome, percentile  # noqa: E402

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
