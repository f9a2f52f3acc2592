"""``python -m simulator``: the simulator on its own port, for a gateway and sender run as separate roles.

Point the sender's ``WHATSAPP_API_URL`` at ``http://HOST:PORT/graph/v23.0`` and open ``http://HOST:PORT/``;
the simulator posts webhooks to ``--webhook-url`` signed with the same ``WHATSAPP_APP_SECRET``.
"""
from __future__ import annotations

import argparse
from collections.abc import Sequence

from aiohttp import web

from shared.logging import configure_logging, get_logger
from shared.settings import load_settings, require
from simulator.app import create_simulator
from simulator.webhooks import PHONE_NUMBER_ID


def main(argv: Sequence[str] | None = None) -> None:
    settings = load_settings()
    top = argparse.ArgumentParser(prog="python -m simulator", description=__doc__.splitlines()[0])
    top.add_argument("--host", default="127.0.0.1")
    top.add_argument("--port", type=int, default=8090)
    top.add_argument("--webhook-url", default=f"http://127.0.0.1:{settings.GATEWAY_PORT}/webhook")
    args = top.parse_args(argv)
    configure_logging(settings.LOG_LEVEL)
    require(settings, "WHATSAPP_ACCESS_TOKEN", "WHATSAPP_APP_SECRET")
    sim = create_simulator(access_token=settings.secret("WHATSAPP_ACCESS_TOKEN"),
                           app_secret=settings.secret("WHATSAPP_APP_SECRET"), webhook_url=args.webhook_url,
                           phone_number_id=settings.WHATSAPP_PHONE_NUMBER_ID or PHONE_NUMBER_ID)
    get_logger(__name__).info("simulator.start", chat=f"http://{args.host}:{args.port}/",
                              api=f"http://{args.host}:{args.port}{sim.api_path}", webhook=args.webhook_url)
    web.run_app(sim.create_app(), host=args.host, port=args.port, print=None)


if __name__ == "__main__":
    main()
