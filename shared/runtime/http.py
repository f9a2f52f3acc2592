"""The HTTP face of a one-role process: probes, metrics, and each service's back office.

``create_app`` is the one factory (tests build the real app through it). Its ``cleanup_ctx`` opens what
the runtimes stand on and closes it in the safe order: buses first (stop consuming, let handlers in
flight finish), then the runtimes (their stores), then the token store.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Sequence

from aiohttp import web
from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from shared import heap
from shared.auth import AUTH, Tokens
from shared.bus import Bus
from shared.runtime.errors import error_middleware
from shared.runtime.probes import Probe
from shared.runtime.service import ServiceRuntime

PROBES = web.AppKey("probes", tuple[Probe, ...])
REGISTRY = web.AppKey("registry", CollectorRegistry)
RUNTIMES = web.AppKey("runtimes", tuple[ServiceRuntime, ...])
STOP_TIMEOUT = web.AppKey("stop_timeout", float)


def create_app(runtimes: Sequence[ServiceRuntime], *, auth: Tokens, registry: CollectorRegistry,
               stop_timeout: float = 10.0) -> web.Application:
    app = web.Application(middlewares=[error_middleware])
    app[AUTH] = auth
    app[RUNTIMES] = tuple(runtimes)
    app[STOP_TIMEOUT] = stop_timeout
    add_probe_routes(app, runtimes, registry)
    app.cleanup_ctx.append(_tokens)
    app.cleanup_ctx.append(_runtimes)
    for runtime in runtimes:
        app.add_subapp(f"/api/{runtime.name}/", runtime.backoffice_app())
    return app


def add_probe_routes(app: web.Application, probes: Sequence[Probe], registry: CollectorRegistry) -> None:
    """``/healthz``, ``/readyz`` and ``/metrics`` for any process (the gateway and sender use it too); the
    metrics include what the process's memory is made of (``shared.heap``)."""
    app[PROBES] = tuple(probes)
    app[REGISTRY] = registry
    heap.register(registry)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/readyz", readyz)
    app.router.add_get("/metrics", metrics)


async def healthz(request: web.Request) -> web.Response:
    stopped = [probe.name for probe in request.app[PROBES] if not probe.live()]
    if stopped:
        return web.json_response({"status": "stopped", "stopped": stopped}, status=503)
    return web.json_response({"status": "ok"})


async def readyz(request: web.Request) -> web.Response:
    reasons = [reason for probe in request.app[PROBES] for reason in await probe.readiness()]
    if reasons:
        return web.json_response({"status": "unready", "reasons": reasons}, status=503)
    return web.json_response({"status": "ok"})


async def metrics(request: web.Request) -> web.Response:
    return web.Response(body=generate_latest(request.app[REGISTRY]), headers={"Content-Type": CONTENT_TYPE_LATEST})


async def _tokens(app: web.Application) -> AsyncIterator[None]:
    await app[AUTH].start()
    yield
    await app[AUTH].close()


async def _runtimes(app: web.Application) -> AsyncIterator[None]:
    runtimes, timeout = app[RUNTIMES], app[STOP_TIMEOUT]
    buses = list({id(r.bus): r.bus for r in runtimes}.values())
    started: list[ServiceRuntime] = []
    opened: list[Bus] = []
    try:
        for bus in buses:
            await bus.start()
            opened.append(bus)
        for runtime in runtimes:
            started.append(runtime)
            await runtime.start()
        yield
    finally:
        for bus in opened:
            await bus.close(timeout)
        for runtime in started:
            await runtime.stop(timeout)
