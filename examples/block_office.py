"""A block development office keeps a CSV of the complaints in its block, from Smart Panchayat's events.

Copy this file; it needs only Python 3.11 and aio-pika (``pip install aio-pika``). It declares its own
durable queue bound to ``grievance.#`` on the ``panchayat`` topic exchange (which must exist: Smart Panchayat
declares it when its roles start), appends one CSV row per event
about its block, and acknowledges a message only after the row is on disk — so a crash loses nothing
(the broker redelivers) and a redelivered event is recognised by its envelope ``id`` and not written twice.

    python examples/block_office.py --amqp amqp://guest:guest@127.0.0.1:5672/ \\
        --queue bdo-kalchini-1 --block 7035 --csv complaints.csv

The events and their fields are described in docs/asyncapi.yaml (``panchayat asyncapi``).
"""
from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
from pathlib import Path
from typing import Any

import aio_pika

EXCHANGE = "panchayat"
COLUMNS = ("event_id", "occurred_at", "type", "version", "ticket", "status", "category", "district", "block", "gp",
           "person")


class ComplaintLog:
    """The CSV file; the ids already in it are the memory of what was written."""

    def __init__(self, path: Path, block: str | None):
        self.path, self.block = path, block
        self.seen: set[str] = set()
        if path.exists():
            with path.open(newline="", encoding="utf-8") as f:
                self.seen = {row["event_id"] for row in csv.DictReader(f)}

    def wanted(self, payload: dict[str, Any]) -> bool:
        return self.block is None or str(payload.get("block") or "") == self.block

    def append(self, envelope: dict[str, Any]) -> bool:
        """Write the event once; False when it was already written or is about another block."""
        payload = envelope.get("payload") or {}
        if envelope["id"] in self.seen or not self.wanted(payload):
            return False
        row = {"event_id": envelope["id"], "occurred_at": envelope.get("occurred_at", ""), "type": envelope["type"],
               "version": envelope.get("version", 1), "ticket": payload.get("number", ""),
               "status": payload.get("status", ""), "category": payload.get("category", ""),
               "district": payload.get("district", ""), "block": payload.get("block") or "",
               "gp": payload.get("gp") or "", "person": payload.get("person", "")}
        new_file = not self.path.exists()
        with self.path.open("a", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=COLUMNS)
            if new_file:
                writer.writeheader()
            writer.writerow(row)
            f.flush()
            os.fsync(f.fileno())
        self.seen.add(envelope["id"])
        return True


async def follow(amqp_url: str, queue_name: str, log: ComplaintLog, *, keys: tuple[str, ...] = ("grievance.#",),
                 stop: asyncio.Event | None = None) -> None:
    connection = await aio_pika.connect_robust(amqp_url)
    async with connection:
        channel = await connection.channel()
        await channel.set_qos(prefetch_count=20)
        # Smart Panchayat's exchange is looked up, not declared: a subscriber's account may read from it and bind
        # to it, and has no business configuring it.
        exchange = await channel.get_exchange(EXCHANGE)
        queue = await channel.declare_queue(queue_name, durable=True, arguments={"x-queue-type": "quorum"})
        for key in keys:
            await queue.bind(exchange, key)
        async with queue.iterator() as messages:
            async for message in messages:
                try:
                    log.append(json.loads(message.body))
                except (ValueError, KeyError) as error:  # not an envelope: keep it out of the way, visibly
                    print(f"skipping a malformed message {message.message_id}: {error}")
                    await message.reject(requeue=False)
                    continue
                await message.ack()
                if stop is not None and stop.is_set():
                    break


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--amqp", default=os.environ.get("AMQP_URL", "amqp://guest:guest@127.0.0.1:5672/"))
    args.add_argument("--queue", required=True, help="your own queue name, e.g. bdo-kalchini-1")
    args.add_argument("--block", help="only this block (its LGD code, as in the events' block); default: all")
    args.add_argument("--csv", type=Path, default=Path("complaints.csv"))
    options = args.parse_args()
    asyncio.run(follow(options.amqp, options.queue, ComplaintLog(options.csv, options.block)))


if __name__ == "__main__":
    main()
