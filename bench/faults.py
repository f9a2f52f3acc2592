"""Faults under load: ``python bench/faults.py --amqp-url URL --node NODE``.

The RabbitMQ system runs with two copies of the tourism service while simulated people talk to it
(bench/load.py's conversations, at ``--rate``). Meanwhile, in turn: one tourism copy is killed with
SIGKILL and started again; the sender is killed the same way and started again; then the broker's
application is stopped and started (``rabbitmqctl stop_app`` / ``start_app`` on ``--node``), while the
people re-send every refused webhook after a growing pause, as the Cloud API does. Afterwards it
prints, and checks: every inbound message got exactly one answer (losses and duplicates counted), no
booking is doubled, and no queue of the system holds a message. Exit status 1 if any check fails.

The broker restart stops every client of ``--node``: give the script a node of its own (see
docs/RELIABILITY.md for starting one on other ports), or ``--no-broker-restart`` on a shared one.
``--cut-connections`` adds a lighter fault that a shared node takes: every connection to the system's vhost is
closed by the broker (``rabbitmqctl close_all_connections --vhost``), as a network cut or a failover does to its
clients, who reconnect by themselves; nothing else on the node is touched.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote, urlparse

import aio_pika

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import load  # noqa: E402
from bench.sink import Sink  # noqa: E402
from bench.system import DELAYS, ROLE_QUEUES, System  # noqa: E402
from shared.bus import RetryPolicy  # noqa: E402
from shared.bus.topology import dead_queue, later_queue, retry_queue  # noqa: E402


def log(text: str) -> None:
    print(f"   · {time.monotonic():.1f} {text}", flush=True)


def duplicates(sink: Sink, people: list[str]) -> list[str]:
    """Each answer a person got twice: when each copy reached the sink, to set beside the faults' times."""
    lines = []
    for person in people:
        seen: dict[str, list[float]] = {}
        for arrival in sink.replies.get(person, []):
            seen.setdefault(json.dumps(arrival.body, sort_keys=True), []).append(arrival.at)
        twice = [(body, times) for body, times in seen.items() if len(times) > 1]
        for body, times in twice:
            lines.append(f"  duplicate to {person} at {', '.join(f'{t:.1f}' for t in times)}: {body[:160]}")
        if not twice:  # one answer too many, but no two alike: show them all, to tell which step it answered
            lines.append(f"  one answer too many to {person}, none repeated; all they got:")
            lines += [f"    {a.at:.1f} {json.dumps(a.body, sort_keys=True)[:200]}"
                      for a in sink.replies.get(person, [])]
    return lines


def rabbitmqctl(node: str, *args: str) -> str:
    """``node`` empty: the local node rabbitmqctl finds by itself."""
    done = subprocess.run(["rabbitmqctl", *(["-n", node] if node else []), "-q", *args], capture_output=True,
                          text=True, timeout=120)
    if done.returncode:
        raise RuntimeError(f"rabbitmqctl {' '.join(args)}: {done.stderr.strip()}")
    return done.stdout


async def stuck(url: str, delays: tuple[float, ...] = DELAYS) -> dict[str, int]:
    """Messages still waiting in the system's queues, their wait and dead queues included, after the run,
    each read by a passive declare (no management plugin or rabbitmqctl needed)."""
    names = [n for q in ROLE_QUEUES
             for n in (q, dead_queue(q), later_queue(q, RetryPolicy().later), *(retry_queue(q, d) for d in delays))]
    found = {}
    connection = await aio_pika.connect(url)
    async with connection:
        for name in names:
            channel = await connection.channel()
            try:
                queue = await channel.declare_queue(name, passive=True)
            except aio_pika.exceptions.ChannelClosed:
                continue  # never declared: nothing can be stuck in it
            if queue.declaration_result.message_count:
                found[name] = queue.declaration_result.message_count
            await channel.close()
    return found


async def kill_and_restart(system: System, name: str, down: float) -> None:
    system.role(name).kill()
    log(f"kill -9 {name}; down for {down:.0f} s")
    await asyncio.sleep(down)
    await system.restart(name)
    log(f"{name} is ready again")


def faults(args: argparse.Namespace) -> load.During:
    async def during(system: System) -> None:
        await asyncio.sleep(args.warmup)
        for n, name in enumerate(args.kill.split(",") if args.kill else []):
            if n:
                await asyncio.sleep(args.between)
            await kill_and_restart(system, name, args.down)
        for _ in range(args.cut_connections):
            await asyncio.sleep(args.between)
            vhost = unquote(urlparse(args.amqp).path[1:]) or "/"
            await asyncio.to_thread(rabbitmqctl, args.node, "close_all_connections", "--vhost", vhost, "fault drill")
            log(f"every connection to vhost {vhost} closed by the broker")
        if args.broker_restart:
            await asyncio.sleep(args.between)
            await asyncio.to_thread(rabbitmqctl, args.node, "stop_app")
            log(f"broker {args.node} stopped; down for {args.down:.0f} s")
            await asyncio.sleep(args.down)
            await asyncio.to_thread(rabbitmqctl, args.node, "start_app")
            log("broker started again")
        await asyncio.sleep(args.between)

    return during


def parser() -> argparse.ArgumentParser:
    cli = load.parser()
    cli.description = __doc__.splitlines()[0]
    cli.set_defaults(rate=50.0, seconds=40.0, shapes="rabbit", copies=2, answer_timeout=90.0, settle=5.0)
    cli.add_argument("--amqp-url", dest="amqp", default=load.DEFAULT_AMQP)
    cli.add_argument("--node", default="rabbit@localhost", help="the broker node rabbitmqctl restarts")
    cli.add_argument("--kill", default="tourism-1,sender", help="roles to kill -9 and restart, in turn")
    cli.add_argument("--no-broker-restart", dest="broker_restart", action="store_false")
    cli.add_argument("--cut-connections", type=int, nargs="?", const=1, default=0, metavar="TIMES",
                     help="after the kills, the broker closes every connection to the system's vhost "
                          "(TIMES times, --between apart; once when no number is given)")
    cli.add_argument("--warmup", type=float, default=4.0, help="seconds of load before the first fault")
    cli.add_argument("--between", type=float, default=4.0, help="seconds between faults")
    cli.add_argument("--down", type=float, default=3.0, help="seconds a killed role or the broker stays down")
    return cli


async def main(args: argparse.Namespace) -> int:
    queues: dict[str, int] = {}

    async def inspect(system: System) -> None:
        queues.update(await stuck(args.amqp))

    sink = Sink()
    result = await load.measure("rabbit", args, copies=args.copies, during=faults(args), inspect=inspect, sink=sink,
                                title=f"rabbit under faults: {args.rate:.0f} messages/s offered, "
                                      f"{args.copies} tourism copies")
    print("\n".join(result.lines()))
    print("\n".join(duplicates(sink, result.doubled_people)))
    for lost in result.unanswered:
        print(f"  no answer to {lost.person}'s {lost.step} (sent at {lost.began:.1f}, webhook status {lost.status}, "
              f"{lost.tries} tries)")
    print(f"  messages left in the system's queues: {queues or 'none'}")
    ok = not (result.losses or result.duplicates or result.doubled_bookings or result.missing_bookings or queues
              or result.unread)
    print("  verdict:", "every inbound answered exactly once and marked read, nothing stuck" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    from shared.logging import configure_logging
    configure_logging("WARNING")
    sys.exit(asyncio.run(main(parser().parse_args())))
