"""Prometheus figures for the webhook: how each call ended, how fast it was acknowledged, what came in.

One ``GatewayMetrics`` per registry (``for_registry``): the process exposes the default registry, so
``/metrics`` also shows what the bus and store adapters count there; tests give each app a fresh one.
"""
from __future__ import annotations

from typing import ClassVar
from weakref import WeakKeyDictionary

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

from gateway.inbound import MEDIA_TYPES

KNOWN_TYPES = frozenset({"text", "interactive", "button", "location", "contacts", "reaction", "request_welcome",
                         *MEDIA_TYPES})
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)

CONTENT_TYPE = CONTENT_TYPE_LATEST


class GatewayMetrics:
    _by_registry: ClassVar[WeakKeyDictionary[CollectorRegistry, GatewayMetrics]] = WeakKeyDictionary()

    def __init__(self, registry: CollectorRegistry):
        self.registry = registry
        self.webhooks = Counter("gateway_webhooks_total", "Webhook calls by outcome", ["outcome"],
                                registry=self.registry)
        self.ack_seconds = Histogram("gateway_webhook_ack_seconds", "Time from request to answer",
                                     buckets=LATENCY_BUCKETS, registry=self.registry)
        self.messages = Counter("gateway_messages_total", "Inbound messages by Cloud API type", ["type"],
                                registry=self.registry)
        self.duplicates = Counter("gateway_duplicate_messages_total", "Messages already handled, dropped",
                                  registry=self.registry)
        self.skipped = Counter("gateway_skipped_items_total", "Malformed messages or statuses skipped",
                               registry=self.registry)
        self.statuses = Counter("gateway_statuses_total", "Status webhooks by status", ["status"],
                                registry=self.registry)
        self.reported_errors = Counter("gateway_reported_errors_total", "Errors the Cloud API reported in a "
                                       "webhook outside any message or status (their codes are logged)",
                                       registry=self.registry)

    @classmethod
    def for_registry(cls, registry: CollectorRegistry = REGISTRY) -> GatewayMetrics:
        """The one ``GatewayMetrics`` of ``registry`` (prometheus refuses to register a name twice)."""
        metrics = cls._by_registry.get(registry)
        if metrics is None:
            metrics = cls._by_registry[registry] = cls(registry)
        return metrics

    def message(self, type: str) -> None:
        self.messages.labels(type=type if type in KNOWN_TYPES else "other").inc()

    def status(self, status: str) -> None:
        known = status in ("sent", "delivered", "read", "failed", "deleted", "warning")
        self.statuses.labels(status=status if known else "other").inc()

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
