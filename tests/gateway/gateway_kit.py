"""What the gateway's tests drive it with: a settable clock, a recording queue, a bus that can fail,
and ``Stack`` (one gateway app under an aiohttp test client) with ways to speak to it."""
from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp.test_utils import TestClient

from gateway.state import GATEWAY
from shared.bus import Bus, BusError, Subscription
from shared.envelope import Envelope, new_id
from shared.runtime.spec import MenuEntry
from shared.settings import Settings
from simulator import webhooks as wa

SECRET = "test-app-secret"
VERIFY_TOKEN = "test-verify-token"
MARKER = "test.marker"
RINA, GOPAL = "919800000001", "919800000002"
NAMES = {RINA: "Rina Das", GOPAL: "Gopal Roy"}
RECORDED = ("wa.outbound", "wa.status.#", "gateway.#", "wa.person.#", "ops.menu.requested", "wa.inbound.tourism",
            "wa.inbound.grievance")


def text_of(body: dict[str, Any]) -> str:
    """The words of a text message or of an interactive one's body."""
    return body["text"]["body"] if body["type"] == "text" else body["interactive"]["body"]["text"]


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2025, 10, 9, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Recorder:
    """A test queue bound to what the gateway publishes (``wa.inbound.tourism``/``grievance`` only, so
    other services stay unroutable). ``settle`` waits until everything published so far has arrived."""

    def __init__(self, bus: Bus, *, queue: str = "recorder", keys: tuple[str, ...] = RECORDED,
                 marker: str = MARKER):
        self.bus, self.queue, self.keys, self.marker = bus, queue, keys, marker
        self.envelopes: list[Envelope] = []
        self._arrived = asyncio.Condition()

    async def start(self) -> None:
        keys = (*self.keys, self.marker)
        await self.bus.subscribe(Subscription(queue=self.queue, keys=keys, handler=self._record, prefetch=1))

    async def _record(self, envelope: Envelope) -> None:
        async with self._arrived:
            self.envelopes.append(envelope)
            self._arrived.notify_all()

    async def settle(self) -> None:
        marker = Envelope(id=new_id(), type=self.marker)
        await self.bus.publish(marker)
        async with self._arrived:
            await asyncio.wait_for(self._arrived.wait_for(lambda: any(e.id == marker.id for e in self.envelopes)), 10)
        self.envelopes = [e for e in self.envelopes if e.type != self.marker]

    def of(self, type: str) -> list[Envelope]:
        return [e for e in self.envelopes if e.type == type]

    def bodies(self, to: str | None = None) -> list[dict[str, Any]]:
        """Cloud API bodies sent on ``wa.outbound`` (read receipts left out), oldest first."""
        return [e.payload["message"] for e in self.of("wa.outbound")
                if "status" not in e.payload["message"] and (to is None or e.payload["to"] == to)]

    def clear(self) -> None:
        self.envelopes.clear()


class FlakyBus:
    """The real bus, except that ``publish`` raises ``BusError`` while ``down`` is set, or once ``up_for`` more
    publishes have gone through (the broker lost in the middle of a message's publishes)."""

    def __init__(self, bus: Bus):
        self._bus = bus
        self.down = False
        self.up_for: int | None = None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._bus, name)

    async def publish(self, envelope: Envelope, *, mandatory: bool = True) -> None:
        if self.up_for is not None and envelope.type != MARKER:
            self.down, self.up_for = self.up_for <= 0, None if self.up_for <= 0 else self.up_for - 1
        if self.down:
            raise BusError("broker connection lost")
        await self._bus.publish(envelope, mandatory=mandatory)


@dataclass
class Stack:
    client: TestClient
    recorder: Recorder
    clock: Clock
    on_start: list[Envelope] = field(default_factory=list)

    async def post(self, payload: Any, *, secret: str = SECRET) -> Any:
        raw = payload if isinstance(payload, bytes | dict) else json.dumps(payload).encode()
        body, headers = wa.signed(raw, secret)
        response = await self.client.post("/webhook", data=body, headers=headers)
        await self.recorder.settle()
        return response

    async def say(self, *messages: dict[str, Any]) -> Any:
        response = await self.post(wa.payload(messages, names=NAMES))
        assert response.status == 200, await response.text()
        return response

    async def announce(self, service: str, title_en: str = "", order: int = 100) -> None:
        await self.announce_entry(MenuEntry(
            service=service, title={"bn": f"{service} সেবা", "en": title_en or service.title()},
            description={"bn": "বিবরণ", "en": f"About {service}"}, order=order))

    async def announce_services(self) -> None:
        """The menu entries the services announce, with their numbers and phrases, as the live gateway has them
        (only tourism and grievance have a queue here: a choice of another service is said to be unavailable)."""
        from services.grievance.service import MENU as GRIEVANCE
        from services.noc.service import MENU as NOC
        from services.payroll.service import MENU as PAYROLL
        from services.permit.service import MENU as PERMIT
        from services.tourism.service import MENU as TOURISM
        for entry in (GRIEVANCE, TOURISM, PERMIT, NOC, PAYROLL):
            await self.announce_entry(entry)

    async def announce_entry(self, entry: MenuEntry) -> None:
        service = entry.service
        envelope = Envelope(type="ops.service.announced", source=service,
                            payload={"service": service, "version": "1", "menu": entry.as_payload()})
        await self.client.app[GATEWAY].menu.record(envelope)


MakeStack = Callable[..., Awaitable[Stack]]


def make_settings(**overrides: Any) -> Settings:
    return Settings(WHATSAPP_APP_SECRET=SECRET, WHATSAPP_VERIFY_TOKEN=VERIFY_TOKEN,
                    PANCHAYAT_RETRY_DELAYS="0.05", **overrides)


async def known(stack: Stack, lang: str) -> None:
    """Rina at the main menu in ``lang``, chosen, with every service's entry announced; the recorder cleared."""
    await stack.announce_services()
    await stack.say(wa.button_reply(RINA, f"shell:lang:{lang}", "English" if lang == "en" else "বাংলা"))
    stack.recorder.clear()


async def answer_at_menu(stack: Stack, lang: str, said: str) -> str:
    """The words of the one answer Rina gets to ``said`` typed at the main menu in ``lang`` (``known``)."""
    await known(stack, lang)
    await stack.say(wa.text(RINA, said))
    (answer,) = stack.recorder.bodies()
    return text_of(answer)


async def said_in_a_complaint(stack: Stack, said: str) -> list[dict[str, Any]]:
    """What the gateway sent itself when ``said`` was typed where a new complaint's subject is asked, after checking
    the words went to Complaints, whose step answers them."""
    await known(stack, "en")
    await stack.say(wa.list_reply(RINA, "grievance:new", "New complaint"))
    stack.recorder.clear()
    await stack.say(wa.text(RINA, said))
    assert len(stack.recorder.of("wa.inbound.grievance")) == 1
    return stack.recorder.bodies()
