"""Soak: ``python bench/soak.py [--minutes 30] [--rate 20] [--shape rabbit|inprocess]``.

A steady load (bench/load.py's conversations at ``--rate`` messages/s) for ``--minutes``, printing each
process's resident memory every ``--every`` seconds, and beside it what the role's C allocator has in use
(``panchayat_memory_bytes`` on its ``/metrics``; for its PDF workers, what their latest render brought back,
``panchayat_workers_memory_bytes``) and how much of that SQLite holds. Then a verdict per process
on growth: the slope of a least-squares line through the second half of the samples (the first half is
warm-up: caches, connection pools and the allocator settling), in MB per hour with its margin (two standard
errors), and the growth it projects over a day — for memory in use outside SQLite where the role serves it (a
leak raises it, while RSS also climbs as the heap settles to its high-water mark, and SQLite's page caches
fill towards their bound, 2 MB per connection, as the store's files grow), else for RSS. A process passes when
the slope plus its margin projects less than ``--limit`` MB a day, is flagged as growing when the slope less
its margin projects more, and is "not settled" between the two: its samples scatter too much for the run's
length, and a longer run (or more samples) decides. Not a CI test: it takes half an hour.
"""
from __future__ import annotations

import argparse
import asyncio
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import load  # noqa: E402
from bench.system import System  # noqa: E402

Samples = dict[str, list[tuple[float, float]]]


def fit(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Least-squares slope of (seconds, MB) points in MB per hour, and its margin: two standard errors of the
    slope (about 95 %), from the scatter of the points about the line; infinite below three points."""
    n = len(points)
    if n < 3:
        return 0.0, math.inf
    mx = sum(x for x, _ in points) / n
    my = sum(y for _, y in points) / n
    sxx = sum((x - mx) ** 2 for x, _ in points)
    if not sxx:
        return 0.0, math.inf
    b = sum((x - mx) * (y - my) for x, y in points) / sxx
    scatter = sum((y - my - b * (x - mx)) ** 2 for x, y in points) / (n - 2)
    return b * 3600, 2 * math.sqrt(scatter / sxx) * 3600


def judge(points: list[tuple[float, float]], limit: float) -> tuple[float, float, str]:
    """The second half's slope and margin, and what they say against ``limit`` MB a day: ``grows`` when
    even the slope less its margin projects past it, ``flat`` when the slope plus its margin stays within
    it, else ``unsettled``: the samples scatter too much for this run's length to tell."""
    per_hour, margin = fit(points[len(points) // 2:])
    bound = limit / 24
    word = "grows" if per_hour - margin > bound else "flat" if per_hour + margin <= bound else "unsettled"
    return per_hour, margin, word


UNSETTLED = "NOT SETTLED (the scatter hides a slope this small; a longer run tells)"


def verdict(samples: Samples, limit: float, in_use: Samples | None = None) -> tuple[list[str], bool]:
    """Per process, the slope of its second half with its margin. Where the role serves what its allocator
    has in use (``in_use``: outside SQLite's page caches, which fill towards their bound as the store's files
    grow), that decides: a leak raises it; RSS can climb while it stays flat, the heap settling to its
    high-water mark. The PDF workers' figure is what their last render brought back to their service; where a
    process says nothing (no render yet), RSS decides. The run passes only where the
    slope is shown within the limit: a slope the scatter leaves undecided is not a pass."""
    lines, ok = [], True
    for name, points in samples.items():
        per_hour, margin, rss_word = judge(points, limit)
        text = (f"  {name:<17} RSS {points[0][1]:6.0f} → {points[-1][1]:6.0f} MB; second half "
                f"{per_hour:+7.1f} ± {margin:.1f} MB/h ({per_hour * 24:+7.0f} MB/day)")
        used = (in_use or {}).get(name) or []
        if len(used) >= 4:
            used_per_hour, used_margin, word = judge(used, limit)
            judged = {"grows": "GROWS (in use)", "unsettled": UNSETTLED,
                      "flat": "no leak" if rss_word == "flat" else "no leak, the heap settling"}[word]
            text += (f"; in use outside SQLite {used[0][1]:5.2f} → {used[-1][1]:5.2f} MB, second half "
                     f"{used_per_hour:+6.2f} ± {used_margin:.2f} MB/h: {judged}")
        else:
            word = rss_word
            text += ": " + {"grows": "GROWS", "unsettled": UNSETTLED, "flat": "no unbounded growth"}[word]
        ok &= word == "flat"
        lines.append(text)
    return lines, ok


def sampler(args: argparse.Namespace, samples: Samples, in_use: Samples) -> load.During:
    async def during(system: System) -> None:
        began = time.monotonic()
        while (elapsed := time.monotonic() - began) < args.minutes * 60:
            usage = system.usage()
            for name, use in usage.items():
                samples[name].append((elapsed, use.rss_mb))
            used = await system.in_use()
            for name, (mb, sqlite) in used.items():
                in_use[name].append((elapsed, mb - sqlite))
            print(f"{elapsed / 60:5.1f} min  " + "  ".join(
                f"{n} {u.rss_mb:.0f} MB" + (f" ({used[n][0]:.2f} in use, {used[n][1]:.2f} of it SQLite's)"
                                            if n in used else "")
                for n, u in usage.items()), flush=True)
            await asyncio.sleep(args.every)
    return during


def parser() -> argparse.ArgumentParser:
    cli = load.parser()
    cli.description = __doc__.splitlines()[0]
    cli.set_defaults(rate=20.0)
    cli.add_argument("--minutes", type=float, default=30.0)
    cli.add_argument("--every", type=float, default=15.0, help="seconds between memory samples")
    cli.add_argument("--shape", default="rabbit", choices=("rabbit", "inprocess"))
    cli.add_argument("--limit", type=float, default=50.0, help="MB of projected growth a day that fails")
    return cli


async def main(args: argparse.Namespace) -> int:
    args.seconds = args.minutes * 60
    samples: Samples = defaultdict(list)
    in_use: Samples = defaultdict(list)
    result = await load.measure(args.shape, args, copies=args.copies, during=sampler(args, samples, in_use),
                                title=f"soak, {args.shape}: {args.rate:.0f} messages/s for {args.minutes:.0f} min")
    print("\n".join(result.lines()))
    lines, ok = verdict(samples, args.limit, in_use)
    print("\n".join(lines))
    return 0 if ok and not (result.losses or result.duplicates) else 1


if __name__ == "__main__":
    from shared.logging import configure_logging
    configure_logging("WARNING")
    sys.exit(asyncio.run(main(parser().parse_args())))
