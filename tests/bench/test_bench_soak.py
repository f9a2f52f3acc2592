"""The soak's verdict, and its sampler on a short run: memory in use outside SQLite, read from each role's
/metrics, decides where a role serves it; RSS alone where it does not."""
from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # bench/ is scripts, not an installed package

from bench import soak  # noqa: E402

MINUTES = [m * 60.0 for m in range(10)]


def series(start: float, per_minute: float) -> list[tuple[float, float]]:
    return [(t, start + per_minute * t / 60) for t in MINUTES]


def test_rss_climbing_with_memory_in_use_flat_is_the_heap_settling_not_a_leak() -> None:
    lines, ok = soak.verdict({"gateway": series(100, 0.2)}, 50.0, {"gateway": series(25, 0.0)})
    assert ok and "no leak, the heap settling" in lines[0]


def test_memory_in_use_climbing_is_a_leak_whatever_rss_does() -> None:
    lines, ok = soak.verdict({"sender": series(70, 0.0)}, 50.0, {"sender": series(20, 0.2)})
    assert not ok and "GROWS (in use)" in lines[0]


def test_without_figures_in_use_rss_decides() -> None:
    lines, ok = soak.verdict({"tourism-1 workers": series(130, 0.2)}, 50.0, {})
    assert not ok and lines[0].endswith("GROWS")
    lines, ok = soak.verdict({"tourism-1 workers": series(130, 0.0)}, 50.0, {})
    assert ok and lines[0].endswith("no unbounded growth")


async def test_a_short_soak_reads_memory_in_use_from_the_role(capsys) -> None:
    args = soak.parser().parse_args(["--shape", "inprocess", "--minutes", "0.1", "--every", "1", "--rate", "5",
                                     "--vouchers", "0", "--settle", "0.5", "--quiet", "0.5", "--think", "0.2"])
    await soak.main(args)  # six seconds give no verdict worth the name: only the figures are checked
    out = capsys.readouterr().out
    samples = [re.search(r" run \d+ MB \(([\d.]+) in use, ([\d.]+) of it SQLite's\)", line)
               for line in out.splitlines() if " min  run " in line]
    assert len(samples) >= 4 and all(samples)  # the allocator's figure beside RSS, SQLite's share of it
    first = samples[0]
    assert first is not None and float(first.group(1)) > float(first.group(2)) > 0  # the stores are SQLite
    run = next(line for line in out.splitlines() if line.startswith("  run ") and "RSS" in line)
    judged = re.search(r"; in use outside SQLite +([\d.]+) →", run)  # the verdict is taken on the rest
    assert judged is not None
    assert abs(float(judged.group(1)) - (float(first.group(1)) - float(first.group(2)))) < 0.011
    assert "exactly once: losses 0  duplicates 0" in out


def jitter(points: list[tuple[float, float]], mb: float) -> list[tuple[float, float]]:
    return [(t, y + (mb if n % 2 else -mb)) for n, (t, y) in enumerate(points)]


def test_a_slope_the_scatter_cannot_tell_from_the_limit_is_not_settled_and_not_a_pass() -> None:
    """A role's memory in use jumping by a megabyte between samples over ten minutes: a slope of 2 MB/h
    (48 MB a day, under the 50 limit) is there or not, the samples cannot say; the run must not pass it."""
    noisy = jitter(series(25, 2 / 60), 1.0)
    lines, ok = soak.verdict({"gateway": series(100, 0.0)}, 50.0, {"gateway": noisy})
    assert not ok and "NOT SETTLED" in lines[0]
    per_hour, margin = soak.fit(noisy[5:])
    assert margin > abs(per_hour - 2.0) and margin > 50 / 24 - per_hour


def test_the_same_scatter_over_a_long_run_settles_it() -> None:
    """The same jumps, sampled every 15 s for two hours: the margin shrinks and the flat series passes, the
    climbing one is flagged."""
    minutes = [m * 15.0 for m in range(480)]
    flat = jitter([(t, 25.0) for t in minutes], 1.0)
    lines, ok = soak.verdict({"gateway": [(t, 100.0) for t in minutes]}, 50.0, {"gateway": flat})
    assert ok and lines[0].endswith("no leak")
    climbing = jitter([(t, 25.0 + 6 * t / 3600) for t in minutes], 1.0)
    lines, ok = soak.verdict({"gateway": [(t, 100.0) for t in minutes]}, 50.0, {"gateway": climbing})
    assert not ok and "GROWS (in use)" in lines[0]


def test_points_on_a_line_have_no_margin_and_too_few_have_no_slope() -> None:
    assert soak.fit(series(10, 0.5)) == (30.0, 0.0)
    assert soak.fit(series(10, 0.5)[:2]) == (0.0, float("inf"))


def test_a_roles_workers_are_judged_by_what_their_renders_brought_back() -> None:
    from prometheus_client import CollectorRegistry, generate_latest

    from bench.system import memory_in_use
    from shared import heap

    heap.forget_workers()  # workers of renders in earlier tests of this process (tourism's vouchers) reported theirs
    registry = CollectorRegistry()
    heap.register(registry)
    assert set(memory_in_use("tourism-1", generate_latest(registry).decode())) == {"tourism-1"}  # none yet
    try:
        heap.report(4242, heap.Heap(48 * 1024 * 1024, 0, 60 * 1024 * 1024, 1024 * 1024))
        found = memory_in_use("tourism-1", generate_latest(registry).decode())
    finally:
        heap.forget_workers()
    assert found["tourism-1 workers"] == (48.0, 1.0)
    assert found["tourism-1"][0] != 48.0  # the role's own figure stays its own
