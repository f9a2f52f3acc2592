"""The example subscriber another department copies (``examples/block_office.py``) receives grievance
events from RabbitMQ: one CSV row per event about its block, a redelivered or republished event written
once, other blocks' complaints left out, and it resumes where it stopped."""
from __future__ import annotations

import asyncio
import csv
import importlib.util
import uuid
from pathlib import Path

import aio_pika
import pytest

from shared.asyncapi import example_envelope
from shared.bus.rabbit import RabbitBus
from shared.catalog import all_events
from shared.envelope import Envelope, derive_id

pytestmark = pytest.mark.rabbit
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "block_office.py"


def load_example():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("block_office", EXAMPLE)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


async def test_a_block_office_keeps_a_csv_of_its_complaints(tmp_path: Path, amqp_url: str):
    example = load_example()
    grievance = [spec for spec in all_events() if spec.key.startswith("grievance.")]
    assert grievance, "the grievance service publishes no catalogued events"
    ours = [Envelope.model_validate(example_envelope(spec)) for spec in grievance]
    block = ours[0].payload["block"]
    elsewhere = ours[0].model_copy(update={"id": derive_id("elsewhere"),
                                           "payload": {**ours[0].payload, "block": "9999", "gp": "999901"}})
    queue, sheet = f"bdo-{uuid.uuid4().hex[:8]}", tmp_path / "complaints.csv"
    stop = asyncio.Event()
    bus = RabbitBus(amqp_url)
    await bus.start()  # declares the exchange, which the example only looks up, as a subscriber's account must
    follower = asyncio.create_task(example.follow(amqp_url, queue, example.ComplaintLog(sheet, block), stop=stop))
    try:
        await asyncio.sleep(1.0)  # the follower declares and binds its queue
        for envelope in (*ours, elsewhere, ours[0]):  # the last one is a republished repeat
            await bus.publish(envelope)
        for _ in range(200):
            if len(rows(sheet)) >= len(ours):
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.5)  # the repeat and the other block's event had their chance to be written
        written = rows(sheet)
        assert [r["event_id"] for r in written] == [e.id for e in ours]
        assert {r["type"] for r in written} == {spec.key for spec in grievance}
        assert all(r["block"] == block and r["ticket"].startswith("GRV-") and r["person"].startswith("p-")
                   for r in written)

        stop.set()
        await bus.publish(ours[1])  # wakes the follower so it sees the stop after one more message
        await asyncio.wait_for(follower, 10)
        resumed = example.ComplaintLog(sheet, block)
        assert resumed.seen == {e.id for e in ours}  # a restart remembers what it wrote
    finally:
        follower.cancel()
        await bus.close(2)
        connection = await aio_pika.connect(amqp_url)
        async with connection, connection.channel() as channel:
            await channel.queue_delete(queue)
