"""The webhook envelope (``entry`` → ``changes`` → ``value``), read loosely, item by item.

Each message, contact and status is validated on its own: one malformed item is logged and skipped while
the rest of the payload is still handled, because a 400 would make Meta drop the good ones with it. Errors
Meta reports in ``value.errors`` (about the number or the webhook, not one message) are kept for the
operators: no message or status carries them.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from gateway.inbound import Contact, Message, Status, StatusError
from shared.logging import get_logger

log = get_logger(__name__)

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Received:
    """One inbound message with the sender's profile name (from the same change's ``contacts``)."""

    message: Message
    profile_name: str | None


@dataclass(frozen=True)
class Parsed:
    messages: list[Received]
    statuses: list[Status]
    skipped: int
    errors: list[StatusError] = field(default_factory=list)


class NotAWebhook(ValueError):
    """The JSON is not a Cloud API webhook object at all."""


def parse_payload(payload: Any) -> Parsed:
    """Every valid message and status in the payload; malformed items are logged, counted and skipped."""
    if not isinstance(payload, dict) or not isinstance(payload.get("entry", []), list):
        raise NotAWebhook("expected a JSON object with an 'entry' list")
    messages: list[Received] = []
    statuses: list[Status] = []
    errors: list[StatusError] = []
    skipped = 0
    for value in _values(payload):
        names = {key: c.profile.name if c.profile else None
                 for c in _each(Contact, value.get("contacts")) if c is not None
                 for key in (c.wa_id, c.user_id) if key}
        for item in _each(Message, value.get("messages")):
            if item is None:
                skipped += 1
                continue
            messages.append(Received(item, names.get(item.sender)))
        for status in _each(Status, value.get("statuses")):
            if status is None:
                skipped += 1
                continue
            statuses.append(status)
        errors += [error for error in _each(StatusError, value.get("errors")) if error is not None]
    return Parsed(messages, statuses, skipped, errors)


def _values(payload: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for entry in payload.get("entry") or []:
        changes = entry.get("changes") if isinstance(entry, dict) else None
        for change in changes if isinstance(changes, list) else []:
            value = change.get("value") if isinstance(change, dict) else None
            if isinstance(value, dict):
                yield value


def _each(model: type[M], items: Any) -> Iterator[M | None]:
    """Validate items one by one; ``None`` marks one that failed (already logged)."""
    for raw in items if isinstance(items, list) else []:
        try:
            yield model.model_validate(raw)
        except ValidationError as exc:
            log.warning("webhook.item_skipped", model=model.__name__, errors=exc.error_count(),
                        first=exc.errors()[0]["msg"], item_type=raw.get("type") if isinstance(raw, dict) else None)
            yield None
