"""The OpenAPI 3.1 description of the payroll back office, built from the same route table that registers
the routes, so it cannot drift from what is served. Request schemas are pydantic's own; the import also
takes ``text/csv``."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from shared.runtime.spec import package_version

PREFIX = "/api/payroll"
_PARAM = re.compile(r"\{(\w+)\}")
ERRORS = {"401": "no, unknown or revoked token", "403": "role not admitted, or the employee is outside the token's area",
          "404": "no such record", "409": "changed by someone else meanwhile, or id / mobile taken",
          "422": "invalid input; for an import, every refused row with its number and reason"}


@dataclass(frozen=True)
class Route:
    method: str
    path: str
    handler: Callable[..., Any]
    summary: str
    body: type[BaseModel] | None = None
    created: bool = False
    csv: str = ""  # a description of the CSV this route also accepts


def describe(routes: Sequence[Route], roles: Sequence[str], extra: Sequence[type[BaseModel]] = ()) -> dict[str, Any]:
    """``extra``: models that bodies refer to by name without being a body themselves."""
    models = sorted({*(r.body for r in routes if r.body is not None), *extra}, key=lambda m: m.__name__)
    refs, schema = models_json_schema([(m, "validation") for m in models], ref_template="#/components/schemas/{model}")
    paths: dict[str, dict[str, Any]] = {}
    for route in routes:
        paths.setdefault(PREFIX + route.path, {})[route.method.lower()] = _operation(route, refs)
    return {
        "openapi": "3.1.0",
        "info": {"title": "Panchayat Payroll back office", "version": package_version(),
                 "description": f"Bearer token with role {' or '.join(roles)}; a token scoped to a district, block "
                                "or gram panchayat manages only the employees there. JSON in and out; errors are "
                                "{\"error\": code, \"detail\": ...}."},
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
    content: dict[str, Any] = {}
    if route.body is not None:
        content["application/json"] = {"schema": refs[(route.body, "validation")]}
    if route.csv:
        content["text/csv"] = {"schema": {"type": "string", "description": route.csv}}
    if content:
        operation["requestBody"] = {"required": True, "content": content}
    return operation
