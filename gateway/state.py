"""The gateway's parts for one app, built once by ``gateway.app.create_app`` and shared by the views.

It is also the gateway's ``Probe``: live while its consumer runs, ready while the bus and the store
answer. The gateway consumes one queue (``gateway``); ``consumers`` maps each bound topic pattern to its
handler (announcements go to the menu) and ``indexes`` lists what its store needs; other parts of the
gateway add theirs before the app starts. ``start``/``stop`` open and close what the gateway owns: its
store always, the bus only when it has one of its own (``panchayat run`` shares one bus among roles).
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from aiohttp import web

from gateway.intake import Intake
from gateway.menu import ANNOUNCED, QUEUE, REQUESTED, MenuBoard
from gateway.metrics import GatewayMetrics
from gateway.profiles import BY_USER_ID
from shared.bus import Bus, BusError, Handler, RetryPolicy, Subscription, topic_matches
from shared.envelope import Envelope, utcnow
from shared.logging import get_logger
from shared.retention import NOTIFIED, PROFILES, SEEN, UNREAD, sweep_forever
from shared.runtime.probes import unreachable
from shared.store import Index, Store

log = get_logger(__name__)

MAX_BODY = 1024 * 1024
KEPT = (SEEN, PROFILES, NOTIFIED, UNREAD)  # what the gateway's sweep removes once old (``shared.retention``)


@dataclass
class Gateway:
    bus: Bus
    store: Store
    intake: Intake
    menu: MenuBoard
    metrics: GatewayMetrics
    app_secret: str
    verify_token: str
    max_body: int = MAX_BODY
    owns_bus: bool = True
    prefetch: int = 16
    retry: RetryPolicy = RetryPolicy()
    name: str = "gateway"
    queue: str = QUEUE
    started: bool = False
    consumers: dict[str, Handler] = field(default_factory=dict)
    indexes: list[Index] = field(default_factory=list)
    _sweep: asyncio.Task[None] | None = None

    def __post_init__(self) -> None:
        self.consumers.setdefault(ANNOUNCED, self.menu.record)
        self.indexes += [*(keep.index for keep in KEPT), BY_USER_ID]

    async def start(self) -> None:
        if self.owns_bus:
            await self.bus.start()
        await self.store.start(self.indexes)
        await self.bus.subscribe(Subscription(queue=self.queue, keys=tuple(self.consumers), handler=self.consume,
                                              prefetch=self.prefetch, retry=self.retry))
        self.started = True
        self._sweep = asyncio.create_task(sweep_forever(self.store, KEPT, utcnow), name="gateway-retention")
        await self.request_menus()
        log.info("gateway.started")

    async def stop(self, timeout: float = 10.0) -> None:
        self.started = False
        if self._sweep is not None:
            self._sweep.cancel()
            await asyncio.gather(self._sweep, return_exceptions=True)
        if self.owns_bus:
            await self.bus.close(timeout)
        await self.store.close()

    async def consume(self, envelope: Envelope) -> None:
        handler = next((h for pattern, h in self.consumers.items() if topic_matches(pattern, envelope.type)), None)
        if handler is None:
            log.warning("gateway.unexpected_type", type=envelope.type)
            return
        await handler(envelope)

    async def request_menus(self) -> None:
        """Ask running services to announce their menu entries again (they may have started first)."""
        try:
            await self.bus.publish(Envelope(type=REQUESTED, source=self.name), mandatory=False)
        except BusError as exc:
            log.warning("gateway.menu_request_failed", error=str(exc))

    def live(self) -> bool:
        return self.started and self.bus.consuming()

    async def readiness(self) -> list[str]:
        return await unreachable(self.name, bus=self.bus, store=self.store)


GATEWAY = web.AppKey("gateway", Gateway)
