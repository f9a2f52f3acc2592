"""``panchayat gateway``: the public webhook endpoint, one role per process, any number of copies.

It refuses to start without the app secret (no signature could be checked) and the verify token (Meta's
handshake could not succeed). On SIGTERM or SIGINT aiohttp stops accepting calls, lets those in flight
finish and runs the app's cleanup: the menu consumer stops, the bus and the store close.
"""
from __future__ import annotations

from aiohttp import web

from gateway.app import create_app
from shared import collector
from shared.logging import get_logger
from shared.runtime.serve import listening
from shared.settings import Settings, require
from shared.wiring import make_bus, make_store

log = get_logger(__name__)

HOST = "0.0.0.0"
SHUTDOWN_TIMEOUT = 10.0


def main(settings: Settings) -> int:
    require(settings, "WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN")
    sock = listening(HOST, settings.GATEWAY_PORT, "GATEWAY_PORT")  # before the bus: a taken port takes nothing
    app = create_app(settings, bus=make_bus(settings), store=make_store(settings, "gateway"),
                     stop_timeout=SHUTDOWN_TIMEOUT)
    app.on_startup.append(collector.after_start)  # after the app's own start-up
    log.info("gateway.serving", port=settings.GATEWAY_PORT,
             bus="rabbitmq" if settings.AMQP_URL else "in-process",
             store="mongodb" if settings.MONGODB_URL else "sqlite")
    web.run_app(app, sock=sock, print=None, access_log=None,
                shutdown_timeout=SHUTDOWN_TIMEOUT, handle_signals=True)
    return 0
