"""End to end through the real webhook: the whole system as ``panchayat run`` builds it (gateway, sender,
every registered service, simulator, one in-process bus, a real port). The payroll office registers an
employee and imports two months through its back office; the employee's simulated phone sets a PIN and
gets the latest slip, an older month and the annual statement as uploaded PDFs; the QR code's public page
shows the slip's number and holder without any figure. The demo employee's published PIN works too."""
from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from payroll_kit import employee, pay, pdf_text

from shared.auth import AUTH
from shared.run import build_app, local_settings
from shared.settings import load_settings

Message = dict[str, Any]
POLLS = 400  # × 0.05 s: only stops a broken test from hanging
CODE = re.compile(r"verify/([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})")
PIN = "739164"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def words(messages: list[Message]) -> str:
    found = []
    for m in messages:
        if m["type"] == "text":
            found.append(m["text"]["body"])
        elif m["type"] == "interactive":
            found.append(m["interactive"]["body"]["text"])
        elif m["type"] == "document":
            found.append(m["document"].get("caption", ""))
    return "\n".join(found)


def has(type: str) -> Callable[[list[Message]], bool]:
    return lambda messages: any(m["type"] == type for m in messages)


class Phone:
    """One simulated person; ``send`` waits until the business sent something ``until`` accepts."""

    def __init__(self, http: ClientSession, base: str, wa_id: str):
        self.http, self.base, self.wa_id, self.seen = http, base, wa_id, 0

    async def received(self) -> list[Message]:
        async with self.http.get(f"{self.base}/_sim/sent", params={"to": self.wa_id}) as response:
            return [m["body"] for m in await response.json() if m["body"].get("type") != "reaction"]

    async def send(self, typed: dict[str, Any], until: Callable[[list[Message]], bool]) -> list[Message]:
        async with self.http.post(f"{self.base}/_sim/send", json={"wa_id": self.wa_id, "name": "Staff",
                                                                   **typed}) as response:
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
        return await self.send({"reply": {"id": reply_id, "title": reply_id[:20], "type": "list"}}, until)

    async def pdf(self, messages: list[Message]) -> str:
        [doc] = [m for m in messages if m["type"] == "document"]
        async with self.http.get(f"{self.base}/_sim/media/{doc['document']['id']}") as response:
            return pdf_text(await response.read())

    async def verify(self, code: str, until: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        for _ in range(POLLS):
            async with self.http.get(f"{self.base}/verify/{code}", params={"format": "json"}) as response:
                view = await response.json()
            if until(view):
                return view
            await asyncio.sleep(0.05)
        raise AssertionError(f"/verify/{code} never showed the expected record; last: {view}")

    async def start(self) -> None:
        await self.say("hi", until=has("interactive"))
        await self.tap("shell:lang:en", until=has("interactive"))
        self.seen = len(await self.received())


@pytest.fixture
async def system(aiohttp_server, tmp_path: Path):
    port = free_port()
    settings = local_settings(load_settings(AMQP_URL=None, MONGODB_URL=None, WHATSAPP_API_URL=None,
                                            PANCHAYAT_DATA_DIR=tmp_path, GATEWAY_PORT=port,
                                            PANCHAYAT_RETRY_DELAYS="0.05,0.05"))
    app, _ = build_app(settings, simulated=True)
    server = await aiohttp_server(app, port=port)
    token, _ = await app[AUTH].create("payroll_admin", name="payroll-desk")
    async with ClientSession() as http:
        yield http, str(server.make_url("")).rstrip("/"), {"Authorization": f"Bearer {token}"}


async def test_set_pin_latest_slip_older_month_and_statement_through_the_webhook(system):
    http, base, office = system
    phone = Phone(http, base, "919700000001")
    await phone.start()
    async with http.post(f"{base}/api/payroll/employees", json=employee(), headers=office) as created:
        assert created.status == 201, await created.text()
    for month in ("2025-12", "2026-01"):
        async with http.post(f"{base}/api/payroll/slips/{month}", json={"rows": [pay(credit_date=f"{month}-28")]},
                             headers=office) as imported:
            assert imported.status == 201, await imported.text()
    await phone.tap("payroll:menu", until=lambda m: "choose a PIN" in words(m))
    await phone.say(PIN, until=lambda m: "once more" in words(m))
    await phone.say(PIN, until=has("interactive"))

    await phone.tap("payroll:slip", until=lambda m: "January 2026" in words(m))
    latest = await phone.say(PIN, until=has("document"))
    text = await phone.pdf(latest)
    assert "PS-2026-01-GP-TEST-0001" in words(latest) and "Net pay: ₹28,400" in text
    assert "Rupees Twenty-Eight Thousand Four Hundred Only" in text
    code = CODE.search(text.replace("\n", ""))
    assert code is not None
    view = await phone.verify(code.group(1), until=lambda v: v.get("status") == "valid")
    assert (view["number"], view["holder_name"], view["kind"]) == ("PS-2026-01-GP-TEST-0001", "অণিমা মাহাতো / Anima Mahato",
                                                                   "pay_slip")
    assert not [v for v in map(str, view.values()) if "28" in v and "400" in v]

    await phone.tap("payroll:months", until=has("interactive"))
    await phone.tap("payroll:slip:2025-12", until=lambda m: "December 2025" in words(m))
    older = await phone.say(PIN, until=has("document"))
    assert "December 2025" in await phone.pdf(older)

    await phone.tap("payroll:years", until=has("interactive"))
    await phone.tap("payroll:statement:2025-26", until=lambda m: "2025-26" in words(m))
    statement = await phone.say(PIN, until=has("document"))
    assert "Total net pay: ₹56,800" in await phone.pdf(statement)


async def test_the_demo_employee_and_a_stranger_through_the_webhook(system):
    http, base, _ = system
    anima = Phone(http, base, "919733000101")
    await anima.start()
    await anima.tap("payroll:slip", until=lambda m: "Type your PIN" in words(m))
    got = await anima.say("4821", until=has("document"))
    assert "Anima Mahato" in await anima.pdf(got)
    stranger = Phone(http, base, "919733000199")
    await stranger.start()
    refused = await stranger.tap("payroll:menu", until=has("text"))
    assert "registered panchayat employees only" in words(refused)
    left = Phone(http, base, "919733000104")  # the demo employee who has left
    await left.start()
    assert "registered panchayat employees only" in words(await left.tap("payroll:slip", until=has("text")))
