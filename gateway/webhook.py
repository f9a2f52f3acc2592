"""``GET /webhook`` (Meta's subscription handshake) and ``POST /webhook`` (Cloud API payloads).

A POST is answered 200 only once every publish for it was confirmed, because a 200 tells the Cloud API
to forget the payload. The answer for each way a call can fail is in one table (``ANSWERS``): a caller
error is 4xx; a bus or store failure is 503, which Meta retries. The last row catches what nobody
foresaw (failures inside one message are already confined to it by ``intake``): it is logged with its
stack and answered 503 rather than 500, so the payload is retried, not lost.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import time
from dataclasses import asdict

from aiohttp import web

from gateway.payload import NotAWebhook
from gateway.state import GATEWAY
from shared.bus import BusError
from shared.capped import OverLimit, read_capped
from shared.logging import get_logger
from shared.store import StoreError

log = get_logger(__name__)

SIGNATURE_HEADER = "X-Hub-Signature-256"


class TooLarge(Exception):
    pass


class BadSignature(Exception):
    pass


class BadPayload(Exception):
    pass


ANSWERS: dict[type[Exception], tuple[int, str]] = {
    TooLarge: (413, "too_large"),
    BadSignature: (401, "unauthorized"),
    BadPayload: (400, "bad_request"),
    NotAWebhook: (400, "bad_request"),
    BusError: (503, "unavailable"),
    StoreError: (503, "unavailable"),
    Exception: (503, "error"),
}


def sign(secret: str, body: bytes) -> str:
    """The ``X-Hub-Signature-256`` value Meta sends for ``body`` (the simulator and tests sign with it)."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


async def verify(request: web.Request) -> web.Response:
    query, token = request.query, request.app[GATEWAY].verify_token
    given = query.get("hub.verify_token", "")
    if query.get("hub.mode") == "subscribe" and token and hmac.compare_digest(given.encode(), token.encode()):
        return web.Response(text=query.get("hub.challenge", ""))
    log.warning("webhook.verify_refused", mode=query.get("hub.mode"))
    return web.Response(status=403, text="verification failed")


async def receive(request: web.Request) -> web.Response:
    gateway = request.app[GATEWAY]
    began = time.perf_counter()
    try:
        body = await _read(request, gateway.max_body)
        _check_signature(gateway.app_secret, body, request.headers.get(SIGNATURE_HEADER))
        summary = await gateway.intake.handle(_json(body))
        status, outcome, answer = 200, "ok", {"status": "ok", **asdict(summary)}
    except tuple(ANSWERS) as exc:
        status, outcome = next(v for k, v in ANSWERS.items() if isinstance(exc, k))
        answer = {"error": outcome, "detail": "the error is logged" if outcome == "error" else str(exc) or outcome}
        log.warning("webhook.refused", status=status, reason=answer["detail"], exc_info=outcome == "error")
    gateway.metrics.webhooks.labels(outcome=outcome).inc()
    gateway.metrics.ack_seconds.observe(time.perf_counter() - began)
    return web.json_response(answer, status=status)


async def _read(request: web.Request, limit: int) -> bytes:
    """The raw body (the signature covers these exact bytes), refused as soon as it passes ``limit``."""
    try:
        return await read_capped(request.content, limit, declared=request.content_length)
    except OverLimit as over:
        raise TooLarge(str(over)) from None


def _check_signature(secret: str, body: bytes, header: str | None) -> None:
    if not secret:
        raise BadSignature("the gateway has no WHATSAPP_APP_SECRET to check signatures with")
    if not header:
        raise BadSignature(f"missing {SIGNATURE_HEADER}")
    given = header.strip().lower()  # a header's non-ASCII bytes arrive as lone surrogates: never a match
    if not given.isascii() or not hmac.compare_digest(sign(secret, body), given):
        raise BadSignature(f"{SIGNATURE_HEADER} does not match the body")


def _json(body: bytes) -> object:
    try:
        payload = json.loads(body)
    except ValueError as exc:
        raise BadPayload(f"the body is not JSON: {exc}") from None
    except RecursionError:
        raise BadPayload("the body nests too deep") from None
    if not isinstance(payload, dict):
        raise BadPayload("expected a JSON object (a Cloud API webhook)")
    return payload

