"""The one envelope every message on the bus travels in.

Ids are stable across redelivery: an envelope is created once and its id travels with it. Outputs of a
handler get ids derived from the id of the envelope that caused them (``derive_id``), so a handler that
runs twice for the same input produces the same output ids and downstream inboxes drop the repeat.
"""
from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

_NAMESPACE = uuid.UUID("6f1c3a52-7d0e-4f65-9d8e-2b1a8c0e5f41")


def new_id() -> str:
    return uuid.uuid4().hex


def derive_id(parent_id: str, *parts: object) -> str:
    """A deterministic id for the n-th output of handling ``parent_id``."""
    return uuid.uuid5(_NAMESPACE, "/".join([parent_id, *map(str, parts)])).hex


def utcnow() -> datetime:
    return datetime.now(UTC)


class Envelope(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")

    id: str = Field(default_factory=new_id)
    type: str = Field(min_length=1, description="The routing key, e.g. wa.inbound.tourism")
    version: int = Field(default=1, ge=1)
    occurred_at: datetime = Field(default_factory=utcnow)
    correlation_id: str = Field(default="", description="The WhatsApp message id that started the chain")
    causation_id: str | None = Field(default=None, description="The envelope id that caused this one")
    source: str = Field(default="", description="The process role that published it")
    payload: dict[str, Any] = Field(default_factory=dict)

    def caused(self, type: str, payload: dict[str, Any], *, source: str, n: int = 0,
               version: int = 1) -> Envelope:
        """An envelope published because of this one; its id is derived, so a repeat is recognisable."""
        return Envelope(
            id=derive_id(self.id, type, n),
            type=type,
            version=version,
            correlation_id=self.correlation_id or self.id,
            causation_id=self.id,
            source=source,
            payload=payload,
        )

    def to_bytes(self) -> bytes:
        return self.model_dump_json().encode()

    @classmethod
    def from_bytes(cls, raw: bytes) -> Envelope:
        return cls.model_validate_json(raw)
