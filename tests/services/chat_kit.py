"""What every service's tests stand on: a clock they move, the service as ``panchayat run`` runs it on an
in-process bus that keeps what was published, someone who chats with it (``Chatter``), ``wa.outbound``
payloads read the way a person sees them, and the text of a PDF as poppler's pdftotext reads it.

A ``Chatter`` sends through the bus exactly as the gateway does (``wa.inbound.<service>``), waits until the
bus is idle, and reads what the service published for that message from the service's inbox record: the
replies and events in the order they went out (an ``Exchange``); a document, whose bytes the record lets go
once its message is on the bus, is read from what the bus carried.
"""
from __future__ import annotations

import base64
import itertools
import subprocess
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from prometheus_client import CollectorRegistry

from shared.bus import Subscription
from shared.bus.memory import InProcessBus
from shared.chat import Inbound
from shared.envelope import Envelope
from shared.metrics import Metrics
from shared.runtime import ServiceRuntime, ServiceSpec
from shared.runtime.context import SESSION_HOME, SESSION_SETTLED
from shared.runtime.inbox import COLLECTION as INBOX
from shared.runtime.inbox import SENT_ON
from shared.settings import load_settings
from shared.store import Store
from shared.store.sqlite import SqliteStore

_ids = itertools.count(1)


def pdf_text(pdf: bytes | None, *, layout: bool = False) -> str:
    """The PDF's text as poppler's pdftotext reads it; ``layout``: each line as printed, a table's cells side by
    side (without it, the cells of a row may come in any order)."""
    flags = ["-layout"] if layout else []
    return subprocess.run(["pdftotext", *flags, "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Outage:
    """A copy's view of the bus while the broker is out of its reach (``down``): every publish fails."""

    def __init__(self, bus: InProcessBus):
        self._bus = bus
        self.down = False

    def __getattr__(self, name: str) -> Any:
        return getattr(self._bus, name)

    async def publish(self, envelope: Envelope, **options: Any) -> None:
        if self.down:
            raise ConnectionError("broker unreachable")
        await self._bus.publish(envelope, **options)


def refuse_once(monkeypatch: Any, context: Any, type: str,
                when: Callable[[Any], bool] = lambda payload: True) -> list[Any]:
    """The broker goes away at the first publish of ``type`` by ``context`` (whose payload ``when`` accepts),
    after the record was stored: the office's request ends in an error. Returns the refused payloads."""
    publish, refused = context.publish, []

    async def refusing_once(kind: str, payload: Any, **options: Any) -> Any:
        if kind == type and not refused and when(payload):
            refused.append(payload)
            raise ConnectionError("broker gone")
        return await publish(kind, payload, **options)

    monkeypatch.setattr(context, "publish", refusing_once)
    return refused


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


def service_runtime(spec: ServiceSpec, bus: InProcessBus | Outage, path: Path, clock: Clock, *,
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


@dataclass
class Exchange:
    """What the service published for one message: its replies and its events, in the order they went out."""

    envelope: Envelope
    replies: list[Reply]
    events: list[Envelope] = field(default_factory=list)
    # after this message, the service's last word to the main menu (``wa.session.settled``, said when it changes) is
    # that nothing of the person's is in progress there
    settled: bool = False
    told: list[bool] = field(default_factory=list)  # what it said of it in answer to this message (a change)
    home: bool = False  # it told the main menu the answer was its own menu (``wa.session.home``): "back" leaves it

    @property
    def text(self) -> str:
        return "\n---\n".join(r.text for r in self.replies)

    def __repr__(self) -> str:
        return f"<replies: {self.text!r} choices: {[r.choices for r in self.replies]}>"

    @property
    def last(self) -> Reply:
        return self.replies[-1]

    @property
    def choices(self) -> dict[str, str]:
        return {id: title for r in self.replies for id, title in r.choices.items()}

    @property
    def pdfs(self) -> list[bytes]:
        return [pdf for r in self.replies if (pdf := r.pdf) is not None]

    def choice(self, starting: str) -> str:
        """The one reply id (in any reply) starting with ``starting``."""
        found = [id for r in self.replies for id in r.choices if id.startswith(starting)]
        assert found, f"no choice {starting!r} in {[r.choices for r in self.replies]}"
        return found[0]

    def types(self) -> list[str]:
        return [e.type for e in self.events]

    def event(self, type: str) -> dict[str, Any]:
        found = [e.payload for e in self.events if e.type == type]
        assert len(found) == 1, f"{type}: {len(found)} published; events: {[e.type for e in self.events]}"
        return found[0]


class Chatter:
    """Someone writing to ``service`` from ``wa_id``."""

    def __init__(self, bus: InProcessBus, store: Store, service: str, wa_id: str, *, lang: str = "en",
                 name: str = "WhatsApp User"):
        self.bus, self.store, self.service, self.wa_id, self.lang, self.name = bus, store, service, wa_id, lang, name
        self.settled = False  # the service's last word to the main menu (``Exchange.settled``)

    def envelope(self, *, text: str | None = None, reply_id: str | None = None, **content: Any) -> Envelope:
        """``wa.inbound.<service>`` for a text, a tap, or any other ``Inbound`` (``kind=...``, its fields)."""
        wamid = f"wamid.{self.service}.{next(_ids)}"
        kind = content.pop("kind", "reply" if reply_id else "text")
        inbound = Inbound(wa_id=self.wa_id, message_id=wamid, lang=self.lang, profile_name=self.name,  # type: ignore[arg-type]
                          kind=kind, text=text, reply_id=reply_id, **content)
        return Envelope(type=f"wa.inbound.{self.service}", correlation_id=wamid,
                        payload=inbound.model_dump(mode="json"))

    async def send(self, envelope: Envelope) -> Exchange:
        await self.bus.publish(envelope)
        await self.bus.drain()
        return await self.outcome(envelope)

    async def outcome(self, envelope: Envelope) -> Exchange:
        record = await self.store.collection(INBOX).get(envelope.id)
        if record is None:
            dead = [d.id for d in await self.bus.dead_letters(self.service)]
            raise AssertionError(f"the service never finished {envelope.id} (dead letters: {dead})")
        heard = {e.id: e for e in getattr(self.bus, "seen", ())}
        sent_on = set(record.get(SENT_ON, ()))  # outputs whose document bytes the record let go once sent

        def output(kept: dict[str, Any]) -> Envelope:
            carried = heard.get(kept["id"]) if kept["id"] in sent_on else None
            return carried or Envelope.model_validate(kept)

        outputs = [output(o) for o in record["outputs"]]
        replies = [Reply(o.payload) for o in outputs if o.type == "wa.outbound"]
        # the main menu told whether something is in progress here (``resume.tell``), when that changed: no event
        told = [o.payload.get("settled") is not False for o in outputs if o.type == SESSION_SETTLED]
        if told:
            self.settled = told[-1]
        return Exchange(envelope, replies,
                        [o for o in outputs if o.type not in ("wa.outbound", SESSION_SETTLED, SESSION_HOME)],
                        settled=self.settled, told=told, home=any(o.type == SESSION_HOME for o in outputs))

    async def say(self, text: str) -> Exchange:
        return await self.send(self.envelope(text=text))

    async def tap(self, reply_id: str) -> Exchange:
        return await self.send(self.envelope(reply_id=reply_id))
