"""A fake Cloud API that only listens: ``POST /graph/v23.0/<phone_id>/messages`` and ``/media``.

The load generator needs to know when each answer reached Meta, not what Meta would do with it, so the
sink accepts everything at once, stamps each message with the monotonic clock on arrival and files it
under the person it was sent to. Read receipts (``"status": "read"``) are filed apart: they say the
sender saw an inbound message, not that the person got an answer. Kept minimal so that its own cost
does not distort the figures it serves.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

GRAPH = "/graph/v23.0"


@dataclass
class Arrival:
    at: float
    body: dict[str, Any]

    @property
    def kind(self) -> str:
        return str(self.body.get("type", "?"))


@dataclass
class Sink:
    """What reached the fake Cloud API, per person; ``changed`` wakes anyone waiting for an answer."""

    replies: dict[str, list[Arrival]] = field(default_factory=lambda: defaultdict(list))
    read: set[str] = field(default_factory=set)
    uploads: int = 0
    waiters: dict[str, asyncio.Event] = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=itertools.count)

    def count(self, to: str) -> int:
        return len(self.replies.get(to, ()))

    def total(self) -> int:
        return sum(len(v) for v in self.replies.values())

    async def messages(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        if body.get("status") == "read":
            self.read.add(str(body.get("message_id")))
            return web.json_response({"success": True})
        to = str(body.get("to"))
        self.replies[to].append(Arrival(time.monotonic(), body))
        if to in self.waiters:
            self.waiters[to].set()
        return web.json_response({"messaging_product": "whatsapp", "contacts": [{"wa_id": body.get("to")}],
                                  "messages": [{"id": f"wamid.sink.{next(self._ids)}"}]})

    async def media(self, request: web.Request) -> web.Response:
        await request.read()
        self.uploads += 1
        return web.json_response({"id": f"media.sink.{next(self._ids)}"})

    def app(self) -> web.Application:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post(GRAPH + "/{phone}/messages", self.messages)
        app.router.add_post(GRAPH + "/{phone}/media", self.media)
        return app


async def serve(sink: Sink, port: int) -> web.AppRunner:
    """Start the sink on 127.0.0.1:``port``; the caller cleans the returned runner up."""
    runner = web.AppRunner(sink.app(), access_log=None, handle_signals=False)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    return runner
