"""The OpenAPI 3.1 description of a casework back office, built from the route table that registers the
routes, so the description cannot drift from what is served. Request schemas are pydantic's own."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from shared.runtime.spec import package_version

_PARAM = re.compile(r"\{(\w+)(?::[^}]*)?\}")
ERRORS = {"401": "no, unknown or revoked token", "403": "role not admitted, or a record outside the token's area",
          "404": "no such record", "409": "changed by someone else meanwhile, or the number is taken",
          "422": "invalid input or a rule refused it (the detail says which)"}


@dataclass(frozen=True)
class Route:
    method: str
    path: str  # under the service's prefix; ``{number:.+}`` because numbers hold slashes
    handler: Callable[..., Any]
    summary: str
    body: type[BaseModel] | None = None
    created: bool = False
    content: str = "application/json"


def describe(prefix: str, title: str, routes: Sequence[Route], roles: Sequence[str]) -> dict[str, Any]:
    models = sorted({r.body for r in routes if r.body is not None}, key=lambda m: m.__name__)
    refs, schema = models_json_schema([(m, "validation") for m in models], ref_template="#/components/schemas/{model}")
    paths: dict[str, dict[str, Any]] = {}
    for route in routes:
        path = prefix + _PARAM.sub(r"{\1}", route.path)
        paths.setdefault(path, {})[route.method.lower()] = _operation(route, refs)
    return {
        "openapi": "3.1.0",
        "info": {"title": title, "version": package_version(),
                 "description": f"Bearer token with role {' or '.join(roles)}; a gp_official token is scoped to "
                                "its gram panchayat (gp=<code>). Numbers hold slashes and go in the path as "
                                "they are. JSON in and out; errors are {\"error\": code, \"detail\": ...}."},
        "paths": paths,
        "components": {"schemas": schema.get("$defs", {}),
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "security": [{"bearer": []}],
    }


def _operation(route: Route, refs: dict[Any, Any]) -> dict[str, Any]:
    params = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
              for name in _PARAM.findall(route.path)]
    operation: dict[str, Any] = {
        "summary": route.summary, "operationId": route.handler.__name__, "parameters": params,
        "responses": {"201" if route.created else "200": {"description": "done; the record as JSON"},
                      **{code: {"description": text} for code, text in ERRORS.items()}},
    }
    if route.body is not None:
        operation["requestBody"] = {"required": True, "content": {route.content: {
            "schema": refs[(route.body, "validation")]}}}
    elif route.content != "application/json":
        operation["requestBody"] = {"required": True, "content": {route.content: {"schema": {"type": "string"}}}}
    return operation
