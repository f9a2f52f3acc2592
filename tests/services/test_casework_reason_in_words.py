"""A reason or a note an office writes to a holder must say something in words, in building permission and the
trade NOC alike. A rejection with the reason '...' was taken (200) and the applicant read 'Sorry, your application
... was rejected. Reason: ...'; a move to fee pending with the note '--' told them 'Message from the office: --'.
Both are now refused with 422 and a reason the official can act on, the case left as it was and nobody told; a
reason in English, Bengali or Banglish is taken and reaches the holder as written."""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from casework_kit import PUBLIC_URL, START
from chat_kit import Clock, listening_bus, service_runtime
from prometheus_client import CollectorRegistry

from services.noc.service import spec as noc_spec
from services.permit.service import spec as permit_spec
from shared.auth import Tokens
from shared.runtime import create_app
from shared.store.sqlite import SqliteStore


@dataclass(frozen=True)
class Service:
    name: str
    spec: Callable[[], Any]
    records: str  # the office's collection
    admin: str  # the department's role
    open: str  # one in fee pending
    issued: str  # one approved and in force


PERMIT = Service("permit", lambda: permit_spec(public_url=PUBLIC_URL), "/api/permit/applications",
                 "permit_admin", "BP/PUR/2026/000102", "BP/PUR/2026/000101")
NOC = Service("noc", lambda: noc_spec(public_url=PUBLIC_URL, reminder_every=None), "/api/noc/certificates",
              "noc_admin", "TNOC/2026/000048", "TNOC/2025/000310")
WORDLESS = ["...", "  - -  ", "।।।", "?!?", "1500"]


@dataclass
class Office:
    service: Service
    http: Any
    headers: dict[str, str]
    bus: Any

    async def post(self, number: str, action: str, body: dict[str, Any]) -> tuple[int, Any]:
        answer = await self.http.post(f"{self.service.records}/{quote(number, safe='')}/{action}", json=body,
                                      headers=self.headers)
        return answer.status, await answer.json()

    async def told(self) -> list[str]:
        await self.bus.drain()
        return [e.payload["message"].get("text", e.payload["message"].get("interactive", {}).get("body", {}))
                for e in self.bus.seen if e.type == "wa.outbound"]


@pytest.fixture(params=[PERMIT, NOC], ids=lambda s: s.name)
async def office(request: Any, aiohttp_client: Any, tmp_path: Path) -> AsyncIterator[Office]:
    service: Service = request.param
    bus = await listening_bus("wa.outbound", f"{service.name}.#")
    runtime = service_runtime(service.spec(), bus, tmp_path / f"{service.name}.sqlite3", Clock(START))
    await runtime.start()
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    http = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create(service.admin)
    yield Office(service, http, {"Authorization": f"Bearer {token}"}, bus)
    await bus.drain()
    await runtime.stop(1.0)
    await bus.close(1.0)


async def test_a_reason_without_words_is_refused_and_the_holder_is_not_told(office: Office) -> None:
    before = len(await office.told())
    for reason in WORDLESS:
        for number, action in ((office.service.open, "reject"), (office.service.issued, "revoke")):
            status, body = await office.post(number, action, {"reason": reason})
            assert status == 422, (reason, action, body)
            assert "in words" in body["detail"] and number in body["detail"], body
    assert len(await office.told()) == before
    for number in (office.service.open, office.service.issued):
        got = await office.http.get(f"{office.service.records}/{quote(number, safe='')}", headers=office.headers)
        assert (await got.json())["status"] in ("fee_pending", "approved")


@pytest.mark.parametrize("reason", ["Plot papers missing", "জমির কাগজ জমা পড়েনি", "jomir kagoj jama pore ni"],
                         ids=["en", "bn", "banglish"])
async def test_a_reason_in_words_reaches_the_holder(office: Office, reason: str) -> None:
    status, body = await office.post(office.service.open, "reject", {"reason": reason})
    assert status == 200 and body["status"] == "rejected", body
    assert reason in str((await office.told())[-1])


async def test_a_note_without_words_is_refused_and_one_in_words_or_none_is_taken(office: Office) -> None:
    before = len(await office.told())
    for note in WORDLESS:
        status, body = await office.post(office.service.open, "status", {"status": "under_scrutiny", "note": note})
        assert status == 422 and "in words" in body["detail"], (note, body)
    assert len(await office.told()) == before
    for note in ("", "Bring the signed site plan", "সই করা নকশা নিয়ে আসুন", "sign kora naksha niye asun"):
        status, body = await office.post(office.service.open, "status", {"status": "under_scrutiny", "note": note})
        assert status == 200, (note, body)
        assert note in str((await office.told())[-1])
