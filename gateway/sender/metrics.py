"""Prometheus figures for the sender: what happened to each outbound, and how the Cloud API answered."""
from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

OUTCOMES = Counter(
    "panchayat_sender_outbound_total",
    "Outbound envelopes by outcome (sent, template, read, failed, suppressed, deferred, duplicate)",
    ["outcome"],
)
API_ERRORS = Counter(
    "panchayat_sender_api_errors_total",
    "Cloud API error answers by Meta code and the action taken",
    ["code", "action"],
)
API_LATENCY = Histogram(
    "panchayat_sender_api_seconds",
    "Cloud API call latency",
    ["call"],
    buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0),
)
SEND_RATE = Gauge("panchayat_sender_rate", "Messages per second the token bucket currently allows")
