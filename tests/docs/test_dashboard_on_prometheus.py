"""The Grafana dashboard's queries, run by a real Prometheus against a running system.

``promtool`` checks ``ops/prometheus.yml``. ``panchayat run`` (a fresh data dir, a free port) is given a little
traffic through its simulator: a conversation, a PDF certificate (so the render workers report their memory)
and a Cloud API error the sender escalates (so retries, a dead letter and the API error counter have
samples). A ``prometheus`` binary then scrapes it every second with a copy of ``ops/prometheus.yml`` whose DNS
discovery is replaced by static targets carrying the ``__meta_dns_name`` each compose name would have, so the
jobs and relabelling are the real ones (the broker's job is left out). Every expression of every panel goes to
``/api/v1/query``: it must parse and run, return series, and those series must carry the labels its legend
shows; every metric it names must be among the series Prometheus scraped, and every metric docs/metrics.md
lists must be too.

Not checked: ``rabbitmq_*`` (queue depth, dead letters waiting) come from the broker's own Prometheus plugin,
not from our processes; their expressions are still run (they must parse and execute), but their names and
labels are not verified here.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import yaml

from bench.ports import free_port

ROOT = Path(__file__).resolve().parents[2]
DASHBOARD = ROOT / "ops" / "grafana" / "dashboards" / "smart-panchayat.json"
SCRAPE_CONFIG = ROOT / "ops" / "prometheus.yml"
GUIDE = ROOT / "docs" / "metrics.md"
NOT_CHECKED = "rabbitmq_"  # RabbitMQ's Prometheus plugin, scraped from the broker: no broker plugin runs here
GRAFANA_RANGES = ("$__rate_interval", "${__rate_interval}", "$__interval", "${__interval}", "$__range", "${__range}")
PROMQL_WORDS = {"by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless",
                "offset", "inf", "nan", "atan2"}
HISTOGRAM_SUFFIXES = ("_bucket", "_count", "_sum")
PERSON, ESCALATED = "919800000001", "919800000009"  # Rina Das holds the demo NOC TNOC/2026/000045

pytestmark = pytest.mark.node  # a tool outside Python, installed by scripts/setup-system --ci: required in CI


def get(url: str, params: dict[str, str] | None = None, timeout: float = 5) -> Any:
    if params:
        url += "?" + urllib.parse.urlencode(params)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            body = resp.read()
    except urllib.error.HTTPError as error:  # Prometheus answers a bad query with 400 or 422 and its reason
        body = error.read()
    return json.loads(body) if body[:1] in (b"{", b"[") else body.decode()


def post(url: str, body: dict[str, Any]) -> Any:
    request = urllib.request.Request(url, data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as resp:
        return json.loads(resp.read())


def spawn(args: list[str], log: Path, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    """Its output goes to ``log``: a pipe nobody reads would fill and stop the process."""
    with log.open("wb") as out:
        return subprocess.Popen(args, env=env, stdout=out, stderr=subprocess.STDOUT)


def tail(log: Path) -> str:
    return log.read_text(encoding="utf-8", errors="replace")[-3000:]


def wait_for(what: str, check, proc: subprocess.Popen[bytes], log: Path,  # type: ignore[no-untyped-def]
             seconds: float) -> Any:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"{what}: the process exited ({proc.returncode}):\n{tail(log)}")
        try:
            found = check()
        except OSError:
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def expressions() -> list[tuple[str, str, str]]:
    """(panel title, legend, PromQL) for every target of every panel, Grafana's range variables made 1m."""
    dashboard = json.loads(DASHBOARD.read_text(encoding="utf-8"))
    panels = list(dashboard["panels"])
    for panel in dashboard["panels"]:  # panels inside collapsed rows
        panels.extend(panel.get("panels", []))
    found = []
    for panel in panels:
        for target in panel.get("targets", []):
            expr = target["expr"]
            for variable in GRAFANA_RANGES:
                expr = expr.replace(variable, "1m")
            assert "$" not in expr, f"{panel['title']}: a Grafana variable this test does not fill: {expr}"
            found.append((panel["title"], target.get("legendFormat", ""), expr))
    assert found
    return found


def metric_names(expr: str) -> set[str]:
    """The metric names a PromQL expression selects: what is left once strings, label matchers, ranges,
    grouping clauses, function and aggregation names and keywords are taken out."""
    bare = re.sub(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'', '""', expr)
    bare = re.sub(r"\{[^}]*\}", " ", bare)
    bare = re.sub(r"\[[^\]]*\]", " ", bare)
    bare = re.sub(r"\b(?:by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", " ", bare)
    names = set()
    for match in re.finditer(r"(?<![\w.:])([a-zA-Z_:][\w:]*)(\s*\()?", bare):
        word, call = match.groups()
        if not call and word.lower() not in PROMQL_WORDS:
            names.add(word)
    return names


def family(name: str) -> str:
    for suffix in HISTOGRAM_SUFFIXES:
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def test_metric_names_are_found_in_expressions() -> None:
    expr = ('sum by (job, instance) (panchayat_memory_bytes{kind="malloc_in_use"}) - '
            'histogram_quantile(0.99, sum by (le) (rate(gateway_webhook_ack_seconds_bucket{a=~"x|y"}[5m]))) '
            'or on (job) increase(panchayat_dead_letters_total[1h] offset 5m) > bool 0')
    assert metric_names(expr) == {"panchayat_memory_bytes", "gateway_webhook_ack_seconds_bucket",
                                  "panchayat_dead_letters_total"}


def test_the_scrape_config_is_valid() -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool is not installed (scripts/setup-system --ci installs Debian's prometheus)")
    result = subprocess.run([promtool, "check", "config", str(SCRAPE_CONFIG)], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 0, result.stdout + result.stderr


def local_scrape_config(port: int) -> dict[str, Any]:
    """ops/prometheus.yml with every DNS-discovered job scraping ``panchayat run`` (which serves every role's
    metrics on its one port), once per compose name, labelled as DNS discovery labels it, so each job's
    relabelling runs as it does in compose. Scraped every second. The broker's job is left out: no RabbitMQ
    with its Prometheus plugin runs here."""
    config = yaml.safe_load(SCRAPE_CONFIG.read_text(encoding="utf-8"))
    config["global"] = {**config.get("global", {}), "scrape_interval": "1s", "scrape_timeout": "1s"}
    jobs = []
    for job in config["scrape_configs"]:
        if job["job_name"] == "rabbitmq-queues":
            continue
        discovered = job.pop("dns_sd_configs", [])
        assert discovered, f"{job['job_name']}: a job this test does not know how to run locally"
        job["static_configs"] = [{"targets": [f"127.0.0.1:{port}"], "labels": {"__meta_dns_name": name}}
                                 for sd in discovered for name in sd["names"]]
        jobs.append(job)
    config["scrape_configs"] = jobs
    return config


def start_system(data_dir: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AMQP_URL", "MONGODB_URL", "WHATSAPP_"))}
    env |= {"PANCHAYAT_DATA_DIR": str(data_dir), "GATEWAY_PORT": str(port), "PANCHAYAT_RETRY_DELAYS": "0.1,0.1"}
    return spawn([sys.executable, "-m", "shared.cli", "run"], log, env)


def drive(base: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    """Enough traffic for every metric family to have a sample."""
    def answers(wa_id: str) -> int:
        messages = get(f"{base}/_sim/messages", {"wa_id": wa_id, "after": "0", "wait": "0.2"})["messages"]
        return sum(m["by"] == "business" for m in messages)

    for body in ({"text": "hello"}, {"reply": {"id": "shell:lang:en", "title": "English", "type": "button"}},
                 {"text": "download TNOC/2026/000045"}):
        before = answers(PERSON)
        post(f"{base}/_sim/send", {"wa_id": PERSON, "name": "Rina Das", **body})
        wait_for("an answer", lambda before=before: answers(PERSON) > before, proc, log, 15)
    # An error the sender escalates (our own token refused) on every try: retried, then dead-lettered.
    post(f"{base}/_sim/fail", {"code": 190, "times": 3, "to": ESCALATED})
    post(f"{base}/_sim/send", {"wa_id": ESCALATED, "name": "Test", "text": "hello"})
    wanted = ("panchayat_dead_letters_total{", "panchayat_workers_memory_bytes{", "panchayat_sender_api_errors_total{")
    wait_for("the dead letter and the PDF workers' memory on /metrics",
             lambda: all(w in get(f"{base}/metrics") for w in wanted), proc, log, 15)


def stop(proc: subprocess.Popen[bytes], sig: int) -> None:
    if proc.poll() is None:
        proc.send_signal(sig)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_every_dashboard_query_runs_on_prometheus_against_the_running_system(tmp_path: Path) -> None:
    prometheus, promtool = shutil.which("prometheus"), shutil.which("promtool")
    if prometheus is None or promtool is None:
        pytest.skip("the prometheus and promtool binaries are not installed (scripts/setup-system --ci installs "
                    "Debian's prometheus)")
    port, prom_port = free_port(), free_port()
    base, prom = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{prom_port}"
    config = tmp_path / "prometheus.yml"
    config.write_text(yaml.safe_dump(local_scrape_config(port)), encoding="utf-8")
    checked = subprocess.run([promtool, "check", "config", str(config)], capture_output=True, text=True, timeout=30)
    assert checked.returncode == 0, checked.stdout + checked.stderr

    system_log, server_log = tmp_path / "panchayat.log", tmp_path / "prometheus.log"
    system = start_system(tmp_path / "data", port, system_log)
    server = None
    try:
        wait_for("panchayat run to be ready", lambda: get(f"{base}/readyz").get("status") == "ok", system,
                 system_log, 60)
        drive(base, system, system_log)
        server = spawn([prometheus, f"--config.file={config}", f"--storage.tsdb.path={tmp_path / 'tsdb'}",
                        f"--web.listen-address=127.0.0.1:{prom_port}", "--log.level=warn"], server_log)
        wait_for("Prometheus to be ready", lambda: "Ready" in get(f"{prom}/-/ready"), server, server_log, 30)

        def scraped() -> bool:  # every target up, each scraped often enough for rate() over a minute
            targets = get(f"{prom}/api/v1/query", {"query": "count_over_time(up[1m])"})["data"]["result"]
            up = get(f"{prom}/api/v1/query", {"query": "min(up)"})["data"]["result"]
            return bool(targets) and min(float(t["value"][1]) for t in targets) >= 3 and up[0]["value"][1] == "1"

        wait_for("three scrapes of every target", scraped, server, server_log, 30)

        names = set(get(f"{prom}/api/v1/label/__name__/values")["data"])
        problems = []
        for title, legend, expr in expressions():
            answer = get(f"{prom}/api/v1/query", {"query": expr})
            if answer.get("status") != "success":
                problems.append(f"{title}: {expr}: {answer.get('errorType')}: {answer.get('error')}")
                continue
            if not metric_names(expr):
                problems.append(f"{title}: {expr}: no metric name found in it")
            ours = {n for n in metric_names(expr) if not n.startswith(NOT_CHECKED)}
            problems += [f"{title}: {expr}: no series named {n} was scraped" for n in sorted(ours - names)]
            if not ours:
                continue
            result = answer["data"]["result"]
            if not result:
                problems.append(f"{title}: {expr}: no series (a label or a label value that is never exported?)")
            for label in re.findall(r"\{\{\s*(\w+)\s*\}\}", legend):
                if not any(label in series["metric"] for series in result):
                    problems.append(f"{title}: the legend shows {{{{{label}}}}}, which no series of {expr} has")
        listed = set(re.findall(r"^\| `([a-z_:]+)`", GUIDE.read_text(encoding="utf-8"), re.M))
        ours = {n for n in listed if not n.startswith(NOT_CHECKED)}
        assert ours, "no metric found in the table of docs/metrics.md"
        scraped = names | {family(n) for n in names}
        problems += [f"docs/metrics.md lists {n}, which was not scraped" for n in sorted(ours - scraped)]
        used = {family(n) for _, _, expr in expressions() for n in metric_names(expr)}
        problems += [f"the dashboard uses {n}, which docs/metrics.md does not list" for n in sorted(used - listed)]
        assert not problems, "\n".join(problems)
    finally:
        if server is not None:
            stop(server, signal.SIGTERM)
        stop(system, signal.SIGINT)
    assert system.returncode == 0, tail(system_log)
