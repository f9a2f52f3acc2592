"""The Grafana dashboard, Prometheus config and metrics guide describe the metrics the code really exposes."""
from __future__ import annotations

import json
import re
from pathlib import Path

import yaml
from prometheus_client import CollectorRegistry

import gateway.sender.metrics  # noqa: F401 - registers the sender's metrics in the default registry
from gateway.metrics import GatewayMetrics
from services import registry
from shared import heap
from shared.metrics import Metrics

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "ops" / "grafana" / "dashboards" / "smart-panchayat.json"
SUFFIXES = ("_total", "_bucket", "_count", "_sum", "_created")


def exposed() -> set[str]:
    """Every sample name our processes can expose."""
    from prometheus_client import REGISTRY
    names: set[str] = set()
    private = CollectorRegistry()
    Metrics.for_registry(private), GatewayMetrics.for_registry(private)
    heap.register(private)
    heap.report(0, heap.snapshot())  # what a service serves once its PDF workers have rendered
    try:
        for reg in (private, REGISTRY):
            for family in reg.collect():
                names.add(family.name)
                names.update(family.name + suffix for suffix in SUFFIXES)
    finally:
        heap.forget_workers()
    return names


def queried(expr: str) -> set[str]:
    words = set(re.findall(r"\b[a-z_][a-z0-9_]*\b(?=\s*[{\[(]|\s*\))", expr))
    return {w for w in words if w.startswith(("panchayat_", "gateway_", "rabbitmq_"))}


def test_every_dashboard_query_names_a_metric_that_exists():
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    ours = exposed()
    titles = [p["title"] for p in dashboard["panels"]]
    for topic in ("Queue depth", "Throughput", "latency", "Retries", "Dead letters", "Send failures"):
        assert any(topic.lower() in t.lower() for t in titles), topic
    for panel in dashboard["panels"]:
        assert panel["targets"], panel["title"]
        for target in panel["targets"]:
            names = queried(target["expr"])
            assert names, target["expr"]
            unknown = {n for n in names if not n.startswith("rabbitmq_") and n not in ours}
            assert not unknown, f"{panel['title']}: {unknown}"


def test_the_metrics_guide_names_every_metric_we_expose():
    guide = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    from prometheus_client import REGISTRY
    private = CollectorRegistry()
    Metrics.for_registry(private), GatewayMetrics.for_registry(private)
    families = {f.name for reg in (private, REGISTRY) for f in reg.collect()
                if f.name.startswith(("panchayat_", "gateway_"))}
    assert families
    for name in families:
        shown = name + "_total" if f"`{name}_total`" in guide else name
        assert f"`{shown}`" in guide, name


def test_prometheus_scrapes_every_role_and_the_broker_queues():
    config = yaml.safe_load((ROOT / "ops" / "prometheus.yml").read_text(encoding="utf-8"))
    names = {n for job in config["scrape_configs"] for sd in job.get("dns_sd_configs", []) for n in sd["names"]}
    assert {"gateway", "sender", *registry.names()} <= names
    rabbit = next(j for j in config["scrape_configs"] if j["job_name"] == "rabbitmq-queues")
    assert rabbit["params"] == {"family": ["queue_coarse_metrics"]}
