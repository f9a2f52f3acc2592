"""Blue ticks: the read receipts (and typing dots) the sender sends for an inbound message, alone or with an answer.

No claim is taken: a second read receipt changes nothing at Meta, so a redelivery simply sends it again. One Meta
refuses is only logged, and one deferred alongside an answer does not hold the answer back.
"""
from __future__ import annotations

from gateway.sender import metrics
from gateway.sender.delivery import Deferred, Delivery, Undeliverable
from shared.logging import get_logger

log = get_logger(__name__)


class ReadReceipts:
    """How the ``Sender`` marks an inbound message read; the ``Sender`` holds the ``delivery`` it goes through."""

    delivery: Delivery

    async def _read_along(self, message_id: str) -> None:
        """The read receipt that goes with an answer: whatever becomes of it, the answer goes on."""
        try:
            await self._mark_read(message_id, typing=False)
        except Deferred:
            log.warning("sender.read_receipt_deferred")  # counted in ``_mark_read``; the answer is what counts

    async def _mark_read(self, message_id: str, *, typing: bool) -> None:
        """Blue ticks (and typing dots) for an inbound message. No claim: a second read receipt changes
        nothing at Meta, so a redelivery simply sends it again, and a failed one is only logged."""
        try:
            await self.delivery.mark_read(message_id, typing=typing)
        except Undeliverable as exc:
            metrics.OUTCOMES.labels(outcome="failed").inc()
            log.warning("sender.read_receipt_refused", code=exc.error.code, error=exc.error.message)
            return
        except Deferred:
            metrics.OUTCOMES.labels(outcome="deferred").inc()
            raise
        metrics.OUTCOMES.labels(outcome="read").inc()

