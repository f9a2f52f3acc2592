"""Posts signed webhooks to the gateway, as Meta does, and keeps the background tasks that do it.

A webhook that the gateway answers with 5xx or not at all is tried again after each of ``retry_delays``
(Meta retries for days; a simulator a few times is enough). Nothing here raises into the caller: a webhook
that could not be delivered is logged and reported by its status, because the simulated phone must keep
working while the gateway restarts.
"""
from __future__ import annotations

import asyncio
from collections.abc import Coroutine, Mapping, Sequence
from typing import Any

import aiohttp

from shared.logging import get_logger
from simulator.webhooks import signed

log = get_logger(__name__)


class WebhookPoster:
    def __init__(self, url: str, app_secret: str, *, retry_delays: Sequence[float] = (0.5, 2.0),
                 timeout: float = 10.0):
        self.url = url
        self._secret = app_secret
        self._delays = tuple(retry_delays)
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None
        self._tasks: set[asyncio.Task[Any]] = set()

    async def post(self, body: Mapping[str, Any]) -> int | None:
        """The gateway's HTTP status for the last try, or None when it could not be reached at all."""
        raw, headers = signed(body, self._secret)
        status: int | None = None
        for delay in (0.0, *self._delays):
            if delay:
                await asyncio.sleep(delay)
            try:
                async with self._client().post(self.url, data=raw, headers=headers) as resp:
                    await resp.read()
                    status = resp.status
            except (aiohttp.ClientError, TimeoutError) as exc:
                status = None
                log.warning("simulator.webhook_unreachable", url=self.url, error=f"{type(exc).__name__}: {exc}")
            if status is not None and status < 500:
                break
        if status != 200:
            log.warning("simulator.webhook_refused", url=self.url, status=status)
        return status

    def spawn(self, job: Coroutine[Any, Any, Any], what: str) -> None:
        """Run ``job`` in the background; a failure is logged, never raised into the request that caused it."""
        task = asyncio.get_running_loop().create_task(job)
        self._tasks.add(task)
        task.add_done_callback(lambda t: self._finished(t, what))

    async def settle(self) -> None:
        """Wait until every background webhook so far has been posted (tests use it to avoid sleeping)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        return self._session

    def _finished(self, task: asyncio.Task[Any], what: str) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("simulator.background_failed", what=what, exc_info=task.exception())
