"""Confirmed tourism bookings per second, end to end through the webhook on the in-process bus.

Builds the whole system as ``panchayat run`` does (gateway, sender, tourism service and the simulated
Cloud API on one in-process bus, embedded stores in a temporary directory) on a local port. Simulated
people then book at once, ``--concurrency`` of them at a time, each by the chat page's controls: choose
English, then room type → check-in → nights → guests → rooms → Confirm, each step a signed webhook whose
answer is read from what the simulated Cloud API accepted. A booking counts once its PDF voucher has
been uploaded and sent. People are spread over the demo's room types and many nights so that nobody
is refused for want of rooms: what is measured is the pipeline, not the sold-out answer.

Prints bookings/s, webhook messages/s, and per-step and per-booking latency (p50 / p95 / max).

    python bench/tourism_bookings.py --people 200 --concurrency 20
"""
from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from services.tourism.demo import catalog  # noqa: E402
from bench.ports import free_port  # noqa: E402
from services.tourism.domain import today_in_india  # noqa: E402
from shared.logging import configure_logging  # noqa: E402
from shared.run import build_app, local_settings  # noqa: E402
from shared.settings import load_settings  # noqa: E402

POLL = 0.02


class Person:
    def __init__(self, http: aiohttp.ClientSession, base: str, wa_id: str):
        self.http, self.base, self.wa_id, self.seen = http, base, wa_id, 0
        self.step_seconds: list[float] = []

    async def sent(self) -> list[dict[str, Any]]:
        async with self.http.get(f"{self.base}/_sim/sent", params={"to": self.wa_id}) as response:
            return [m["body"] for m in await response.json()]

    async def tap(self, reply_id: str, wanted: str = "interactive", *, text: str | None = None
                  ) -> list[dict[str, Any]]:
        """A tap, or ``text`` typed instead."""
        began = time.perf_counter()
        reply = {"id": reply_id, "title": reply_id[:20], "type": "list"}
        sent = {"text": text} if text is not None else {"reply": reply}
        async with self.http.post(f"{self.base}/_sim/send", json={"wa_id": self.wa_id, **sent}) as response:
            response.raise_for_status()
        while True:
            new = (await self.sent())[self.seen:]
            if any(m.get("type") == wanted for m in new):
                self.seen += len(new)
                self.step_seconds.append(time.perf_counter() - began)
                return new
            await asyncio.sleep(POLL)

    async def book(self, room: str, check_in: date) -> float:
        began = time.perf_counter()
        await self.tap("shell:lang:en")
        for step in (f"tourism:room:{room}", f"tourism:date:{check_in.isoformat()}", "tourism:nights:1",
                     "tourism:guests:1"):
            await self.tap(step)
        quote = await self.tap("", text="Asha Roy")  # the name to book in
        confirm = next(b["reply"]["id"] for m in quote if m.get("type") == "interactive"
                       for b in m["interactive"]["action"].get("buttons", [])
                       if b["reply"]["id"].startswith("tourism:confirm:"))
        await self.tap(confirm, wanted="document")
        return time.perf_counter() - began


def spread(n: int, today: date) -> tuple[str, date]:
    """The n-th person's room type and night: every room type, then the next night, so none sells out."""
    rooms = [room.id for _, types in catalog() for room in types]
    return rooms[n % len(rooms)], today + timedelta(days=10 + n // len(rooms))


def figures(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"{name:<22} p50 {statistics.median(ordered) * 1000:7.1f} ms  p95 {p95 * 1000:7.1f} ms  " \
           f"max {ordered[-1] * 1000:7.1f} ms"


async def run(people: int, concurrency: int) -> None:
    port = free_port()
    with tempfile.TemporaryDirectory() as data:
        settings = local_settings(load_settings(AMQP_URL=None, MONGODB_URL=None, WHATSAPP_API_URL=None,
                                                PANCHAYAT_DATA_DIR=Path(data), GATEWAY_PORT=port,
                                                PANCHAYAT_SEND_RATE=1000))
        app, _ = build_app(settings, simulated=True)
        runner = web.AppRunner(app, handle_signals=False)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()
        try:
            async with aiohttp.ClientSession() as http:
                await measure(http, f"http://127.0.0.1:{port}", people, concurrency)
        finally:
            await runner.cleanup()


async def measure(http: aiohttp.ClientSession, base: str, people: int, concurrency: int) -> None:
    today = today_in_india(datetime.now().astimezone())
    crowd = [Person(http, base, f"9193{n:08d}") for n in range(people)]
    gate = asyncio.Semaphore(concurrency)

    async def one(n: int) -> float:
        async with gate:
            return await crowd[n].book(*spread(n, today))

    began = time.perf_counter()
    totals = await asyncio.gather(*(one(n) for n in range(people)))
    elapsed = time.perf_counter() - began
    steps = [s for person in crowd for s in person.step_seconds]
    print(f"{people} bookings, {concurrency} people at a time, {elapsed:.1f} s")
    print(f"confirmed bookings/s   {people / elapsed:7.1f}")
    print(f"webhook messages/s     {len(steps) / elapsed:7.1f}  ({len(steps) // people} per booking)")
    print(figures("one step (tap→answer)", steps))
    print(figures("one whole booking", list(totals)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=100, help="bookings to make")
    parser.add_argument("--concurrency", type=int, default=10, help="people booking at the same time")
    args = parser.parse_args()
    configure_logging("WARNING")
    asyncio.run(run(args.people, args.concurrency))


if __name__ == "__main__":
    main()
