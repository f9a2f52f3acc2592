"""What every typed outbound message shares: it builds its body and refuses, when made, what Meta would refuse.

The limits are not repeated in the models: each runs ``validate_body`` on the body it builds right after
construction and raises a ``ValidationError`` listing each fault with the field it hit, so a message is
refused in the service that made it rather than by Meta minutes later in the sender.
"""
from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ConfigDict, model_validator

from gateway.inbound import USER_ID
from gateway.outbound.check import validate_body


class Part(BaseModel):
    """A piece of a message (a button, a row): immutable, and a typo in a field name is an error."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class OutboundMessage(Part, ABC):
    @abstractmethod
    def body(self) -> dict[str, Any]:
        """The Cloud API body without ``messaging_product`` and ``to`` (``shared.chat.Outbound.message``)."""

    @model_validator(mode="after")
    def _within_meta_limits(self) -> OutboundMessage:
        problems = validate_body(self.body())
        if problems:
            raise ValueError("; ".join(p.details for p in problems))
        return self


def addressed(to: str) -> dict[str, str]:
    """Where the Cloud API takes the person: ``to`` for a number, ``recipient`` for a business-scoped id (someone
    known by their WhatsApp username only)."""
    return {"recipient": to} if re.fullmatch(USER_ID, to) else {"to": to}


def to_request(to: str | None, body: Mapping[str, Any]) -> dict[str, Any]:
    """The full request the Cloud API takes. A read receipt names a message, not a person: ``to`` is left out."""
    if body.get("status") == "read":
        return {"messaging_product": "whatsapp", **body}
    return {"messaging_product": "whatsapp", "recipient_type": "individual", **addressed(str(to)), **body}
