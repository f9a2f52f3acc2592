"""The OpenAPI 3.1 description of a back office, built from the same route table that registers its
routes, so the description cannot drift from what is served. Request schemas are pydantic's own.

A service declares its ``Route``s and one ``Office`` (its prefix, title, who may call it, and what its
error answers mean); ``describe`` does the rest. Every back office answers errors the same way
(``{"error": code, "detail": ...}``, see ``shared.runtime.errors``), so only the wording differs.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from shared.auth import requires
from shared.runtime.spec import package_version

_PARAM = re.compile(r"\{(\w+)(?::[^}]*)?\}")  # ``{number:.+}``: aiohttp's pattern is not part of the name
REF = "#/components/schemas/{model}"
ERRORS: Mapping[str, str] = {"401": "no, unknown, revoked or expired token",
                             "403": "role not admitted, or outside the token's area",
                             "404": "no such record", "409": "changed by someone else meanwhile, or the id is taken",
                             "422": "invalid input or a rule refused it (the detail says which)"}


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # under the office's prefix
    handler: Callable[..., Any]
    summary: str
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None
    created: bool = False
    content: str = "application/json"  # the body's media type when it is not a model (e.g. text/csv)
    csv: str = ""  # when set: the route also takes text/csv, described by this
    files: Sequence[str] = ()  # when set: the body is a file of one of these media types (image/jpeg, ...), as is
    returns: str = ""  # when set: the 200 is no JSON record but a file, described by this (its own Content-Type)
    answers: Mapping[str, str] = field(default_factory=dict)  # what the route's own further answers mean


@dataclass(frozen=True)
class Office:
    prefix: str  # e.g. /api/tourism
    title: str
    access: str  # who may call it, e.g. "Bearer token with role tourism_manager or tourism_admin."
    errors: Mapping[str, str] = field(default_factory=lambda: dict(ERRORS))
    extra: Sequence[type[BaseModel]] = ()  # models that bodies refer to without being a body themselves


def register(app: web.Application, routes: Sequence[Route], description: Mapping[str, Any],
             roles: Iterable[str]) -> None:
    """Serve ``routes`` on a back office's application, and their description at ``GET /openapi.json`` to
    the roles the office admits."""
    @requires(*roles)
    async def openapi(request: web.Request) -> web.Response:
        return web.json_response(description)

    app.router.add_get("/openapi.json", openapi)
    for route in routes:
        app.router.add_route(route.method, route.path, route.handler)


def describe(office: Office, routes: Sequence[Route]) -> dict[str, Any]:
    models = sorted({*(m for r in routes for m in (r.body, r.query) if m is not None), *office.extra},
                    key=lambda m: m.__name__)
    refs, schema = models_json_schema([(m, "validation") for m in models], ref_template=REF)
    paths: dict[str, dict[str, Any]] = {}
    for route in routes:
        path = office.prefix + _PARAM.sub(r"{\1}", route.path)
        paths.setdefault(path, {})[route.method.lower()] = _operation(office, route, refs)
    return {
        "openapi": "3.1.0",
        "info": {"title": office.title, "version": package_version(),
                 "description": f"{office.access} JSON in and out; errors are {{\"error\": code, \"detail\": ...}}."},
        "paths": paths,
        "components": {"schemas": schema.get("$defs", {}),
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "security": [{"bearer": []}],
    }


def _done(route: Route) -> dict[str, Any]:
    if not route.returns:
        return {"description": "done; the record as JSON"}
    return {"description": route.returns, "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}}}


def _operation(office: Office, route: Route, refs: Mapping[Any, Any]) -> dict[str, Any]:
    params = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
              for name in _PARAM.findall(route.path)]
    if route.query is not None:
        params += [{"name": f.alias or name, "in": "query", "required": f.is_required(), "schema": {"type": "string"},
                    "description": f.description or ""} for name, f in route.query.model_fields.items()]
    operation: dict[str, Any] = {
        "summary": route.summary, "operationId": route.handler.__name__, "parameters": params,
        "responses": {"201" if route.created else "200": _done(route),
                      **{code: {"description": text} for code, text in {**office.errors, **route.answers}.items()}},
    }
    content: dict[str, Any] = {}
    if route.body is not None:
        content[route.content] = {"schema": refs[(route.body, "validation")]}
    elif route.content != "application/json":
        content[route.content] = {"schema": {"type": "string"}}
    for media_type in route.files:
        content[media_type] = {"schema": {"type": "string", "format": "binary"}}
    if route.csv:
        content["text/csv"] = {"schema": {"type": "string", "description": route.csv}}
    if content:
        operation["requestBody"] = {"required": True, "content": content}
    return operation
