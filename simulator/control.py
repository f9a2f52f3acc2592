"""The chat page and the simulator's own controls under ``/_sim``.

These routes are for the local ``panchayat run`` and tests only (no token: the page runs in a browser with
no secrets). ``POST /_sim/send`` answers at once with the message id and delivers the webhook in the
background; the page learns the ticks by long-polling ``GET /_sim/messages``.
"""
from __future__ import annotations

import base64
import binascii
import math
from pathlib import Path
from typing import Any

from aiohttp import web
from pydantic import ValidationError

from shared.capped import OverLimit, read_capped
from simulator import webhooks
from simulator.core import SimulatorState
from simulator.failures import Failure
from simulator.inputs import Injection, Strict, Typed
from simulator.media import LIMITS, MAX_BYTES, MB, RULES, kind_of, too_big
from simulator.people import People, choice

STATIC = Path(__file__).with_name("static")
LONGEST_WAIT = 25.0
# what the page posts: the largest file WhatsApp sends, as base64 (a third bigger), and the message around it
SEND_MOST = math.ceil(MAX_BYTES / 3) * 4 + 64 * 1024


class Control:
    def __init__(self, sim: SimulatorState, people: People):
        self._sim = sim
        self._people = people

    def routes(self) -> list[web.AbstractRouteDef]:
        return [web.get("/", self.page), web.static("/_sim/static", STATIC),
                web.get("/_sim/config", self.config), web.post("/_sim/send", self.send),
                web.get("/_sim/messages", self.messages), web.get("/_sim/media/{media_id}", self.media),
                web.get("/_sim/sent", self.sent), web.get("/_sim/fail", self.failures),
                web.post("/_sim/fail", self.fail), web.delete("/_sim/fail", self.clear)]

    async def page(self, _: web.Request) -> web.FileResponse:
        return web.FileResponse(STATIC / "index.html", headers={"Cache-Control": "no-cache"})

    async def config(self, _: web.Request) -> web.Response:
        cfg = self._sim.config
        return web.json_response({"business_name": cfg.business_name, "business_number": cfg.display_phone_number,
                                  "personas": [vars(p) for p in cfg.personas], "media_limits": LIMITS,
                                  "media": RULES})

    async def send(self, request: web.Request) -> web.Response:
        typed = await _parse(request, Typed, most=SEND_MOST)
        message = self._message(typed)
        self._people.prepare(message, typed.name)
        self._sim.poster.spawn(self._people.deliver(message), "message webhook")
        return web.json_response({"id": message["id"]}, status=202)

    async def messages(self, request: web.Request) -> web.Response:
        wa_id = request.query.get("wa_id", "")
        after, wait = _after_and_wait(request)
        if not wa_id.isdigit():
            raise web.HTTPBadRequest(text="wa_id must be the person's number, digits only")
        return web.json_response(await self._sim.chats.wait(wa_id, after, wait))

    async def media(self, request: web.Request) -> web.Response:
        media = self._sim.media.get(request.match_info["media_id"])
        if media is None:
            raise web.HTTPNotFound(text="no such media")
        name = (media.filename or f"{media.id}").replace('"', "")
        return web.Response(body=media.data, content_type=media.mime_type,
                            headers={"Content-Disposition": f'inline; filename="{name}"'})

    async def sent(self, request: web.Request) -> web.Response:
        """Every message accepted (to ``to``); with ``wait``, once there are more than ``after`` of them or the
        seconds have passed, so a test learns of an answer when it is sent rather than at its next poll."""
        to = request.query.get("to")
        after, wait = _after_and_wait(request)
        if wait:
            await self._sim.wait_sent(after + 1, to=to, timeout=wait)
        return web.json_response(self._sim.sent(to))

    async def failures(self, _: web.Request) -> web.Response:
        return web.json_response({"pending": self._sim.failures.pending()})

    async def fail(self, request: web.Request) -> web.Response:
        injection = await _parse(request, Injection)
        try:
            self._sim.failures.add(Failure(**injection.model_dump()))
        except ValueError as exc:
            raise web.HTTPBadRequest(text=str(exc)) from None
        return web.json_response({"pending": self._sim.failures.pending()})

    async def clear(self, _: web.Request) -> web.Response:
        self._sim.failures.clear()
        return web.json_response({"pending": []})

    def _message(self, typed: Typed) -> dict[str, Any]:
        wa_id, context = typed.wa_id, typed.context
        if typed.reply is not None:
            r = typed.reply
            return choice(wa_id, r.id, r.title, kind=r.type, description=r.description, reply_to=context)
        if typed.location is not None:
            return webhooks.location(wa_id, **typed.location.model_dump(), reply_to=context)
        if typed.file is not None:
            f = typed.file
            try:
                data = base64.b64decode(f.data_b64, validate=True)
            except (binascii.Error, ValueError):
                raise web.HTTPBadRequest(text="file.data_b64 is not base64") from None
            if (refused := too_big(len(data), f.mime_type, as_document=f.as_document)) is not None:
                raise web.HTTPRequestEntityTooLarge(LIMITS[kind_of(f.mime_type, as_document=f.as_document)],
                                                    len(data), text=refused)
            return self._people.file(wa_id, data, f.mime_type, filename=f.filename, caption=f.caption,
                                     reply_to=context, as_document=f.as_document)
        return webhooks.text(wa_id, typed.text or "", reply_to=context)


def _after_and_wait(request: web.Request) -> tuple[int, float]:
    """A long poll's ``after`` (messages already seen) and ``wait`` (seconds, at most ``LONGEST_WAIT``)."""
    try:
        after, wait = int(request.query.get("after", "0")), float(request.query.get("wait", "0"))
    except ValueError:
        raise web.HTTPBadRequest(text="after must be an integer and wait a number of seconds") from None
    if not math.isfinite(wait) or wait < 0:  # NaN would slip through min/max and wait for ever
        raise web.HTTPBadRequest(text=f"wait must be a finite number of seconds, 0 or more (at most "
                                 f"{LONGEST_WAIT:g} are waited), not {wait}")
    return after, min(wait, LONGEST_WAIT)


async def _parse(request: web.Request, model: type[Strict], *, most: int | None = None) -> Any:
    """``most``: the largest body read, in bytes, read as it comes; the host app's request limit (about 1 MB)
    otherwise."""
    try:
        if most is None:
            return model.model_validate(await request.json())
        try:
            body = await read_capped(request.content, most, declared=request.content_length)
        except OverLimit:
            raise web.HTTPRequestEntityTooLarge(most, request.content_length or most + 1,
                                                text=f"WhatsApp sends a file of up to {MAX_BYTES // MB} MB "
                                                     "(a document); this one is bigger.") from None
        return model.model_validate_json(body)
    except ValueError as exc:  # invalid JSON or a ValidationError
        detail = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'body'}: {e['msg']}" for e in exc.errors()) \
            if isinstance(exc, ValidationError) else "the body is not JSON"
        raise web.HTTPBadRequest(text=detail) from None
