"""End to end through the real webhook: the whole system as ``panchayat run`` builds it (gateway, sender,
tourism service, simulator on one in-process bus and a real port). A simulated phone types and taps on
the chat page's controls (``/_sim/send``); the test reads what the fake Cloud API accepted (``/_sim/sent``)
— the messages a person's phone would show, the voucher as an uploaded PDF among them."""
from __future__ import annotations

import asyncio
import re
import socket
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from aiohttp import ClientSession
from tourism_kit import pdf_text

from services.tourism.domain import today_in_india
from shared.run import build_app, local_settings
from shared.settings import load_settings

Message = dict[str, Any]
POLLS = 400  # × 0.05 s: only stops a broken test from hanging; a passing run needs a fraction of it


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Phone:
    """One simulated person; ``send`` waits until the business sent something ``until`` accepts."""

    def __init__(self, http: ClientSession, base: str, wa_id: str):
        self.http, self.base, self.wa_id = http, base, wa_id
        self.seen = 0

    async def received(self) -> list[Message]:
        async with self.http.get(f"{self.base}/_sim/sent", params={"to": self.wa_id}) as response:
            return [m["body"] for m in await response.json() if m["body"].get("type") != "reaction"]

    async def send(self, typed: dict[str, Any], until: Callable[[list[Message]], bool]) -> list[Message]:
        async with self.http.post(f"{self.base}/_sim/send", json={"wa_id": self.wa_id, "name": "Rina Das",
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

    async def verify(self, code: str, until: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """The public verification page (as JSON) once it shows what ``until`` waits for."""
        for _ in range(POLLS):
            async with self.http.get(f"{self.base}/verify/{code}", params={"format": "json"}) as response:
                view = await response.json()
            if until(view):
                return view
            await asyncio.sleep(0.05)
        raise AssertionError(f"/verify/{code} never showed the expected record; last: {view}")

    async def pdf(self, media_id: str) -> bytes:
        async with self.http.get(f"{self.base}/_sim/media/{media_id}") as response:
            return await response.read()


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


def choices(messages: list[Message]) -> list[str]:
    found = []
    for m in messages:
        if m["type"] == "interactive":
            action = m["interactive"]["action"]
            found += [b["reply"]["id"] for b in action.get("buttons", [])]
            found += [r["id"] for s in action.get("sections", []) for r in s["rows"]]
    return found


def has(type: str) -> Callable[[list[Message]], bool]:
    return lambda messages: any(m["type"] == type for m in messages)


def saying(text: str) -> Callable[[list[Message]], bool]:
    return lambda messages: text in words(messages)


@pytest.fixture
async def system(aiohttp_server, tmp_path: Path):
    port = free_port()
    settings = local_settings(load_settings(AMQP_URL=None, MONGODB_URL=None, WHATSAPP_API_URL=None,
                                            PANCHAYAT_DATA_DIR=tmp_path, GATEWAY_PORT=port,
                                            PANCHAYAT_RETRY_DELAYS="0.05,0.05"))
    app, _ = build_app(settings, simulated=True)
    server = await aiohttp_server(app, port=port)
    async with ClientSession() as http:
        yield http, str(server.make_url("")).rstrip("/")


@pytest.mark.parametrize("lang", ["en", "bn"])
async def test_book_get_the_voucher_list_and_cancel_through_the_webhook(system, lang):
    http, base = system
    phone = Phone(http, base, "919830012345" if lang == "en" else "919830054321")
    await phone.say("hi", until=has("interactive"))
    menu = await phone.tap(f"shell:lang:{lang}", until=has("interactive"))
    assert "tourism:menu" in choices(menu)
    home = await phone.tap("tourism:menu", until=has("interactive"))
    assert "tourism:book" in choices(home)
    await phone.tap("tourism:book", until=has("interactive"))
    await phone.tap("tourism:district:purulia", until=has("interactive"))
    await phone.tap("tourism:property:ayodhya-hills", until=has("interactive"))
    await phone.tap("tourism:room:ayodhya-double", until=has("interactive"))
    today = today_in_india(datetime.now().astimezone())
    check_in = today + timedelta(days=20)
    await phone.say(check_in.strftime("%d/%m/%Y"), until=has("interactive"))
    await phone.tap("tourism:nights:2", until=has("interactive"))
    await phone.tap("tourism:guests:2", until=has("interactive"))
    quote = await phone.tap("tourism:rooms:1", until=has("interactive"))
    confirm = next(c for c in choices(quote) if c.startswith("tourism:confirm:"))

    booked = await phone.tap(confirm, until=has("document"))

    [voucher] = [m for m in booked if m["type"] == "document"]
    number = voucher["document"]["filename"].removesuffix(".pdf")
    assert number == f"PT-{today.year}-000001" and number in words(booked)
    pdf = await phone.pdf(voucher["document"]["id"])
    code = re.search(r"verify/([A-Z2-7]{4}(?:-[A-Z2-7]{4}){3})", pdf_text(pdf).replace("\n", ""))
    assert code is not None
    valid = await phone.verify(code.group(1), until=lambda view: view.get("status") == "valid")
    assert (valid["number"], valid["holder_name"], valid["kind"]) == (number, "Rina Das", "booking_voucher")

    listed = await phone.tap("tourism:mine", until=has("interactive"))
    assert f"tourism:view:{number}" in choices(listed)
    await phone.tap(f"tourism:cancel:{number}", until=has("interactive"))
    cancelled = await phone.tap(f"tourism:cancelyes:{number}", until=saying(number))
    expected = {"en": "As you cancelled 20 day(s) before check-in, 90% is refunded: ₹3,402.",
                "bn": "চেক-ইনের ২০ দিন আগে বাতিল করায় ৯০% ফেরত পাবেন: ₹৩,৪০২।"}[lang]
    assert expected in words(cancelled)
    assert (await phone.verify(code.group(1), until=lambda view: view.get("status") == "revoked"))["number"] == number
