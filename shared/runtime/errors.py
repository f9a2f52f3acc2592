"""Domain errors and the one table that turns them into HTTP answers.

Services raise these from their domain and use-case code (no aiohttp there); ``error_middleware``
maps them, once, for every back-office route. Bodies are always JSON ``{"error": code, "detail": ...}``
and an unexpected exception becomes a bare 500 — its stack trace goes to the log, not to the client.
"""
from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import pydantic
from aiohttp import web

from shared.logging import get_logger
from shared.runtime.fields import said
from shared.store import Conflict, DuplicateKey

log = get_logger(__name__)

M = TypeVar("M", bound=pydantic.BaseModel)


class DomainError(Exception):
    """Base of the errors a use case raises on purpose; the message is shown to the caller."""


class NotFound(DomainError):
    pass


class Invalid(DomainError):
    """The request is well-formed but breaks a rule (a date in the past, a closed booking)."""


class PermissionDenied(DomainError):
    """The principal may use the route but not on this record (outside their block, say)."""


class BadJson(DomainError):
    pass


class Unfit(DomainError):
    """A body whose fields do not fit its route's model: pydantic's list for programs, and ``reason`` in words."""

    def __init__(self, error: pydantic.ValidationError, model: type[pydantic.BaseModel] | None = None):
        super().__init__(said(error, model))
        self.error = error


class Stale(DomainError):
    """The record changed since the caller read it (their ``If-Match`` names an older version)."""


ERRORS: dict[type[Exception], tuple[int, str]] = {
    NotFound: (404, "not_found"),
    Invalid: (422, "invalid"),
    Unfit: (422, "invalid"),
    pydantic.ValidationError: (422, "invalid"),
    PermissionDenied: (403, "forbidden"),
    Stale: (412, "stale"),
    Conflict: (409, "conflict"),
    DuplicateKey: (409, "duplicate"),
    BadJson: (400, "bad_json"),
    json.JSONDecodeError: (400, "bad_json"),
    web.RequestPayloadError: (400, "bad_body"),
}


def _detail(exc: Exception) -> Any:
    if isinstance(exc, Unfit | pydantic.ValidationError):
        error = exc.error if isinstance(exc, Unfit) else exc
        return json.loads(error.json(include_url=False, include_input=False))
    if isinstance(exc, web.RequestPayloadError):  # not in its Content-Encoding, a cut-off chunk: aiohttp's reason
        return f"the body could not be read: {getattr(exc.__cause__, 'message', None) or exc}"
    return str(exc)


def answer(exc: Exception) -> web.Response | None:
    for kind, (status, code) in ERRORS.items():
        if isinstance(exc, kind):
            body = {"error": code, "detail": _detail(exc)}
            if isinstance(exc, Unfit | pydantic.ValidationError):  # the faults in words, beside pydantic's list
                body["reason"] = str(exc) if isinstance(exc, Unfit) else said(exc)
            response = web.json_response(body, status=status)
            if isinstance(exc, web.RequestPayloadError):  # aiohttp drops the connection after such a body: say so
                response.force_close()
            return response
    return None


@web.middleware
async def error_middleware(request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
                           ) -> web.StreamResponse:
    try:
        return await handler(request)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        headers = {k: v for k, v in exc.headers.items() if k.lower() not in ("content-type", "content-length")}
        code = exc.reason.lower().replace(" ", "_")
        return web.json_response({"error": code, "detail": exc.reason}, status=exc.status, headers=headers)
    except Exception as exc:
        response = answer(exc)
        if response is None:
            log.exception("http.unhandled", method=request.method, path=request.path)
            return web.json_response({"error": "internal", "detail": "the error is logged"}, status=500)
        return response


async def read_json(request: web.Request, model: type[M]) -> M:
    """The body parsed into ``model``: 400 when it is not JSON, 422 naming the fields that are wrong (``Unfit``: in
    words too, with the fields the route takes when one is unknown)."""
    raw = await request.read()
    try:
        data = json.loads(raw or b"null")
    except (ValueError, RecursionError) as exc:  # ValueError: bad JSON, bad UTF-8, an integer of 4,300+ digits
        raise BadJson(f"the body is not JSON: {str(exc)[:200]}") from None
    try:
        return model.model_validate(data)
    except pydantic.ValidationError as exc:
        raise Unfit(exc, model) from None
