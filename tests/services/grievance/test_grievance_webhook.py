"""End to end through the real webhook: the whole system as ``panchayat run`` builds it (gateway, sender,
every service, simulator on one in-process bus and a real port). A simulated phone taps, shares its
location and sends a photo through the chat page's controls (``/_sim/send``); an official works the
complaint through the back office on the same port; the test reads what the fake Cloud API delivered."""
from __future__ import annotations

import asyncio
import base64
import socket
from collections.abc import Callable
from pathlib import Path
from datetime import datetime, timedelta
from typing import Any

import pytest
from aiohttp import ClientSession
from grievance_kit import KALCHINI

from shared.auth import Tokens
from shared.run import build_app, local_settings
from shared.settings import load_settings
from shared.wiring import make_store

Message = dict[str, Any]
POLLS = 400  # × 0.05 s: only stops a broken test from hanging
PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0 a photo of a dry tube well").decode()


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
    return "\n".join(found)


def choices(messages: list[Message]) -> list[str]:
    found = []
    for m in messages:
        if m["type"] == "interactive":
            action = m["interactive"]["action"]
            found += [b["reply"]["id"] for b in action.get("buttons", [])]
            found += [r["id"] for s in action.get("sections", []) for r in s["rows"]]
    return found


def saying(text: str) -> Callable[[list[Message]], bool]:
    return lambda messages: text in words(messages)


class Phone:
    """One simulated person; ``send`` waits until the business sent something ``until`` accepts."""

    def __init__(self, http: ClientSession, base: str, wa_id: str):
        self.http, self.base, self.wa_id, self.seen = http, base, wa_id, 0

    async def received(self) -> list[Message]:
        async with self.http.get(f"{self.base}/_sim/sent", params={"to": self.wa_id}) as response:
            return [m["body"] for m in await response.json() if m["body"].get("type") != "reaction"]

    async def wait(self, until: Callable[[list[Message]], bool]) -> list[Message]:
        for _ in range(POLLS):
            new = (await self.received())[self.seen:]
            if new and until(new):
                self.seen += len(new)
                return new
            await asyncio.sleep(0.05)
        raise AssertionError(f"nothing expected arrived; got {(await self.received())[self.seen:]}")

    async def send(self, typed: dict[str, Any], until: Callable[[list[Message]], bool]) -> list[Message]:
        async with self.http.post(f"{self.base}/_sim/send", json={"wa_id": self.wa_id, "name": "Sabita Oraon",
                                                                   **typed}) as response:
            assert response.status == 202, await response.text()
        return await self.wait(until)

    async def say(self, text: str, until: Callable[[list[Message]], bool]) -> list[Message]:
        return await self.send({"text": text}, until)

    async def tap(self, reply_id: str, until: Callable[[list[Message]], bool]) -> list[Message]:
        return await self.send({"reply": {"id": reply_id, "title": reply_id[:20], "type": "list"}}, until)


@pytest.fixture
async def system(aiohttp_server, tmp_path: Path):
    port = free_port()
    settings = local_settings(load_settings(AMQP_URL=None, MONGODB_URL=None, WHATSAPP_API_URL=None,
                                            PANCHAYAT_DATA_DIR=tmp_path, GATEWAY_PORT=port,
                                            PANCHAYAT_RETRY_DELAYS="0.05,0.05"))
    app, _ = build_app(settings, simulated=True)
    server = await aiohttp_server(app, port=port)
    tokens = Tokens(make_store(settings, "auth"))
    await tokens.start()
    token, _ = await tokens.create("gp_official", name="kalchini-secretary", scope={"gp": "Kalchini"})
    async with ClientSession() as http:
        yield http, str(server.make_url("")).rstrip("/"), {"Authorization": f"Bearer {token}"}
    await tokens.close()


async def test_lodge_with_location_and_photo_track_status_atr_reopen_and_rate(system):
    http, base, official = system
    phone = Phone(http, base, "919733012345")
    await phone.say("hi", until=lambda m: bool(choices(m)))
    menu = await phone.tap("shell:lang:en", until=lambda m: "grievance:menu" in choices(m))
    assert choices(menu).index("grievance:menu") < choices(menu).index("tourism:menu")  # the most used comes first
    await phone.tap("grievance:menu", until=lambda m: "grievance:new" in choices(m))
    await phone.tap("grievance:new", until=lambda m: "grievance:cat:water" in choices(m))
    await phone.tap("grievance:cat:water", until=lambda m: "grievance:dist:703" in choices(m))
    located = await phone.send({"location": {"latitude": KALCHINI[0] + 0.01, "longitude": KALCHINI[1]}},
                               until=saying("Kalchini Gram Panchayat"))
    here = next(c for c in choices(located) if c.startswith("grievance:here:"))
    await phone.tap(here, until=saying("Describe the problem"))
    await phone.send({"file": {"data_b64": PHOTO, "mime_type": "image/jpeg",
                               "caption": "The tube well by the school is dry since last week."}},
                     until=saying("Attachments: 1"))
    lodged = await phone.tap(next(c for c in choices(await phone.received()) if c.startswith("grievance:submit:")),
                             until=saying("GRV-"))
    number = next(w for w in words(lodged).split() if w.startswith("GRV-"))

    tracked = await phone.say(number, until=saying(f"Complaint {number}"))
    assert "Status: Lodged" in words(tracked) and "With: Kalchini Gram Panchayat office" in words(tracked)

    async def office(status: str, **body: str) -> None:
        async with http.post(f"{base}/api/grievance/tickets/{number}/status", headers=official,
                             json={"status": status, **body}) as response:
            assert response.status == 200, await response.text()

    await office("in_progress")
    assert "is now: In progress" in words(await phone.wait(saying("In progress")))
    await office("resolved", atr="A new pipe was fitted and the well is working.")
    resolved = await phone.wait(saying("is resolved"))
    assert "Action taken: A new pipe was fitted" in words(resolved)

    viewed = await phone.tap(f"grievance:view:{number}", until=saying(f"Complaint {number}"))
    assert "Action taken: A new pipe was fitted" in words(viewed)
    await phone.tap(f"grievance:reopen:{number}", until=saying("Why do you want to reopen"))
    reopened = await phone.say("It stopped working again after two days.", until=saying("is reopened"))
    assert "Status: Reopened" in words(reopened)
    await office("resolved", atr="The pump was replaced as well.")
    await phone.wait(saying("is resolved"))
    await phone.tap(f"grievance:accept:{number}", until=lambda m: f"grievance:rate:{number}:5" in choices(m))
    rated = await phone.tap(f"grievance:rate:{number}:5", until=saying("Thank you for your rating"))
    assert "grievance:new" in choices(rated)
    async with http.get(f"{base}/api/grievance/tickets/{number}", headers=official) as response:
        shown = await response.json()
    assert (shown["status"], shown["rating"], len(shown["media"]), shown["reopened"]) == ("closed", 5, 1, 1)
    assert shown["media"][0]["kind"] == "image" and shown["latitude"] is not None


async def test_a_stay_complaint_made_in_the_tourism_chat_becomes_a_ticket_the_guest_can_follow(system):
    """The real tourism service publishes ``tourism.complaint.raised``; the guest hears from grievance."""
    http, base, _ = system
    phone = Phone(http, base, "919733054321")
    await phone.say("hi", until=lambda m: bool(choices(m)))
    await phone.tap("shell:lang:en", until=lambda m: "tourism:menu" in choices(m))
    await phone.tap("tourism:book", until=lambda m: bool(choices(m)))
    await phone.tap("tourism:room:jayanti-tent", until=lambda m: bool(choices(m)))
    check_in = (datetime.now() + timedelta(days=10)).strftime("%d/%m/%Y")
    await phone.say(check_in, until=lambda m: "tourism:nights:1" in choices(m))
    await phone.tap("tourism:nights:1", until=lambda m: "tourism:guests:2" in choices(m))
    await phone.tap("tourism:guests:2", until=lambda m: any(c.startswith("tourism:rooms:") for c in choices(m)))
    quote = await phone.tap("tourism:rooms:1",
                            until=lambda m: any(c.startswith("tourism:confirm:") for c in choices(m)))
    booked = await phone.tap(next(c for c in choices(quote) if c.startswith("tourism:confirm:")),
                             until=lambda m: any(x["type"] == "document" for x in m))
    booking = next(x for x in booked if x["type"] == "document")["document"]["filename"].removesuffix(".pdf")
    await phone.tap(f"tourism:complain:{booking}", until=saying(booking))
    told = await phone.say("The tent leaked all night and nobody came to help.", until=saying("GRV-"))
    assert f"Your complaint about booking {booking} is registered as GRV-" in words(told)
    assert "Alipurduar District office" in words(told)
    number = next(w for w in words(told).split() if w.startswith("GRV-"))
    tracked = await phone.say(number, until=saying(f"Complaint {number}"))
    assert f"About booking {booking} at Jayanti Forest Homestay" in words(tracked)
