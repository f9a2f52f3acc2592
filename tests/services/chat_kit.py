"""What every service's tests stand on: a clock they move, the service as ``panchayat run`` runs it on an
in-process bus that keeps what was published, ``wa.outbound`` payloads read the way a person sees them,
and the text of a PDF as poppler's pdftotext reads it."""
from __future__ import annotations

import base64
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry

from shared.bus import Subscription
from shared.bus.memory import InProcessBus
from shared.envelope import Envelope
from shared.metrics import Metrics
from shared.runtime import ServiceRuntime, ServiceSpec
from shared.settings import load_settings
from shared.store.sqlite import SqliteStore


def pdf_text(pdf: bytes | None) -> str:
    """The PDF's text as poppler's pdftotext reads it."""
    return subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


async def listening_bus(*keys: str) -> InProcessBus:
    """A started in-process bus whose ``seen`` keeps every envelope published under ``keys``."""
    bus = InProcessBus()
    await bus.start()
    seen: list[Envelope] = []

    async def listen(envelope: Envelope) -> None:
        seen.append(envelope)

    await bus.subscribe(Subscription(queue="listener", keys=keys, handler=listen))
    bus.seen = seen  # type: ignore[attr-defined]
    return bus


def service_runtime(spec: ServiceSpec, bus: InProcessBus, path: Path, clock: Clock, *,
                    retries: str = "0.01,0.01", prefetch: int = 64) -> ServiceRuntime:
    """The service as ``panchayat run`` runs it, on the real SQLite store at ``path`` and a fake clock."""
    settings = load_settings(AMQP_URL=None, MONGODB_URL=None, PANCHAYAT_DATA_DIR=path.parent,
                             PANCHAYAT_RETRY_DELAYS=retries, PANCHAYAT_PREFETCH=prefetch)
    return ServiceRuntime(spec, bus=bus, store=SqliteStore(path), settings=settings, clock=clock,
                          metrics=Metrics(CollectorRegistry()))


@asynccontextmanager
async def runtime_maker(make_spec: Callable[..., ServiceSpec], bus: InProcessBus, path: Path, clock: Clock,
                        **settings: Any) -> AsyncIterator[Callable[..., Awaitable[ServiceRuntime]]]:
    """``make(start=True, **options)``: copies of the service on one store file, as ops would run them
    (``options`` go to ``make_spec``); the started ones are stopped, after the bus went idle, at the end.
    ``start=False`` leaves starting and stopping to the app that serves it (``create_app``)."""
    started: list[ServiceRuntime] = []

    async def make(*, start: bool = True, **options: Any) -> ServiceRuntime:
        runtime = service_runtime(make_spec(**options), bus, path, clock, **settings)
        if start:
            await runtime.start()
            started.append(runtime)
        return runtime

    yield make
    if started:
        await bus.drain()
    for runtime in started:
        await runtime.stop(1.0)


@dataclass
class Reply:
    """One ``wa.outbound`` payload, read the way a person sees it."""

    payload: dict[str, Any]

    @property
    def message(self) -> dict[str, Any]:
        return self.payload["message"]

    @property
    def text(self) -> str:
        m = self.message
        if m["type"] == "text":
            return m["text"]["body"]
        if m["type"] == "interactive":
            return m["interactive"]["body"]["text"]
        if m["type"] == "document":
            return m["document"].get("caption", "")
        return ""

    @property
    def choices(self) -> dict[str, str]:
        """Reply id → title of the buttons or list rows."""
        if self.message["type"] != "interactive":
            return {}
        box = self.message["interactive"]
        if box["type"] == "button":
            return {b["reply"]["id"]: b["reply"]["title"] for b in box["action"]["buttons"]}
        return {row["id"]: row["title"] for s in box["action"]["sections"] for row in s["rows"]}

    @property
    def pdf(self) -> bytes | None:
        doc = self.payload.get("document")
        return base64.b64decode(doc["data_b64"]) if doc else None
