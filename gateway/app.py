"""The gateway's HTTP app: the webhook, probes and metrics, built by one factory.

``panchayat gateway`` serves it alone; ``panchayat run`` mounts the simulator and the back offices onto
the same app, so the factory only adds its own routes and one ``cleanup_ctx`` and leaves the rest of
the app to its caller. Reading order for one message: ``webhook.receive`` → ``intake`` → ``shell`` →
``turn`` (what is published).
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import datetime
from functools import partial
from pathlib import Path

from aiohttp import web
from prometheus_client import REGISTRY, CollectorRegistry

from gateway import webhook
from gateway.intake import Intake
from gateway.menu import MenuBoard
from gateway.metrics import GatewayMetrics
from gateway.profiles import Profiles
from gateway.seen import Seen
from gateway.sessions import Sessions
from gateway.shell import Shell
from gateway.state import GATEWAY, MAX_BODY, Gateway
from gateway.verify import VERIFY_BINDINGS, handle_document_event, verify_routes
from shared.bus import Bus, RetryPolicy
from shared.envelope import utcnow
from shared.runtime.context import SESSION_CLAIMED, SESSION_HOME, SESSION_RELEASED, SESSION_SETTLED
from shared.runtime.http import add_probe_routes
from shared.settings import Settings
from shared.store import Store
from shared.texts import Catalog

TEXTS = Catalog.load(Path(__file__).with_name("texts.json"))


def create_app(settings: Settings, *, bus: Bus, store: Store, clock: Callable[[], datetime] | None = None,
               registry: CollectorRegistry = REGISTRY, max_body: int = MAX_BODY, owns_bus: bool = True,
               stop_timeout: float = 10.0) -> web.Application:
    """``owns_bus=False`` when the caller starts and closes a bus it shares with other roles."""
    app = web.Application()
    app[GATEWAY] = build_gateway(settings, bus=bus, store=store, clock=clock or utcnow, registry=registry,
                                 max_body=max_body, owns_bus=owns_bus)
    app.router.add_get("/webhook", webhook.verify)
    app.router.add_post("/webhook", webhook.receive)
    verify_routes(app, store, clock=clock or utcnow)
    add_probe_routes(app, [app[GATEWAY]], registry)

    async def lifecycle(app: web.Application) -> AsyncIterator[None]:
        await app[GATEWAY].start()
        yield
        await app[GATEWAY].stop(stop_timeout)

    app.cleanup_ctx.append(lifecycle)
    return app


def build_gateway(settings: Settings, *, bus: Bus, store: Store, clock: Callable[[], datetime],
                  registry: CollectorRegistry, max_body: int, owns_bus: bool) -> Gateway:
    metrics = GatewayMetrics.for_registry(registry)
    menu = MenuBoard(store)
    profiles = Profiles(store)
    shell = Shell(bus=bus, profiles=profiles, menu=menu, texts=TEXTS, clock=clock, public_url=settings.public_url())
    sessions = Sessions(profiles)  # what services say of a person's session
    intake = Intake(bus=bus, seen=Seen(store), shell=shell, metrics=metrics, clock=clock)
    gateway = Gateway(bus=bus, store=store, intake=intake, menu=menu, metrics=metrics,
                      app_secret=settings.secret("WHATSAPP_APP_SECRET"),
                      verify_token=settings.secret("WHATSAPP_VERIFY_TOKEN"),
                      max_body=max_body, owns_bus=owns_bus, prefetch=settings.PANCHAYAT_PREFETCH,
                      retry=RetryPolicy(settings.retry_delays))
    gateway.consumers[SESSION_CLAIMED] = sessions.claimed
    gateway.consumers[SESSION_RELEASED] = sessions.released
    gateway.consumers[SESSION_SETTLED] = sessions.settled
    gateway.consumers[SESSION_HOME] = sessions.home
    for pattern in VERIFY_BINDINGS:  # the public verification page is fed by services' document events
        gateway.consumers[pattern] = partial(handle_document_event, store=store)
    return gateway
