"""Prometheus figures every service process exposes on ``/metrics``.

One ``Metrics`` per ``CollectorRegistry`` (``Metrics.for_registry``): the process uses the default
registry, tests a fresh one each, so figures from one test never leak into another. Meanings:

- ``panchayat_messages_handled_total{service,type,outcome}``: deliveries that reached a handler.
  ``ok`` the handler ran and its outputs were published; ``error`` the handler raised (the bus will retry
  or dead-letter the message); ``duplicate`` a redelivery answered from the inbox without running it.
- ``panchayat_handler_seconds{service,type}``: time inside the handler, failed runs included.
- ``panchayat_retries_total{service}``: failed attempts handed back to the bus for another try. The bus
  decides (it counts tries, not this process), so this counts every failure; the last one of a message
  is also counted in ``dead_letters`` once the bus reports it dead.
- ``panchayat_dead_letters_total{service}``: messages the bus moved to ``<service>.dead``, counted from
  the bus's ``ops.message.dead`` events about the service's queue (the bus counts the tries, so this does
  too, across every copy of the service).
- ``panchayat_published_total{service,type}``: envelopes a service published (replies, events, replays).
"""
from __future__ import annotations

from typing import ClassVar
from weakref import WeakKeyDictionary

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Histogram

OUTCOMES = ("ok", "error", "duplicate")
BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class Metrics:
    _by_registry: ClassVar[WeakKeyDictionary[CollectorRegistry, Metrics]] = WeakKeyDictionary()

    def __init__(self, registry: CollectorRegistry):
        self.registry = registry
        self.handled = Counter("panchayat_messages_handled", "Deliveries that reached a handler, by outcome",
                               ["service", "type", "outcome"], registry=registry)
        self.handler_seconds = Histogram("panchayat_handler_seconds", "Time spent in a handler",
                                         ["service", "type"], buckets=BUCKETS, registry=registry)
        self.retries = Counter("panchayat_retries", "Failed attempts handed back to the bus to retry",
                               ["service"], registry=registry)
        self.dead_letters = Counter("panchayat_dead_letters", "Messages moved to <service>.dead",
                                    ["service"], registry=registry)
        self.published = Counter("panchayat_published", "Envelopes published", ["service", "type"],
                                 registry=registry)

    @classmethod
    def for_registry(cls, registry: CollectorRegistry = REGISTRY) -> Metrics:
        """The one ``Metrics`` of ``registry`` (prometheus refuses to register a name twice)."""
        metrics = cls._by_registry.get(registry)
        if metrics is None:
            metrics = cls._by_registry[registry] = cls(registry)
        return metrics
