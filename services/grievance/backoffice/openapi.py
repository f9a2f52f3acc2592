"""The OpenAPI 3.1 description of the grievance back office, built from the same route table that
registers the routes, so the description cannot drift from what is served."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from shared.runtime.spec import package_version

PREFIX = "/api/grievance"
_PARAM = re.compile(r"\{(\w+)\}")
ERRORS = {"401": "no, unknown or revoked token", "403": "role not admitted, or the complaint is outside the "
          "token's area (or escalated past its level)", "404": "no such complaint",
          "409": "changed by someone else meanwhile", "422": "invalid input or a rule refused it"}


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    handler: Callable[..., Any]
    summary: str
    body: type[BaseModel] | None = None
    query: type[BaseModel] | None = None


def describe(routes: Sequence[Route], roles: Sequence[str]) -> dict[str, Any]:
    models = sorted({m for r in routes for m in (r.body, r.query) if m is not None}, key=lambda m: m.__name__)
    refs, schema = models_json_schema([(m, "validation") for m in models],
                                      ref_template="#/components/schemas/{model}")
    paths: dict[str, dict[str, Any]] = {}
    for route in routes:
        paths.setdefault(PREFIX + route.path, {})[route.method.lower()] = _operation(route, refs)
    return {
        "openapi": "3.1.0",
        "info": {"title": "Panchayat Grievance back office", "version": package_version(),
                 "description": f"Bearer token with role {' or '.join(roles)}, scoped to a gram panchayat, block "
                                "or district. JSON in and out (reports also as CSV); errors are "
                                "{\"error\": code, \"detail\": ...}."},
        "paths": paths,
        "components": {"schemas": schema.get("$defs", {}),
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "security": [{"bearer": []}],
    }


def _operation(route: Route, refs: dict[Any, Any]) -> dict[str, Any]:
    params = [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}
              for name in _PARAM.findall(route.path)]
    if route.query is not None:
        params += [{"name": name, "in": "query", "required": field.is_required(), "schema": {"type": "string"},
                    "description": field.description or ""} for name, field in route.query.model_fields.items()]
    operation: dict[str, Any] = {
        "summary": route.summary, "operationId": route.handler.__name__, "parameters": params,
        "responses": {"200": {"description": "done; the record as JSON"},
                      **{code: {"description": text} for code, text in ERRORS.items()}},
    }
    if route.body is not None:
        operation["requestBody"] = {"required": True, "content": {"application/json": {
            "schema": refs[(route.body, "validation")]}}}
    return operation
