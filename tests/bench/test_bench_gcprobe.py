"""``bench/gcprobe``: a child process started with it on its path writes what its collections cost, the report
prints it per process, and ``GCPROBE_UNSETTLED`` leaves the collector as Python sets it, for comparison."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = ROOT / "bench" / "gcprobe"
CHILD = """
import gc, time
from shared import collector
collector.settle()
for _ in range(20000):  # cycles: each young collection has something to find
    a = []; a.append(a)
print(gc.get_threshold()[0], gc.get_freeze_count() > 0)
time.sleep(2.5)  # the probe writes every two seconds
"""


def run_child(out: Path, **extra: str) -> str:
    env = {**os.environ, "GCPROBE": str(out), "PYTHONPATH": os.pathsep.join([str(PROBE), str(ROOT)]), **extra}
    done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().splitlines()[-1]  # after the settle's own log line


def test_the_probe_counts_collections_and_the_report_prints_them(tmp_path):
    assert run_child(tmp_path) == "10000 True"  # settled: frozen, young collections spaced
    [written] = tmp_path.glob("*.json")
    totals = json.loads(written.read_text())
    assert totals["collections"][0] >= 1 and totals["frozen"] > 0
    assert totals["process_cpu_s"] > 0 and all(t >= 0 for t in totals["cpu_s"])
    report = subprocess.run([sys.executable, str(PROBE / "report.py"), str(tmp_path)], capture_output=True,
                            text=True, timeout=60, check=True).stdout.splitlines()
    assert len(report) == 2 and report[1].startswith("-c ")
    assert "/".join(str(n) for n in totals["collections"]) in report[1]


def test_unsettled_leaves_pythons_own_collector_settings(tmp_path):
    assert run_child(tmp_path, GCPROBE_UNSETTLED="1") == "700 False"
    [written] = tmp_path.glob("*.json")
    assert json.loads(written.read_text())["frozen"] == 0
