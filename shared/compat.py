"""Schema compatibility of events: what subscribers rely on must not change under them.

A snapshot flattens each event's payload schema to ``{"field.path": "type"}``. Against the committed
snapshot (``docs/events.snapshot.json``), removing an event, or removing, renaming or retyping one of its
fields, is a breaking change — allowed only when the event's version is raised, because a subscriber
reads ``version`` to know which shape it holds. Adding a field is not breaking.

Record a new snapshot with ``python -m shared.compat > docs/events.snapshot.json``.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from shared.catalog import EventSpec, all_events

Snapshot = dict[str, dict[str, Any]]


def _resolve(schema: Mapping[str, Any], defs: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in schema:
        schema = defs[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def _type(schema: Mapping[str, Any], defs: Mapping[str, Any]) -> str:
    schema = _resolve(schema, defs)
    if "anyOf" in schema:
        return "|".join(sorted(_type(s, defs) for s in schema["anyOf"]))
    if "const" in schema:
        return f"const:{json.dumps(schema['const'])}"
    if "enum" in schema:
        return "enum:" + ",".join(sorted(map(str, schema["enum"])))
    kind = schema.get("type", "any")
    if kind == "array":
        return f"array[{_type(schema.get('items', {}), defs)}]"
    return f"{kind}:{schema['format']}" if "format" in schema else str(kind)


def _fields(schema: Mapping[str, Any], defs: Mapping[str, Any], prefix: str = "") -> dict[str, str]:
    out: dict[str, str] = {}
    for name, prop in _resolve(schema, defs).get("properties", {}).items():
        path = f"{prefix}{name}"
        resolved = _resolve(prop, defs)
        if "properties" in resolved:
            out[path] = "object"
            out |= _fields(resolved, defs, f"{path}.")
            continue
        out[path] = _type(prop, defs)
        for option in resolved.get("anyOf", ()):  # an optional object: its fields are relied on too
            if "properties" in _resolve(option, defs):
                out |= _fields(option, defs, f"{path}.")
    return out


def flatten(spec: EventSpec) -> dict[str, str]:
    schema = spec.model.model_json_schema(mode="serialization")
    return _fields(schema, schema.get("$defs", {}))


def snapshot(specs: Iterable[EventSpec] | None = None) -> Snapshot:
    return {s.key: {"version": s.version, "fields": flatten(s)} for s in (all_events() if specs is None else specs)}


def breaking_changes(old: Snapshot, new: Snapshot) -> list[str]:
    """What would break a subscriber of ``old``, for events whose version was not raised."""
    problems: list[str] = []
    for key, before in sorted(old.items()):
        after = new.get(key)
        if after is None:
            problems.append(f"{key}: the event is no longer published")
            continue
        if after["version"] > before["version"]:
            continue
        for path, kind in sorted(before["fields"].items()):
            now = after["fields"].get(path)
            if now is None:
                problems.append(f"{key} v{before['version']}: field {path} was removed or renamed")
            elif now != kind:
                problems.append(f"{key} v{before['version']}: field {path} changed type from {kind} to {now}")
    return problems


if __name__ == "__main__":
    json.dump(snapshot(), sys.stdout, indent=1, sort_keys=True, ensure_ascii=False)
    sys.stdout.write("\n")
