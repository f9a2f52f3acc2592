"""Run a one-role process: the HTTP app and its runtimes until SIGTERM or SIGINT, then a graceful stop.

On a signal the listener closes and the app's cleanup runs: consumers stop taking messages, handlers in
flight finish (within the stop timeout), stores close. Whatever was not acked is redelivered to
another copy, so stopping loses nothing.

The port is bound before anything connects: a copy whose port is taken stops with ``PortTaken`` before it
has taken a message from its queue.
"""
from __future__ import annotations

import asyncio
import signal
import socket
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from aiohttp import web
from prometheus_client import REGISTRY, CollectorRegistry

from shared import collector
from shared.auth import Tokens
from shared.logging import get_logger
from shared.privacy import Privacy
from shared.runtime.http import create_app
from shared.runtime.service import ServiceRuntime
from shared.runtime.spec import ServiceSpec
from shared.settings import Settings
from shared.wiring import make_bus, make_store

log = get_logger(__name__)

SIGNALS = (signal.SIGTERM, signal.SIGINT)


class PortTaken(OSError):
    """The process's port cannot be listened on; the message names the setting that moves it."""


def listening(host: str, port: int, setting: str) -> socket.socket:
    try:
        return socket.create_server((host, port))
    except OSError as exc:
        raise PortTaken(f"cannot listen on {host}:{port} ({exc.strerror or exc}); stop what holds it or set "
                        f"{setting} to a free port") from None


async def serve(runtimes: Sequence[ServiceRuntime], settings: Settings, port: int, *, host: str = "0.0.0.0",
                registry: CollectorRegistry = REGISTRY) -> None:
    sock = listening(host, port, "SERVICE_PORT")
    app = create_app(runtimes, auth=Tokens(make_store(settings, "auth")), registry=registry)
    runner = web.AppRunner(app, handle_signals=False)
    with sock, _signals() as stop:
        await runner.setup()
        try:
            await web.SockSite(runner, sock).start()
            log.info("process.serving", services=[r.name for r in runtimes], port=port)
            collector.settle()
            await stop.wait()
            log.info("process.stopping")
        finally:
            await runner.cleanup()


async def serve_service(spec: ServiceSpec, settings: Settings) -> None:
    """``panchayat service NAME``: one service on the configured bus and its own store, once the machine has
    what the service needs (``ServiceSpec.checks``)."""
    spec.run_checks()
    if Privacy.from_settings(settings).is_development:
        log.warning("privacy.development_key", service=spec.name,
                    hint="set PANCHAYAT_PSEUDONYM_KEY: without it person ids in events use a published key")
    if not settings.PUBLIC_BASE_URL:  # right for a trial on one machine, wrong anywhere a phone scans a QR code
        log.warning("documents.local_public_url", service=spec.name, url=settings.public_url(),
                    hint="set PUBLIC_BASE_URL: without it the QR codes and verification links on this service's "
                         "documents point at this machine, which no phone can open")
    runtime = ServiceRuntime(spec, bus=make_bus(settings), store=make_store(settings, spec.name), settings=settings)
    await serve([runtime], settings, settings.SERVICE_PORT)


@contextmanager
def _signals() -> Iterator[asyncio.Event]:
    """Set on SIGTERM or SIGINT; installed before starting, so a stop during start-up is graceful too."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in SIGNALS:
        loop.add_signal_handler(sig, stop.set)
    try:
        yield stop
    finally:
        for sig in SIGNALS:
            loop.remove_signal_handler(sig)
