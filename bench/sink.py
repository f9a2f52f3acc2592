"""A fake Cloud API that only listens: ``POST /graph/v23.0/<phone_id>/messages`` and ``/media``.

The load generator needs to know when each answer reached Meta, not what Meta would do with it, so the
sink accepts everything (at once, or after ``latency`` seconds, Meta's own time to answer a call: a
sender holds each message that long), stamps each message with the monotonic clock on arrival and files it
under the person it was sent to. Read receipts (``"status": "read"``) are filed apart: they say the
sender saw an inbound message, not that the person got an answer. Kept minimal so that its own cost
does not distort the figures it serves.

Like Meta, it reports each accepted message back to the gateway with a signed ``sent`` status webhook that
carries the message's ``biz_opaque_callback_data`` (``report_to``): the sender settles a send cut off by a
crash from that status. Statuses go out in batches, as Meta's webhooks may hold several, and a refused
one is posted again the way Meta retries.
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

from simulator import webhooks
from simulator.poster import WebhookPoster

GRAPH = "/graph/v23.0"
META_RETRIES = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0, 8.0, 8.0)


class StatusReporter:
    """Meta's ``sent`` status of each accepted message, posted to the gateway every ``every`` seconds."""

    def __init__(self, webhook_url: str, app_secret: str, *, every: float = 0.05, batch: int = 50):
        self._poster = WebhookPoster(webhook_url, app_secret, retry_delays=META_RETRIES)
        self._every, self._batch = every, batch
        self._pending: list[dict[str, Any]] = []
        self._task: asyncio.Task[None] | None = None
        self.posted = 0
        self.refused: list[int | None] = []

    def add(self, wamid: str, to: str, callback_data: str | None) -> None:
        self._pending.append(webhooks.status(wamid, to, "sent", callback_data=callback_data))
        if self._task is None:
            self._task = asyncio.create_task(self._flush_soon())

    async def _flush_soon(self) -> None:
        await asyncio.sleep(self._every)
        self._task = None
        pending, self._pending = self._pending, []
        for start in range(0, len(pending), self._batch):
            self._poster.spawn(self._post(pending[start:start + self._batch]), "status webhooks")

    async def _post(self, statuses: list[dict[str, Any]]) -> None:
        status = await self._poster.post(webhooks.payload(statuses=statuses))
        if status == 200:
            self.posted += len(statuses)
        else:
            self.refused.append(status)

    async def close(self) -> None:
        """Post what is pending and wait for every post (and its retries) to end."""
        if self._task is not None:
            await self._task
        await self._poster.settle()
        await self._poster.close()


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
    statuses: StatusReporter | None = None
    latency: float = 0.0  # seconds before each call is answered (the message is stamped on arrival)
    _ids: itertools.count = field(default_factory=itertools.count)

    def report_to(self, webhook_url: str, app_secret: str) -> None:
        """From now on, post Meta's ``sent`` status of each accepted message to ``webhook_url``."""
        self.statuses = StatusReporter(webhook_url, app_secret)

    def count(self, to: str) -> int:
        return len(self.replies.get(to, ()))

    def total(self) -> int:
        return sum(len(v) for v in self.replies.values())

    async def messages(self, request: web.Request) -> web.Response:
        body = json.loads(await request.read())
        if body.get("status") == "read":
            self.read.add(str(body.get("message_id")))
            await self._wait()
            return web.json_response({"success": True})
        to = str(body.get("to"))
        self.replies[to].append(Arrival(time.monotonic(), body))
        if to in self.waiters:
            self.waiters[to].set()
        wamid = f"wamid.sink.{next(self._ids)}"
        await self._wait()
        if self.statuses is not None:  # after the call's answer, as Meta's statuses usually come
            self.statuses.add(wamid, to, body.get("biz_opaque_callback_data"))
        return web.json_response({"messaging_product": "whatsapp", "contacts": [{"wa_id": body.get("to")}],
                                  "messages": [{"id": wamid}]})

    async def _wait(self) -> None:
        if self.latency:
            await asyncio.sleep(self.latency)

    async def media(self, request: web.Request) -> web.Response:
        await request.read()
        await self._wait()
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
