"""The event catalog as an AsyncAPI 3 document: what ``panchayat asyncapi`` prints and ``docs/asyncapi.yaml`` holds.

One channel per routing key on the ``panchayat`` topic exchange, one message per event: the envelope
with its ``payload`` narrowed to the event's JSON Schema (made by pydantic from the same model the service
publishes with), and the catalog's example wrapped in an envelope. The output is deterministic — fixed
example ids and times, keys in catalog order — so a test can tell when the committed copy is stale.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from shared.catalog import EventSpec, all_events, example_payload
from shared.envelope import Envelope, derive_id
from shared.runtime.spec import package_version

REF = "#/components/schemas/{model}"
EXCHANGE = {"name": "panchayat", "type": "topic", "durable": True, "autoDelete": False, "vhost": "/"}
DESCRIPTION = """Events published on the Smart Panchayat RabbitMQ exchange `panchayat` (topic, durable).
Bind your own durable queue to the routing keys you need (for instance `grievance.#`); every message is
the JSON envelope below, persistent, published with confirms. Delivery is at least once: use the
envelope `id` to drop repeats. People are named by a pseudonymous `person` id, never a phone number.
A breaking change to a payload raises its `version`; the old version goes on being published alongside
for 180 days (see the README)."""


def channel_id(key: str) -> str:
    return key.replace(".", "_")


def example_envelope(spec: EventSpec) -> dict[str, Any]:
    envelope = Envelope(id=derive_id("example", spec.key), type=spec.key, version=spec.version,
                        occurred_at="2026-12-20T05:30:00Z", correlation_id="wamid.HBgMOTE5ODAwMDEyMzQ1FQIAEhgg",  # type: ignore[arg-type]
                        causation_id=derive_id("example-cause", spec.key), source=spec.service,
                        payload=example_payload(spec))
    return envelope.model_dump(mode="json")


def _schemas(specs: Sequence[EventSpec]) -> tuple[dict[str, Any], dict[type[BaseModel], dict[str, Any]]]:
    models = sorted({s.model for s in specs} | {Envelope}, key=lambda m: (m.__module__, m.__name__))
    refs, top = models_json_schema([(m, "serialization") for m in models], ref_template=REF)
    return top.get("$defs", {}), {model: ref for (model, _), ref in refs.items()}


def _message(spec: EventSpec, payload_ref: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": spec.key, "title": spec.key, "summary": spec.summary, "contentType": "application/json",
        "x-audience": spec.audience,
        "payload": {"allOf": [{"$ref": REF.format(model="Envelope")}, {
            "type": "object", "required": ["type", "version", "payload"],
            "properties": {"type": {"const": spec.key}, "version": {"const": spec.version}, "payload": payload_ref}}]},
        "examples": [{"name": "example", "payload": example_envelope(spec)}],
    }


def document(specs: Sequence[EventSpec] | None = None) -> dict[str, Any]:
    specs = all_events() if specs is None else specs
    schemas, refs = _schemas(specs)
    channels: dict[str, Any] = {}
    operations: dict[str, Any] = {}
    messages: dict[str, Any] = {}
    for spec in specs:
        cid = channel_id(spec.key)
        messages[cid] = _message(spec, refs[spec.model])
        channels[cid] = {"address": spec.key, "title": spec.key, "description": spec.summary,
                         "messages": {cid: {"$ref": f"#/components/messages/{cid}"}},
                         "bindings": {"amqp": {"is": "routingKey", "exchange": dict(EXCHANGE), "bindingVersion": "0.3.0"}}}
        operations[f"publish_{cid}"] = {"action": "send", "channel": {"$ref": f"#/channels/{cid}"},
                                         "summary": f"{spec.service} publishes {spec.key}",
                                         "messages": [{"$ref": f"#/channels/{cid}/messages/{cid}"}]}
    return {
        "asyncapi": "3.0.0",
        "info": {"title": "Smart Panchayat events", "version": package_version(), "description": " ".join(DESCRIPTION.split())},
        "defaultContentType": "application/json",
        "servers": {"rabbitmq": {"host": "rabbitmq:5672", "protocol": "amqp", "protocolVersion": "0.9.1",
                                 "description": "The deployment's broker (docker compose names it rabbitmq)."}},
        "channels": channels,
        "operations": operations,
        "components": {"schemas": schemas, "messages": messages},
    }


class _PlainDumper(yaml.SafeDumper):
    """Writes a repeated schema out again instead of as a YAML anchor, so each message reads on its own."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def render(specs: Sequence[EventSpec] | None = None) -> str:
    return yaml.dump(document(specs), Dumper=_PlainDumper, sort_keys=False, allow_unicode=True, width=120)
