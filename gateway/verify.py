"""The public check behind every QR code: ``GET /verify/{code}`` and the events that feed it.

Services never share their databases, so the gateway keeps its own ``verifications`` collection (one
document per code, ``_id`` = the canonical code) built from ``<service>.document.*`` events. Delivery is
at least once and in no guaranteed order, so applying an event is idempotent and statuses only move up
(``records.RANK``): a revoke that overtakes its issue leaves a bare revoked record, which the late issue
fills in without making it valid again. Expiry is not stored; it is worked out on each request from
today's date in India.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any
from urllib.parse import quote

from aiohttp import web

from shared.documents.codes import normalise_code
from shared.documents.page import ask_page, not_found_page, record_page
from shared.documents.records import (
    PUBLIC_FIELDS,
    RANK,
    DocumentIssued,
    DocumentWithdrawn,
    status_on,
    today_in_india,
)
from shared.envelope import Envelope, utcnow
from shared.logging import get_logger
from shared.store import Conflict, Doc, DuplicateKey, Store

log = get_logger(__name__)

VERIFICATIONS = "verifications"
VERIFY_BINDINGS = ("*.document.issued", "*.document.revoked", "*.document.superseded")
ATTEMPTS = 8  # competing gateway copies racing on one code; each lost race re-reads and retries
SECURITY_HEADERS = {
    "Cache-Control": "no-store",  # a revoke must show at once, not after a cache expires
    "Vary": "Accept",
    "X-Robots-Tag": "noindex, nofollow",  # holder names must not end up in search engines
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
}


async def handle_document_event(envelope: Envelope, store: Store) -> None:
    """Apply one ``*.document.{issued,revoked,superseded}`` event; a repeat changes nothing."""
    verb = envelope.type.rsplit(".", 1)[-1]
    changes = _changes(verb, envelope.payload)
    code = normalise_code(str(envelope.payload.get("code", "")))
    if code is None:
        raise ValueError(f"{envelope.type} carries no valid verification code")
    collection = store.collection(VERIFICATIONS)
    for _ in range(ATTEMPTS):
        stored = await collection.get(code)
        merged = _merge(stored, changes)
        try:
            if stored is None:
                await collection.insert({"_id": code, **merged})
            elif any(stored.get(k) != v for k, v in merged.items()):
                await collection.update(code, merged, expected_version=stored["_v"])
        except (Conflict, DuplicateKey):
            continue
        log.info("verification record applied", code=logged_code(code), type=envelope.type, status=merged["status"])
        return
    raise Conflict(f"verification {logged_code(code)}: still losing races after {ATTEMPTS} attempts")


def logged_code(code: str) -> str:
    """A code as the logs show it: its last group only (``****-****-****-JT2C``), enough to follow one document,
    while the whole code, the key to its public page with the holder's name, stays out of them."""
    return "-".join(["****"] * (code.count("-")) + [code.rsplit("-", 1)[-1]])


def _changes(verb: str, payload: dict[str, Any]) -> Doc:
    if verb == "issued":
        issued = DocumentIssued.model_validate(payload)
        return issued.model_dump(mode="json", include=set(PUBLIC_FIELDS))
    if verb in ("revoked", "superseded"):
        DocumentWithdrawn.model_validate(payload)
        return {"status": verb}
    raise ValueError(f"not a document event: {verb!r}")


def _merge(stored: Doc | None, changes: Doc) -> Doc:
    """The record's public fields after this event; the higher-ranked status always wins."""
    current = {k: stored[k] for k in PUBLIC_FIELDS if stored and k in stored}
    status = max(current.get("status", "valid"), changes["status"], key=RANK.__getitem__)
    return {**current, **changes, "status": status}


def verify_routes(app: web.Application, store: Store, *,
                  clock: Callable[[], datetime] = utcnow) -> None:
    """Mount ``GET /verify/{code}`` (HTML for people, JSON on ``Accept: application/json`` or ``?format=json``),
    and ``GET /verify`` for a code typed from the paper: without one it asks for it, with ``?code=`` it goes to
    that code's page. ``/verify/{code}/`` goes to ``/verify/{code}``."""

    async def ask(request: web.Request) -> web.Response:
        typed = request.query.get("code", "").strip()
        if typed:
            code = normalise_code(typed)
            raise web.HTTPSeeOther(f"/verify/{quote(code or typed, safe='')}{_kept(request)}",
                                   headers=SECURITY_HEADERS)
        return web.Response(text=ask_page(), content_type="text/html", headers=SECURITY_HEADERS)

    async def without_slash(request: web.Request) -> web.Response:
        raise web.HTTPMovedPermanently(f"/verify/{quote(request.match_info['code'], safe='')}{_kept(request)}",
                                       headers=SECURITY_HEADERS)

    async def verify(request: web.Request) -> web.Response:
        wants_json = _wants_json(request)
        code = normalise_code(request.match_info["code"])
        stored = await store.collection(VERIFICATIONS).get(code) if code else None
        if code is None or stored is None:
            if wants_json:
                return web.json_response({"error": "not_found"}, status=404, headers=SECURITY_HEADERS)
            return web.Response(text=not_found_page(request.match_info["code"]), status=404, content_type="text/html",
                                headers=SECURITY_HEADERS)
        view = public_view(stored, today_in_india(clock()))
        if wants_json:
            return web.json_response(view, headers=SECURITY_HEADERS)
        return web.Response(text=record_page(view, code), content_type="text/html", headers=SECURITY_HEADERS)

    app.router.add_get("/verify", ask)
    app.router.add_get("/verify/", ask)
    app.router.add_get("/verify/{code}", verify)
    app.router.add_get("/verify/{code}/", without_slash)


def _kept(request: web.Request) -> str:
    """``?format=json`` carried over to the code's page, so a redirected API call still gets JSON."""
    return "?format=json" if request.query.get("format") == "json" else ""


def public_view(stored: Doc, today: date) -> dict[str, Any]:
    """Exactly the public fields (``None`` where not yet known) with the status as of ``today``."""
    view = {k: stored.get(k) for k in PUBLIC_FIELDS}
    valid_until = date.fromisoformat(view["valid_until"]) if view["valid_until"] else None
    view["status"] = status_on(stored["status"], valid_until, today)
    return view


def _wants_json(request: web.Request) -> bool:
    """JSON only when asked for it more than HTML: browsers send ``text/html`` and ``*/*``, never JSON."""
    chosen = request.query.get("format")
    if chosen in ("json", "html"):
        return chosen == "json"
    weights: dict[str, float] = {}
    for part in request.headers.get("Accept", "").split(","):
        media, *params = (p.strip() for p in part.split(";"))
        q = next((p[2:] for p in params if p.startswith("q=")), "1")
        try:
            weights[media.lower()] = float(q)
        except ValueError:
            continue
    return weights.get("application/json", 0.0) > 0 and (
        weights["application/json"] >= weights.get("text/html", 0.0))
