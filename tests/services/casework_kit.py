"""What the permit and NOC tests share: a clock they move, a citizen who chats through the bus, a phone
that chats through the real webhook, and readers for replies and PDFs.

A ``Citizen`` sends exactly as the gateway does (``wa.inbound.<service>``), waits until the bus is idle,
and reads what the service published for that message from the service's inbox record.
"""
from __future__ import annotations

import unicodedata
from contextlib import asynccontextmanager
from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import phone_kit
import pytest
from aiohttp import ClientSession
from chat_kit import Chatter, Clock, Exchange, Reply, listening_bus, pdf_text, service_runtime  # noqa: F401
from phone_kit import running_system
from prometheus_client import CollectorRegistry

from gateway.menu import phrase_pattern
from services import registry
from shared.auth import Tokens
from shared.bus.memory import InProcessBus
from shared.casework import Case, Kind
from shared.casework.cases import Cases
from shared.casework.demo import walked
from shared.envelope import Envelope
from shared.india import plain, respelt
from shared.runtime import ServiceRuntime, ServiceSpec, create_app
from shared.store.sqlite import SqliteStore

PUBLIC_URL = "https://panchayat.example.in"
RINA, ARJUN, SABINA, TAPAN = "919800000001", "919800000002", "919800000003", "919800000004"  # the demo personas
START = datetime(2026, 3, 2, 5, 0, tzinfo=UTC)  # 10:30 in West Bengal


def flat(text: str) -> str:
    """Text without any whitespace, NFC: pdftotext puts spaces around Bengali vowel signs it reorders."""
    return unicodedata.normalize("NFC", "".join(text.split()))


def in_pdf(pdf: bytes | None, *wanted: str) -> list[str]:
    """The wanted strings that are NOT in the PDF's text (so ``assert not in_pdf(...)`` names the missing)."""
    text = flat(pdf_text(pdf))
    return [w for w in wanted if flat(w) not in text]


class Citizen(Chatter):
    """Someone writing to a casework service (``permit``, ``noc``) from ``wa_id``."""


class Phone(phone_kit.Phone):
    """A person on the simulator's chat page, tapping buttons."""

    def __init__(self, http: ClientSession, base: str, wa_id: str):
        super().__init__(http, base, wa_id, taps="button")


async def in_the_chat(system: tuple[ClientSession, str, Any], service: str, wa_id: str, lang: str = "en") -> Phone:
    """A person past the first contact, in ``lang``, with ``service``'s chat (``permit``, ``noc``) opened."""
    http, base, _ = system
    phone = Phone(http, base, wa_id)
    await phone.start(lang)
    await phone.tap(f"{service}:menu", until=phone_kit.has("interactive"))
    return phone


async def stored(runtime: ServiceRuntime, kind: Kind[Any], case: dict[str, Any], *, status: str = "submitted",
                 days_ago: int = 30, **entry: Any) -> Case:
    """A case made as a demo entry is (``shared.casework.demo.walked``: moved to ``status``, submitted
    ``days_ago``; ``valid_days`` sets an approval's term) and stored in the service's store."""
    made = walked(kind, {"status": status, "days_ago": days_ago, "memo_no": "M/1", "case": case, **entry},
                  runtime.context)
    await Cases(runtime.store, kind.collection, kind.model).add(made)
    return made


def menu_claims(text: str) -> list[str]:
    """Each service's tap for ``text`` as the main menu takes it (its first phrase finding the words), sorted."""
    said = respelt(plain(text))
    menus = [registry.load(name, load_demo=False).menu for name in registry.names()]
    return sorted(f"{menu.service}:{action}" for menu in menus
                  if (action := next((p.action for p in menu.phrases if phrase_pattern(p.pattern).search(said)), None)))


def longest(phrase: str, size: int) -> str:
    """``phrase`` said again and again, to exactly ``size`` characters, not ending in a space."""
    said = (phrase * (size // len(phrase) + 1))[:size]
    return said[:-1] + "." if said.endswith(" ") else said


async def walked_by_the_office(aiohttp_client: Any, runtime: ServiceRuntime, bus: InProcessBus, tmp_path: Path,
                               collection: str, case: dict[str, Any], steps: list[tuple[str, dict[str, Any]]],
                               holder: str) -> list[dict[str, Any]]:
    """``case`` created at ``collection`` (``/api/permit/applications``) by an official of its panchayat (whose
    token names its block and district, so that it may make the panchayat's first case), then each step
    (``/status``, ``/approve``, ``/revoke`` and its body) sent on it; what ``holder`` was told."""
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    office = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    place = case["gp"]
    token, _ = await tokens.create("gp_official", scope={"gp": place["code"], "block": place["block"],
                                                         "district": place["district"]})
    headers = {"Authorization": f"Bearer {token}"}
    for path, body in [("", case), *((f"/{case['number']}{path}", body) for path, body in steps)]:
        done = await office.post(collection + path, json=body, headers=headers)
        assert done.status in (200, 201), await done.text()
    await bus.drain()
    return [e.payload for e in bus.seen if e.type == "wa.outbound" and e.payload["to"] == holder]


async def number_changed(bus: InProcessBus, old: str, new: str) -> Envelope:
    """WhatsApp's word that the person writing from ``old`` now writes from ``new``, as the gateway publishes
    it, handled by the service; publish it again to redeliver it."""
    changed = Envelope(type="wa.person.number_changed", payload={"wa_id": old, "new_wa_id": new})
    await bus.publish(changed)
    await bus.drain()
    return changed


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
        return Clock(START)

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
    async def system(tmp_path: Path) -> AsyncIterator[tuple[ClientSession, str, Any]]:
        async with running_system(tmp_path) as (http, base, _, app):
            yield http, base, app

    return clock, bus, runtime, citizen, system


@asynccontextmanager
async def own_chats(tmp_path: Path) -> AsyncIterator[Callable[..., Any]]:
    """Building permission's or the trade NOC's chat, each on a bus of its own: ``await chat("noc", wa_id, lang)``
    (Rina in Bengali unless said) gives the ``Citizen`` and the ``Clock`` of a runtime started on the demo cases;
    all are stopped when the test ends."""
    from services.noc.service import spec as noc_spec
    from services.permit.service import spec as permit_spec

    specs = {"permit": lambda: permit_spec(public_url=PUBLIC_URL),
             "noc": lambda: noc_spec(public_url=PUBLIC_URL, reminder_every=None)}
    made = []

    async def chat(service: str, wa_id: str = RINA, lang: str = "bn") -> tuple[Citizen, Clock]:
        clock = Clock(START)
        bus = await listening_bus("wa.outbound", f"{service}.#")
        runtime = service_runtime(specs[service](), bus, tmp_path / f"{service}.sqlite3", clock)
        await runtime.start()
        made.append((bus, runtime))
        return Citizen(bus, runtime.store, service, wa_id, lang=lang), clock

    try:
        yield chat
    finally:
        for bus, runtime in made:
            await bus.drain()
            await runtime.stop(1.0)
            await bus.close(1.0)


def documents(answer: Exchange) -> list[str]:
    """The file names of the documents among ``answer``'s replies."""
    return [r.payload["document"]["filename"] for r in answer.replies if r.payload.get("document")]


def captions(answer: Exchange) -> str:
    """The captions of the documents among ``answer``'s replies, where a letter's answer says the rest."""
    return " ".join(r.payload["document"].get("caption", "") for r in answer.replies if r.payload.get("document"))
