"""``panchayat run``: the whole system in one process, for a laptop, a demo or a training room.

Gateway, sender, every registered service and the simulator share one in-process bus and one aiohttp
server on ``GATEWAY_PORT``: the chat page at ``/``, the webhook, the verification page, the fake Cloud API
under ``/graph`` and each back office under ``/api/<service>/``. Every role keeps its own embedded store
under ``PANCHAYAT_DATA_DIR``, so a restart keeps all data and demo data is loaded only once.

With ``WHATSAPP_API_URL`` unset the sender talks to the built-in simulator, and the secrets the two share
are made up at start (both ends live in this process). With it set, the sender talks to that URL with
the configured token, and the simulator is not mounted.
"""
from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from functools import partial

from aiohttp import web
from pydantic import SecretStr

from gateway.app import create_app
from gateway.sender.config import load_tuning
from gateway.sender.main import http_session, sender_runtime
from services import registry
from shared import collector
from shared.auth import AUTH, Tokens
from shared.bus import Bus
from shared.bus.memory import InProcessBus
from shared.logging import get_logger
from shared.runtime.serve import listening
from shared.runtime.service import ServiceRuntime
from shared.settings import Settings, require
from shared.wiring import make_store
from simulator import Simulator, create_simulator

log = get_logger(__name__)

PHONE_NUMBER_ID = "100000000000001"
SHUTDOWN_TIMEOUT = 10.0


def local_settings(settings: Settings) -> Settings:
    """Fill what a one-process system can make up for itself; keep whatever the environment set."""
    base = f"http://127.0.0.1:{settings.GATEWAY_PORT}"
    shared_with_simulator = ("WHATSAPP_APP_SECRET", "WHATSAPP_VERIFY_TOKEN", "WHATSAPP_ACCESS_TOKEN")
    made_up = {name: SecretStr(secrets.token_urlsafe(24)) for name in shared_with_simulator
               if not settings.secret(name)}
    extra: dict[str, object] = {"PUBLIC_BASE_URL": settings.PUBLIC_BASE_URL or base}
    if not settings.WHATSAPP_API_URL:
        extra |= {"WHATSAPP_API_URL": f"{base}/graph/v23.0", "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID}
    return settings.model_copy(update={"AMQP_URL": None, **made_up, **extra})


def build_app(settings: Settings, *, simulated: bool, bus: Bus | None = None,
              host: str = "127.0.0.1") -> tuple[web.Application, Simulator | None]:
    """The one-process system; ``bus`` defaults to the in-process bus (the end-to-end tests pass RabbitMQ).
    Nothing is built before every service's ``checks`` pass (the PDF fonts): a machine without them stops with
    the fix."""
    specs = [registry.load(name, load_demo=settings.demo_data()) for name in registry.names()]
    for spec in specs:
        spec.run_checks()
    bus = bus or InProcessBus()
    simulator = None
    app = create_app(settings, bus=bus, store=make_store(settings, "gateway"), owns_bus=False,
                     stop_timeout=SHUTDOWN_TIMEOUT)
    if simulated:
        simulator = create_simulator(access_token=settings.secret("WHATSAPP_ACCESS_TOKEN"),
                                     app_secret=settings.secret("WHATSAPP_APP_SECRET"),
                                     webhook_url=f"http://{host}:{settings.GATEWAY_PORT}/webhook",
                                     phone_number_id=settings.secret("WHATSAPP_PHONE_NUMBER_ID"))
        simulator.routes(app)
    runtimes = [ServiceRuntime(spec, bus=bus, store=make_store(settings, spec.name), settings=settings)
                for spec in specs]
    app[AUTH] = Tokens(make_store(settings, "auth"))
    for runtime in runtimes:
        app.add_subapp(f"/api/{runtime.name}/", runtime.backoffice_app())
    app.router.add_route("*", "/api/{rest:.*}", partial(no_back_office, names=[r.name for r in runtimes]))

    async def roles(app: web.Application) -> AsyncIterator[None]:
        """Started after the gateway (its menu board listens before the services announce)."""
        tuning = load_tuning()
        await bus.start()
        await app[AUTH].start()
        async with http_session(settings, tuning) as session:
            sender = sender_runtime(settings, tuning, bus=bus, store=make_store(settings, "sender"),
                                    session=session)
            started: list[ServiceRuntime] = []
            try:
                for runtime in [sender, *runtimes]:
                    await runtime.start()
                    started.append(runtime)
                log.info("run.started", services=registry.names(), url=f"http://127.0.0.1:{settings.GATEWAY_PORT}/")
                yield
            finally:
                await bus.close(SHUTDOWN_TIMEOUT)
                for runtime in started:
                    await runtime.stop(SHUTDOWN_TIMEOUT)
                await app[AUTH].close()

    app.cleanup_ctx.append(roles)
    return app, simulator


def main(settings: Settings) -> int:
    load_tuning()  # a malformed sender setting stops here, not after the line saying the system runs
    simulated = not settings.WHATSAPP_API_URL
    if not simulated:
        # Against Meta, the verify token is the one typed into Meta's webhook settings: one made up here
        # would fail the subscription handshake, and no webhook would ever come.
        require(settings, "WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_APP_SECRET",
                "WHATSAPP_VERIFY_TOKEN")
    settings = local_settings(settings)
    settings.PANCHAYAT_DATA_DIR.mkdir(parents=True, exist_ok=True)
    app, _ = build_app(settings, simulated=simulated)  # nothing connects yet; missing fonts stop it here
    sock = listening("127.0.0.1", settings.GATEWAY_PORT, "GATEWAY_PORT")  # before anything starts: a taken port
    # is one line (``PortTaken``), not a traceback after the roles started
    app.on_startup.append(collector.after_start)  # after the app's own start-up
    print(f"Smart Panchayat is running: open http://127.0.0.1:{settings.GATEWAY_PORT}/ (Ctrl-C stops it)", flush=True)
    web.run_app(app, sock=sock, print=None, access_log=None, shutdown_timeout=SHUTDOWN_TIMEOUT,
                handle_signals=True)
    return 0


async def no_back_office(request: web.Request, *, names: list[str]) -> web.Response:
    """A path under /api/ that no back office has: JSON, as the back offices' own errors are, with the way in."""
    return web.json_response({"error": "not_found", "detail": f"no back office at {request.path}; they are "
                              + ", ".join(f"/api/{name}/" for name in names)}, status=404)
