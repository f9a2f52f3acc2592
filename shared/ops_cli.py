"""``panchayat status`` and ``panchayat dlq``: the ops commands' arguments and their printed answers.

Both speak to RabbitMQ (``AMQP_URL``): the in-process bus of ``panchayat run`` keeps nothing between
processes to inspect. The queues are the roles' own: ``gateway``, ``sender`` and every registered service.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from services import registry
from shared.bus import BusError
from shared.settings import Settings, require

if TYPE_CHECKING:
    from shared.bus.rabbit import RabbitBus

ROLES = ("gateway", "sender")


def queues() -> list[str]:
    return [*ROLES, *registry.names()]


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    sub.add_parser("status", help="per role: messages ready, consumers, retries waiting, dead letters (RabbitMQ)",
                   description="Reads each role's queue on the broker at AMQP_URL.")
    dlq = sub.add_parser("dlq", help="dead letters of a role: list, show one, replay (RabbitMQ)",
                         description="Dead letters are messages that failed every retry; replay gives them "
                                     "another full set of tries. Nothing is removed until the broker confirmed "
                                     "the replayed copy.")
    actions = dlq.add_subparsers(dest="action", required=True, metavar="ACTION")
    for name, text in (("list", "one line per dead letter"), ("show", "one dead letter in full, as JSON"),
                       ("replay", "send dead letters back to the queue for another try")):
        action = actions.add_parser(name, help=text)
        action.add_argument("service", metavar="SERVICE", help=f"one of: {', '.join(queues())}")
        if name == "show":
            action.add_argument("id", metavar="ID", help="the envelope id (from `dlq list`)")
        if name == "replay":
            which = action.add_mutually_exclusive_group(required=True)
            which.add_argument("--id", action="append", dest="ids", metavar="ID", help="replay this one (repeatable)")
            which.add_argument("--all", action="store_true", help="replay every dead letter of SERVICE")
        if name == "list":
            action.add_argument("--limit", type=_count, default=100, help="at most this many (default 100)")


def _count(text: str) -> int:
    """A limit of 0 or less listed nothing, which read as "no dead letters"."""
    try:
        count = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number, not {text!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError(f"at least 1, not {count}")
    return count


async def command(args: argparse.Namespace, settings: Settings) -> int:
    from shared.bus.rabbit import RabbitBus  # the broker's client, for these commands alone (not for --help)

    require(settings, "AMQP_URL")
    if args.command == "dlq" and args.service not in queues():
        print(f"panchayat: no role {args.service!r}; known: {', '.join(queues())}", file=sys.stderr)
        return 2
    bus = RabbitBus(settings.secret("AMQP_URL"))
    try:
        await bus.start()
    except BusError as exc:
        print(f"panchayat: {exc}", file=sys.stderr)
        return 1
    try:
        return await _run(args, settings, bus)
    finally:
        await bus.close(1)


async def _run(args: argparse.Namespace, settings: Settings, bus: RabbitBus) -> int:
    from gateway.sender.config import load_tuning
    from shared.ops import dead_letters, replay, status

    if args.command == "status":
        print(f"{'queue':<14}{'ready':>8}{'consumers':>11}{'retrying':>10}{'dead':>8}")
        for row in await status(bus, queues(), settings.retry_delays, {"sender": load_tuning().late_resends}):
            print(f"{row.queue:<14}{row.ready:>8}{row.consumers:>11}{row.waiting:>10}{row.dead:>8}")
        return 0
    if args.action == "list":
        for letter in await dead_letters(bus, args.service, args.limit):
            print(f"{letter.id}\t{letter.type}\t{letter.occurred_at}\tattempts={letter.attempts}\t{letter.error}")
        return 0
    if args.action == "show":
        found = [x for x in await dead_letters(bus, args.service, 10_000) if x.id == args.id]
        if not found:
            print(f"panchayat: no dead letter {args.id} in {args.service}.dead", file=sys.stderr)
            return 1
        print(json.dumps(found[0].__dict__, ensure_ascii=False, indent=2))
        return 0
    missing: list[str] = []
    if not args.all:  # a mistyped id is said, not passed over as "replayed 0"
        present = {x.id for x in await dead_letters(bus, args.service, 10_000)}
        missing = [i for i in dict.fromkeys(args.ids) if i not in present]
    wanted = None if args.all else set(args.ids) - set(missing)
    count = await replay(bus, args.service, wanted) if wanted is None or wanted else 0
    print(f"replayed {count} dead letter(s) to {args.service}")
    if missing:
        print(f"panchayat: no dead letter {', '.join(missing)} in {args.service}.dead (see dlq list)", file=sys.stderr)
        return 1
    return 0
