"""``create_simulator``: a local WhatsApp (fake Cloud API + chat page) to mount on an aiohttp app.

``panchayat run`` mounts it on the gateway's own app, so its paths stay clear of the gateway's: the fake
Cloud API lives under ``/graph`` (``WHATSAPP_API_URL`` = ``http://127.0.0.1:8080/graph/v23.0``), the
simulator's controls under ``/_sim``, and the chat page at ``/``.
"""
from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from dataclasses import replace
from typing import Any

from aiohttp import web

from simulator.control import Control
from simulator.core import Config, Persona, SimulatorState
from simulator.graph import GraphApi
from simulator.people import People, ReplyKind, Sent


class Simulator(SimulatorState):
    """The simulator: recorded messages (``sent``), failure injection (``fail``) and simulated people
    (``say``, ``tap``), plus ``routes(app)`` to serve it."""

    def __init__(self, config: Config):
        super().__init__(config)
        self.people = People(self)

    @property
    def api_path(self) -> str:
        """The path part of ``WHATSAPP_API_URL`` for this simulator, e.g. ``/graph/v23.0``."""
        return f"/graph/{self.config.api_version}"

    async def say(self, wa_id: str, text: str, *, name: str | None = None, reply_to: str | None = None) -> Sent:
        """A person types ``text``; returns once the gateway answered the webhook."""
        return await self.people.say(wa_id, text, name=name, reply_to=reply_to)

    async def tap(self, wa_id: str, reply_id: str, title: str, *, kind: ReplyKind = "button",
                  description: str | None = None, reply_to: str | None = None, name: str | None = None) -> Sent:
        """A person taps a reply button, a list row (``kind="list"``) or a template quick reply."""
        return await self.people.tap(wa_id, reply_id, title, kind=kind, description=description,
                                     reply_to=reply_to, name=name)

    async def settle(self) -> None:
        """Wait for every background webhook (statuses, page messages) posted so far."""
        await self.poster.settle()

    def routes(self, app: web.Application) -> None:
        """Serve the fake Cloud API, the controls and the chat page on ``app``, with their lifecycle."""
        app.add_routes([*GraphApi(self).routes(), *Control(self, self.people).routes()])
        app.cleanup_ctx.append(self._lifecycle)
        app.on_shutdown.append(self._wake_pollers)

    def create_app(self) -> web.Application:
        """A standalone app serving only the simulator."""
        app = web.Application()
        self.routes(app)
        return app

    async def _lifecycle(self, _: web.Application) -> AsyncIterator[None]:
        yield
        self.chats.close()
        await self.poster.close()

    async def _wake_pollers(self, _: web.Application) -> None:
        self.chats.close()


def create_simulator(*, access_token: str, app_secret: str, webhook_url: str, phone_number_id: str,
                     api_version: str = "v23.0", personas: Sequence[Persona] | None = None,
                     **options: Any) -> Simulator:
    """``options``: ``display_phone_number``, ``business_name``, ``status_delay`` (seconds between status
    webhooks), ``api_latency`` (seconds a call to ``/messages`` takes), ``auto_read`` (report ``read`` too),
    ``retry_delays`` (webhook retries), ``service_window`` (False: free-form messages to anyone, not only to
    people who wrote in the last 24 hours), ``clock`` (the time the window is reckoned in, seconds)."""
    if not access_token or not app_secret:
        raise ValueError("the simulator needs an access token and an app secret")
    config = Config(access_token=access_token, app_secret=app_secret, webhook_url=webhook_url,
                    phone_number_id=phone_number_id, api_version=api_version, **options)
    return Simulator(replace(config, personas=tuple(personas)) if personas is not None else config)
