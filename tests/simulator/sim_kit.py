"""What the simulator tests share: a recording stand-in for the gateway, and a helper to call the fake API."""
from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient

from simulator import Simulator

TOKEN = "test-access-token"
SECRET = "test-app-secret"
NUMBER_ID = "106540352242922"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
PERSON = "919800000001"
OTHER = "919800000002"


@dataclass
class Receiver:
    """Records each POST /webhook (raw body and signature) and answers with ``status``."""

    status: int = 200
    posts: list[tuple[bytes, str]] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        self.posts.append((await request.read(), request.headers.get("X-Hub-Signature-256", "")))
        return web.json_response({"ok": self.status == 200}, status=self.status)

    def bodies(self) -> list[dict[str, Any]]:
        return [json.loads(raw) for raw, _ in self.posts]

    def values(self) -> list[dict[str, Any]]:
        return [change["value"] for body in self.bodies() for entry in body["entry"] for change in entry["changes"]]

    def statuses(self) -> list[dict[str, Any]]:
        return [s for v in self.values() for s in v.get("statuses", [])]

    def messages(self) -> list[dict[str, Any]]:
        return [m for v in self.values() for m in v.get("messages", [])]


@dataclass
class Stack:
    sim: Simulator
    client: TestClient
    receiver: Receiver

    async def send(self, body: dict[str, Any], headers: dict[str, str] | None = None,
                   number: str = NUMBER_ID) -> tuple[int, dict[str, Any]]:
        resp = await self.client.post(f"/graph/v23.0/{number}/messages", json=body,
                                      headers=AUTH if headers is None else headers)
        return resp.status, await resp.json()


MakeStack = Callable[..., Awaitable[Stack]]


def text_request(to: str = PERSON, body: str = "Your booking is confirmed") -> dict[str, Any]:
    return {"messaging_product": "whatsapp", "recipient_type": "individual", "to": to, "type": "text",
            "text": {"body": body}}
