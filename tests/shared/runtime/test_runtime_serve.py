"""``serve`` as a process: it answers its probes, sets the collector for a long run once started, and SIGTERM
stops it gracefully with status 0."""
from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from bench.ports import free_port

HERE = Path(__file__).parent
PROGRAM = """
import asyncio, sys
sys.path.insert(0, {here!r})
from echo_service import echo_spec
from shared.logging import configure_logging
from shared.runtime import ServiceRuntime, serve
from shared.settings import load_settings
from shared.wiring import make_bus, make_store

configure_logging("INFO", json=True)
settings = load_settings(PANCHAYAT_DATA_DIR={data!r}, AMQP_URL=None, MONGODB_URL=None)
runtime = ServiceRuntime(echo_spec(), bus=make_bus(settings), store=make_store(settings, "echo"), settings=settings)
asyncio.run(serve([runtime], settings, {port}, host="127.0.0.1"))
"""


def get(url: str) -> tuple[int, dict]:
    with urllib.request.urlopen(url, timeout=5) as answer:
        return answer.status, json.loads(answer.read())


def test_serve_answers_probes_then_stops_on_sigterm(tmp_path):
    port = free_port()
    program = PROGRAM.format(here=str(HERE), data=str(tmp_path), port=port)
    process = subprocess.Popen([sys.executable, "-c", program], stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(200):  # waits for start-up; bounded only so a broken start cannot hang the suite
            try:
                health = get(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                time.sleep(0.05)
        else:
            raise AssertionError("the process never answered /healthz")
        assert health == (200, {"status": "ok"})
        assert get(f"http://127.0.0.1:{port}/readyz") == (200, {"status": "ok"})
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        process.kill()
    log = process.stderr.read()
    assert "process.stopping" in log and "Traceback" not in log
    settled = [json.loads(line) for line in log.splitlines() if "process.collector_settled" in line]
    assert len(settled) == 1, log
    assert settled[0]["young_every"] == 10_000
    assert settled[0]["frozen"] > 10_000  # the modules and schemas of a started role, out of the collector's sight
    assert (tmp_path / "auth.sqlite3").exists() and (tmp_path / "echo.sqlite3").exists()
