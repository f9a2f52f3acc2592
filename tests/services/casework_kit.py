"""What the permit and NOC tests share: a clock they move, a citizen who chats through the bus, a phone
that chats through the real webhook, and readers for replies and PDFs.

A ``Citizen`` sends exactly as the gateway does (``wa.inbound.<service>``), waits until the bus is idle,
and reads what the service published for that message from the service's inbox record.
"""
from __future__ import annotations

import asyncio
import itertools
import socket
import unicodedata
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from pathlib import Path

import pytest
from aiohttp import ClientSession
from chat_kit import Reply, pdf_text
from prometheus_client import CollectorRegistry

from shared.bus import Subscription
from shared.bus.memory import InProcessBus
from shared.chat import Inbound
from shared.envelope import Envelope
from shared.metrics import Metrics
from shared.runtime import ServiceRuntime, ServiceSpec
from shared.run import build_app, local_settings
from shared.runtime.inbox import Inbox
from shared.settings import load_settings
from shared.store import Store
from shared.store.sqlite import SqliteStore

PUBLIC_URL = "https://panchayat.example.in"
RINA, ARJUN, SABINA, TAPAN = "919800000001", "919800000002", "919800000003", "919800000004"  # the demo personas
START = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal
POLLS = 400  # × 0.05 s: only stops a broken test from hanging
_ids = itertools.count(1)
Message = dict[str, Any]


def flat(text: str) -> str:
    """Text without any whitespace, NFC: pdftotext puts spaces around Bengali vowel signs it reorders."""
    return unicodedata.normalize("NFC", "".join(text.split()))


def in_pdf(pdf: bytes | None, *wanted: str) -> list[str]:
    """The wanted strings that are NOT in the PDF's text (so ``assert not in_pdf(...)`` names the missing)."""
    text = flat(pdf_text(pdf))
    return [w for w in wanted if flat(w) not in text]


class Clock:
    def __init__(self, now: datetime = START):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Exchange:
    replies: list[Reply]
    events: list[Envelope] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n---\n".join(r.text for r in self.replies)

    @property
    def choices(self) -> dict[str, str]:
        return {id: title for r in self.replies for id, title in r.choices.items()}

    @property
    def pdfs(self) -> list[bytes]:
        return [pdf for r in self.replies if (pdf := r.pdf) is not None]

    def types(self) -> list[str]:
        return [e.type for e in self.events]


class Citizen:
    def __init__(self, bus: InProcessBus, store: Store, service: str, wa_id: str, *, lang: str = "en"):
        self.bus, self.store, self.service, self.wa_id, self.lang = bus, store, service, wa_id, lang

    async def send(self, *, text: str | None = None, reply_id: str | None = None) -> Exchange:
        wamid = f"wamid.casework.{next(_ids)}"
        inbound = Inbound(wa_id=self.wa_id, message_id=wamid, lang=self.lang,  # type: ignore[arg-type]
                          kind="reply" if reply_id else "text", text=text, reply_id=reply_id)
        envelope = Envelope(type=f"wa.inbound.{self.service}", correlation_id=wamid,
                            payload=inbound.model_dump(mode="json"))
        await self.bus.publish(envelope)
        await self.bus.drain()
        outputs = await Inbox(self.store).recorded(envelope.id)
        assert outputs is not None, f"the service never finished {envelope.id}"
        return Exchange([Reply(o.payload) for o in outputs if o.type == "wa.outbound"],
                        [o for o in outputs if o.type != "wa.outbound"])

    async def say(self, text: str) -> Exchange:
        return await self.send(text=text)

    async def tap(self, reply_id: str) -> Exchange:
        return await self.send(reply_id=reply_id)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def words(messages: list[Message]) -> str:
    return "\n".join(m["text"]["body"] if m["type"] == "text" else m["interactive"]["body"]["text"]
                     if m["type"] == "interactive" else m.get("document", {}).get("caption", "") for m in messages)


def has(type: str) -> Callable[[list[Message]], bool]:
    return lambda messages: any(m["type"] == type for m in messages)


class Phone:
    """A person on the simulator's chat page: ``send`` waits until the business sent what ``until`` accepts."""

    def __init__(self, http: ClientSession, base: str, wa_id: str):
        self.http, self.base, self.wa_id, self.seen = http, base, wa_id, 0

    async def received(self) -> list[Message]:
        async with self.http.get(f"{self.base}/_sim/sent", params={"to": self.wa_id}) as response:
            return [m["body"] for m in await response.json() if m["body"].get("type") != "reaction"]

    async def send(self, typed: dict[str, Any], until: Callable[[list[Message]], bool]) -> list[Message]:
        async with self.http.post(f"{self.base}/_sim/send", json={"wa_id": self.wa_id, **typed}) as response:
            assert response.status == 202, await response.text()
        for _ in range(POLLS):
            new = (await self.received())[self.seen:]
            if new and until(new):
                self.seen += len(new)
                return new
            await asyncio.sleep(0.05)
        raise AssertionError(f"no expected answer to {typed}; got {(await self.received())[self.seen:]}")

    async def say(self, text: str, until: Callable[[list[Message]], bool] = bool) -> list[Message]:
        return await self.send({"text": text}, until)

    async def tap(self, reply_id: str, until: Callable[[list[Message]], bool] = bool) -> list[Message]:
        return await self.send({"reply": {"id": reply_id, "title": reply_id[:20], "type": "button"}}, until)

    async def eventually(self, until: Callable[[list[Message]], bool]) -> list[Message]:
        """Everything received, once it holds what ``until`` waits for (a business-initiated message)."""
        for _ in range(POLLS):
            if until(got := await self.received()):
                return got
            await asyncio.sleep(0.05)
        raise AssertionError(f"never received the expected message; got {await self.received()}")

    async def pdf(self, media_id: str) -> bytes:
        async with self.http.get(f"{self.base}/_sim/media/{media_id}") as response:
            return await response.read()

    async def verify(self, code: str, until: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        for _ in range(POLLS):
            async with self.http.get(f"{self.base}/verify/{code}", params={"format": "json"}) as response:
                view = await response.json()
            if until(view):
                return view
            await asyncio.sleep(0.05)
        raise AssertionError(f"/verify/{code} never showed the expected record; last: {view}")


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


def service_runtime(spec: ServiceSpec, bus: InProcessBus, path: Path, clock: Clock) -> ServiceRuntime:
    """The service as ``panchayat run`` runs it, on the real SQLite store at ``path`` and a fake clock."""
    settings = load_settings(AMQP_URL=None, MONGODB_URL=None, PANCHAYAT_DATA_DIR=path.parent,
                             PANCHAYAT_RETRY_DELAYS="0.01,0.01", PANCHAYAT_PREFETCH=64)
    return ServiceRuntime(spec, bus=bus, store=SqliteStore(path), settings=settings, clock=clock,
                          metrics=Metrics(CollectorRegistry()))


def reminders_seen(bus: InProcessBus) -> list[Envelope]:
    return [e for e in bus.seen if e.type == "wa.outbound" and e.payload.get("template")]  # type: ignore[attr-defined]


def casework_fixtures(service: str, make_spec: Callable[[], ServiceSpec]) -> tuple[Any, ...]:
    """The fixtures a casework service's tests use — ``clock``, ``bus``, ``runtime``, ``citizen`` and
    ``system`` — for a conftest to bind as module names (pytest finds fixtures by their ``name``).

    ``runtime`` is the service as ``panchayat run`` runs it (the real runtime on the in-process bus, the
    real SQLite store in ``tmp_path``, demo data loaded at start) with the fake ``clock``; ``bus.seen``
    keeps what it publishes. ``system`` is the whole system of ``panchayat run`` on a real port, with the
    simulator: ``(http session, base URL, app)``.
    """

    @pytest.fixture(name="clock")
    def clock() -> Clock:
        return Clock()

    @pytest.fixture(name="bus")
    async def bus() -> AsyncIterator[InProcessBus]:
        bus = await listening_bus("wa.outbound", f"{service}.#")
        yield bus
        await bus.close(1.0)

    @pytest.fixture(name="runtime")
    async def runtime(bus: InProcessBus, clock: Clock, tmp_path: Path) -> AsyncIterator[ServiceRuntime]:
        runtime = service_runtime(make_spec(), bus, tmp_path / f"{service}.sqlite3", clock)
        await runtime.start()
        yield runtime
        await bus.drain()
        await runtime.stop(1.0)

    @pytest.fixture(name="citizen")
    def citizen(bus: InProcessBus, runtime: ServiceRuntime) -> Callable[..., Citizen]:
        def make(wa_id: str, lang: str = "en") -> Citizen:
            return Citizen(bus, runtime.store, service, wa_id, lang=lang)
        return make

    @pytest.fixture(name="system")
    async def system(aiohttp_server: Any, tmp_path: Path) -> AsyncIterator[tuple[ClientSession, str, Any]]:
        port = free_port()
        settings = local_settings(load_settings(AMQP_URL=None, MONGODB_URL=None, WHATSAPP_API_URL=None,
                                                PANCHAYAT_DATA_DIR=tmp_path, GATEWAY_PORT=port,
                                                PANCHAYAT_RETRY_DELAYS="0.05,0.05"))
        app, _ = build_app(settings, simulated=True)
        server = await aiohttp_server(app, port=port)
        async with ClientSession() as http:
            yield http, str(server.make_url("")).rstrip("/"), app

    return clock, bus, runtime, citizen, system
