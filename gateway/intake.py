"""One verified webhook payload, handled: statuses become events, messages go through the shell, and
errors Meta reports outside any message or status are logged and counted for the operators.

Bus and store failures propagate (the view answers 503 and the Cloud API retries); any other failure is
confined to the one message it happened in, which is logged and skipped so the rest of the payload still
gets through. Messages of a payload are handled in order: they may be one person's consecutive messages.

A message older than the Cloud API's week of retries (``STALE_AFTER``) is no retry but a replay of a signed
payload someone kept, and its id may be gone from ``seen`` (kept 8 days): it is dropped as a repeat by its
own timestamp, which the signature covers, so a STOP or a tap is never acted on twice.
"""
from __future__ import annotations

import asyncio
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from gateway.inbound import Status
from gateway.metrics import GatewayMetrics
from gateway.payload import parse_payload
from gateway.seen import Seen, unsent_of
from gateway.shell import Shell
from gateway.turn import Unsent
from shared.bus import Bus, BusError, Unroutable
from shared.envelope import Envelope, derive_id
from shared.logging import bind_message, get_logger
from shared.retention import SEEN
from shared.store import StoreError

log = get_logger(__name__)

SOURCE = "gateway"
_STATUS_WORD = re.compile(r"[a-z][a-z_]{0,31}")
STALE_AFTER = timedelta(days=SEEN.days - 1)  # the Cloud API's 7 days of retries, a day short of seen's 8


@dataclass
class Summary:
    messages: int = 0
    duplicates: int = 0
    statuses: int = 0
    skipped: int = 0


class Intake:
    def __init__(self, *, bus: Bus, seen: Seen, shell: Shell, metrics: GatewayMetrics,
                 clock: Callable[[], datetime]):
        self._bus = bus
        self._seen = seen
        self._shell = shell
        self._metrics = metrics
        self._clock = clock

    async def handle(self, payload: Any) -> Summary:
        """Raises ``NotAWebhook`` for a payload of the wrong shape, ``BusError``/``StoreError`` to be retried."""
        parsed = parse_payload(payload)
        summary = Summary(skipped=parsed.skipped)
        # A payload's statuses are independent of each other: published at once, their confirms overlap
        # (one after another, a batch of fifty held the request for fifty broker round trips).
        published = await asyncio.gather(*(self._status(status) for status in parsed.statuses))
        summary.statuses += sum(published)
        summary.skipped += len(published) - sum(published)
        for error in parsed.errors:
            self._metrics.reported_errors.inc()
            log.warning("webhook.error_reported", code=error.code, title=error.title or error.message,
                        details=(error.error_data or {}).get("details"))
        for received in parsed.messages:
            wamid = received.message.id
            self._metrics.message(received.message.type)
            with bind_message(wamid, derive_id("wa", wamid)):
                if self._stale(received.message.timestamp):
                    log.warning("webhook.stale_dropped", type=received.message.type,
                                timestamp=received.message.timestamp)
                    self._metrics.duplicates.inc()
                    summary.duplicates += 1
                    continue
                record = await self._seen.get(wamid)
                unsent = unsent_of(record) if record is not None else None
                if record is not None and unsent is None:
                    log.info("webhook.duplicate_dropped", type=received.message.type)
                    self._metrics.duplicates.inc()
                    summary.duplicates += 1
                    continue
                try:
                    if unsent is None or not await self._publish_unsent(unsent):
                        await self._shell.handle(received)
                except Unsent as refused:
                    await self._seen.keep_unsent(wamid, refused.unsent, self._clock())
                    raise
                except (BusError, StoreError):
                    raise
                except Exception:
                    log.exception("webhook.message_failed", type=received.message.type)
                    summary.skipped += 1
                    continue
                await self._seen.mark(wamid, self._clock())
                summary.messages += 1
        self._metrics.skipped.inc(summary.skipped)
        return summary

    async def _publish_unsent(self, unsent: list[tuple[Envelope, bool]]) -> bool:
        """The publishes a first try of the message decided and the broker refused (``Seen.keep_unsent``), in order;
        False when a service it was handed to has no queue now: it is handled again, and the shell finds that out."""
        log.warning("webhook.unsent_published", count=len(unsent))
        try:
            for envelope, mandatory in unsent:
                await self._bus.publish(envelope, mandatory=mandatory)
        except Unroutable:
            log.warning("webhook.unsent_unroutable")
            return False
        return True

    def _stale(self, timestamp: str | None) -> bool:
        sent = _when(timestamp)
        return sent is not None and self._clock() - sent > STALE_AFTER

    async def _status(self, status: Status) -> bool:
        if not _STATUS_WORD.fullmatch(status.status):
            log.warning("webhook.status_skipped", status=status.status[:40])
            return False
        self._metrics.status(status.status)
        await self._bus.publish(status_envelope(status, self._clock()), mandatory=False)
        return True


def status_envelope(status: Status, now: datetime) -> Envelope:
    """``wa.status.<status>``; the id is derived from the status itself, so Meta's repeats are recognisable."""
    return Envelope(
        id=derive_id("wa.status", status.id, status.status, status.timestamp or ""),
        type=f"wa.status.{status.status}",
        occurred_at=_when(status.timestamp) or now,
        correlation_id=status.id,
        source=SOURCE,
        payload={"message_id": status.id, "status": status.status,
                 "recipient_id": status.recipient_id or status.recipient_user_id, "timestamp": status.timestamp,
                 "callback_data": status.biz_opaque_callback_data,
                 "errors": [e.model_dump(exclude_none=True) for e in status.errors]},
    )


def _when(timestamp: str | None) -> datetime | None:
    """Meta's timestamps are Unix seconds as a string."""
    try:
        return datetime.fromtimestamp(int(timestamp or ""), UTC)
    except (ValueError, OverflowError, OSError):
        return None
