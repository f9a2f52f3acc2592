"""Where each role's CPU goes, by kind of work: ``python bench/spy.py RUN.raw``.

Reads py-spy's raw (collapsed) output of a load run with its subprocesses::

    py-spy record -r 100 -s -f raw -o run.raw -- python bench/load.py --amqp URL --shapes rabbit --rate 0 \\
        --no-flat-out --people 600 --concurrency 50 --vouchers 0 --bare-count 1
    python bench/spy.py run.raw

and prints, for each role, the share of its samples spent in each kind of work, by the innermost frame of
each sample (py-spy gives the time a C call takes to the Python line that made it, so "SQLite statements"
is the time inside sqlite3's calls, "event loop and sockets" includes the send and receive system calls).
Samples taken while a process was starting (importing) and those of the store's writer thread waiting for
work (py-spy counts that thread as busy) are left out. A process is named by what its stacks run, since
py-spy may read a child's command line before it has exec'd.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

OURS = ("shared", "gateway", "services")
Kind = tuple[str, Callable[[str], bool]]
KINDS: tuple[Kind, ...] = (
    ("SQLite statements", lambda path: path.startswith("shared/store/sqlite")),
    ("event loop and sockets", lambda path: path.startswith(("asyncio/", "selectors.py"))),
    ("HTTP (aiohttp, multidict, yarl)", lambda path: path.startswith(("aiohttp/", "multidict/", "yarl/"))),
    ("AMQP (aio_pika, aiormq, pamqp)", lambda path: path.startswith(("aio_pika/", "aiormq/", "pamqp/"))),
    ("pydantic", lambda path: path.startswith("pydantic")),
    ("json", lambda path: path.startswith("json/")),
    ("metrics (prometheus_client)", lambda path: path.startswith("prometheus_client/")),
    ("our own Python", lambda path: path.split("/")[0] in OURS),
    ("other", lambda path: True),
)
_FRAME = re.compile(r"\((.*?):\d+\)$")
_PROCESS = re.compile(r"process (\d+)")


def role_of(frames: Iterable[str]) -> str | None:
    """The role a stack belongs to, when it shows: the sender, the gateway, a service, or None (a stack of
    a process that ``panchayat`` did not start: the load generator, a PDF worker)."""
    joined = ";".join(frames)
    if "(shared/cli.py:" not in joined:
        return None
    if "gateway/sender/" in joined:
        return "sender"
    if re.search(r"\(gateway/", joined):
        return "gateway"
    service = re.search(r"\(services/(\w+)/", joined)
    return service.group(1) if service else None


def kind_of(leaf: str) -> str:
    match = _FRAME.search(leaf)
    path = match.group(1) if match else leaf
    return next(name for name, test in KINDS if test(path))


def _left_out(frames: list[str]) -> bool:
    return any("importlib" in f or "concurrent/futures/thread.py" in f for f in frames)


def shares(lines: Iterable[str]) -> dict[str, Counter[str]]:
    """Samples by role and kind of work, from py-spy's raw lines (``frame;frame;... count``)."""
    by_pid: dict[str, Counter[str]] = defaultdict(Counter)
    roles: dict[str, Counter[str]] = defaultdict(Counter)
    for line in lines:
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack or not count.isdigit():
            continue
        frames = stack.split(";")
        processes = [f for f in frames if f.startswith("process ")]
        code = [f for f in frames if not f.startswith("process ")]
        if not processes or not code:
            continue
        pid = _PROCESS.match(processes[-1]).group(1)  # type: ignore[union-attr]
        role = role_of(code)
        if role is not None:
            roles[pid][role] += int(count)
        if not _left_out(code):
            by_pid[pid][kind_of(code[-1])] += int(count)
    found: dict[str, Counter[str]] = defaultdict(Counter)
    for pid, kinds in by_pid.items():
        if roles[pid]:
            found[roles[pid].most_common(1)[0][0]].update(kinds)
    return dict(found)


def table(found: dict[str, Counter[str]]) -> str:
    names = sorted(found)
    rows = [f"| kind of work | {' | '.join(names)} |", "|---|" + "---|" * len(names)]
    for kind, _ in KINDS:
        cells = [f"{100 * found[n][kind] / max(1, sum(found[n].values())):.0f} %" for n in names]
        rows.append(f"| {kind} | {' | '.join(cells)} |")
    rows.append(f"| samples | {' | '.join(str(sum(found[n].values())) for n in names)} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("raw", help="py-spy's output with -f raw and -s")
    args = parser.parse_args()
    with open(args.raw, encoding="utf-8") as lines:
        print(table(shares(lines)))


if __name__ == "__main__":
    main()
