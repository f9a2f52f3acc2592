"""What a process costs, read from ``/proc`` (Linux): CPU seconds and current and peak resident memory.

Read from outside, so that measuring a role changes nothing in it and needs nothing installed in it.
"""
from __future__ import annotations

import os
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Usage:
    cpu_seconds: float
    rss_mb: float
    peak_rss_mb: float


def usage(pid: int) -> Usage:
    """CPU seconds (user + system) and current / peak resident memory of a live process."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / TICKS
    status = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    kb = lambda key: int(status.get(key, "0 kB").split()[0])  # noqa: E731
    return Usage(cpu, kb("VmRSS") / 1024, kb("VmHWM") / 1024)


def process_tree() -> dict[int, list[int]]:
    """Each live process's children, read from ``/proc`` once."""
    children: dict[int, list[int]] = defaultdict(list)
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children[parent].append(int(stat.parent.name))
    return children


def descendants(pid: int, tree: dict[int, list[int]]) -> list[int]:
    """Every process below ``pid`` in ``tree`` (a service's PDF render workers and multiprocessing's helper)."""
    found, todo = [], [pid]
    while todo:
        below = tree.get(todo.pop(), [])
        found += below
        todo += below
    return found


def usage_together(pids: list[int]) -> Usage | None:
    """The sum over ``pids`` still alive (peak RSS: the sum of each one's peak), None when none is."""
    uses = []
    for pid in pids:
        try:
            uses.append(usage(pid))
        except (OSError, IndexError, ValueError):  # ended meanwhile
            continue
    if not uses:
        return None
    return Usage(sum(u.cpu_seconds for u in uses), sum(u.rss_mb for u in uses), sum(u.peak_rss_mb for u in uses))


def local_broker_cpu() -> float | None:
    """CPU seconds of every RabbitMQ node on this machine (``beam.smp`` processes), None when none runs here:
    the broker's share of the machine, beside the roles'."""
    total, found = 0.0, False
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        name, rest = text.split("(", 1)[1].rsplit(")", 1)
        if name.startswith("beam"):
            fields = rest.split()
            total += (int(fields[11]) + int(fields[12])) / TICKS
            found = True
    return total if found else None


def own_peak_rss() -> float:
    return usage(os.getpid()).peak_rss_mb
