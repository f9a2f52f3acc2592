"""What a process costs, read from ``/proc`` (Linux): CPU seconds and current and peak resident memory.

Read from outside, so that measuring a role changes nothing in it and needs nothing installed in it.
"""
from __future__ import annotations

import os
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
