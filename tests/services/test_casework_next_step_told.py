"""What an office and a holder are told to do next, in building permission and the trade NOC alike.

Approving an application still submitted was refused with 'cannot move from submitted to approved', naming no
way forward; the refusal now names the statuses it can move to and the one to move it to first. A rejected
applicant read only 'Sorry, your application ... was rejected. Reason: ...' and one with a fee to pay only
'Please pay the fee of ...', unless the official added where; the notices now say the next step plainly: a
rejected application is not reopened, a new one is made at the gram panchayat office, and the fee is paid at the
gram panchayat office with the number, not on WhatsApp. In English and Bengali."""
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
from shared.runtime.chats import Chats
from shared.store.sqlite import SqliteStore

HOLDER = "919800000002"  # the demo's holder of the submitted and scrutinised cases below


@dataclass(frozen=True)
class Service:
    name: str
    spec: Callable[[], Any]
    records: str
    admin: str
    submitted: str
    scrutiny: str  # under scrutiny, its holder HOLDER


PERMIT = Service("permit", lambda: permit_spec(public_url=PUBLIC_URL), "/api/permit/applications", "permit_admin",
                 "BP/PUR/2026/000103", "BP/PUR/2026/000104")
NOC = Service("noc", lambda: noc_spec(public_url=PUBLIC_URL, reminder_every=None), "/api/noc/certificates",
              "noc_admin", "TNOC/2026/000046", "TNOC/2026/000047")


@dataclass
class Office:
    service: Service
    http: Any
    headers: dict[str, str]
    bus: Any
    runtime: Any

    async def post(self, number: str, action: str, body: dict[str, Any]) -> tuple[int, Any]:
        answer = await self.http.post(f"{self.service.records}/{quote(number, safe='')}/{action}", json=body,
                                      headers=self.headers)
        return answer.status, await answer.json()

    async def told(self) -> str:
        await self.bus.drain()
        [last] = [e.payload for e in self.bus.seen if e.type == "wa.outbound" and e.payload["to"] == HOLDER][-1:]
        message = last["message"]
        return message.get("text", {}).get("body") or message["interactive"]["body"]["text"]


@pytest.fixture(params=[PERMIT, NOC], ids=lambda s: s.name)
async def office(request: Any, aiohttp_client: Any, tmp_path: Path) -> AsyncIterator[Office]:
    service: Service = request.param
    bus = await listening_bus("wa.outbound", f"{service.name}.#")
    runtime = service_runtime(service.spec(), bus, tmp_path / f"{service.name}.sqlite3", Clock(START))
    await runtime.start()
    tokens = Tokens(SqliteStore(tmp_path / "auth.sqlite3"))
    http = await aiohttp_client(create_app([runtime], auth=tokens, registry=CollectorRegistry()))
    token, _ = await tokens.create(service.admin)
    yield Office(service, http, {"Authorization": f"Bearer {token}"}, bus, runtime)
    await bus.drain()
    await runtime.stop(1.0)
    await bus.close(1.0)


async def in_bengali(office: Office) -> None:
    """The holder chose Bengali at the menu, so the service's notices come in Bengali."""
    await Chats(office.runtime.store).set_lang(HOLDER, "bn", START)  # as the service keeps a choice at the menu


async def test_a_move_refused_names_the_statuses_it_can_move_to(office: Office) -> None:
    status, body = await office.post(office.service.submitted, "approve", {"memo_no": "M/1"})
    assert status == 422 and "cannot move from submitted to approved" in body["detail"], body
    assert "under_scrutiny, fee_pending or rejected" in body["detail"], body
    assert "move it to under_scrutiny or fee_pending first" in body["detail"], body
    status, body = await office.post(office.service.submitted, "status", {"status": "under_scrutiny"})
    assert status == 200, body


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_a_rejection_says_how_to_apply_again(office: Office, lang: str) -> None:
    if lang == "bn":
        await in_bengali(office)
    status, body = await office.post(office.service.scrutiny, "reject", {"reason": "Plot papers missing"})
    assert status == 200, body
    told = await office.told()
    assert "Plot papers missing" in told
    if lang == "en":
        assert "cannot be reopened" in told and "new application at Ajodhya Gram Panchayat office" in told, told
    else:
        assert "আর খোলা যায় না" in told and "অযোধ্যা গ্রাম পঞ্চায়েত অফিসে" in told and "নতুন আবেদন" in told, told


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_a_fee_to_pay_says_where_it_is_paid(office: Office, lang: str) -> None:
    if lang == "bn":
        await in_bengali(office)
    status, body = await office.post(office.service.scrutiny, "status", {"status": "fee_pending"})
    assert status == 200, body
    told = await office.told()
    if lang == "en":
        assert "Gram Panchayat office" in told and "cannot be paid on WhatsApp" in told, told
    else:
        assert "গ্রাম পঞ্চায়েত অফিসে" in told and "হোয়াটসঅ্যাপে ফি জমা নেওয়া হয় না" in told, told
