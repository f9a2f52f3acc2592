"""``panchayat``: one command for every role, so a deployment is the same image with different arguments.

Settings come from the environment (``shared.settings``); a missing or malformed one ends the command
with one line naming it and exit status 2. Each role's module is imported only when it is asked for.
"""
from __future__ import annotations

import argparse
import asyncio
import inspect
import sys
import tempfile
from collections.abc import Callable, Sequence
from importlib import import_module
from typing import Any

from shared import ops_cli
from shared.auth import DEFAULT_DAYS, MAX_DAYS, ROLES, Tokens, days_problem, expired, parse_scope, scope_missing
from shared.bus import BusError
from shared.logging import configure_logging
from shared.settings import EXIT_CONFIG, Settings, load_settings
from shared.store import DuplicateKey, StoreError
from shared.wiring import make_store

ROLE_MAINS = {"run": "shared.run:main", "gateway": "gateway.main:main", "sender": "gateway.sender.main:main"}


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="panchayat", description="Smart Panchayat: panchayat services on WhatsApp.")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    sub.add_parser("run", help="the whole system in one process (in-process bus, embedded store, simulator)",
                   description="Gateway, sender, every service and the WhatsApp simulator in one process, with "
                               "demo data; the chat page is at http://127.0.0.1:GATEWAY_PORT/.")
    sub.add_parser("gateway", help="the public webhook endpoint (one role per process)",
                   description="Receives WhatsApp Cloud API webhooks on GATEWAY_PORT and publishes them to the bus.")
    sub.add_parser("sender", help="drains wa.outbound into the WhatsApp Cloud API",
                   description="Consumes wa.outbound and sends each message through the Cloud API, rate-limited.")
    service = sub.add_parser("service", help="one service consuming its queue, with its back office",
                             description="Runs one service; /healthz, /readyz, /metrics and /api/NAME/ on "
                                         "SERVICE_PORT.")
    service.add_argument("name", metavar="NAME", help="the service to run, e.g. tourism")
    ops_cli.add_parsers(sub)
    sub.add_parser("asyncapi", help="print the event catalog as an AsyncAPI 3 document (YAML)",
                   description="Every event other departments and ops can subscribe to: channels (routing keys), "
                               "payload schemas and examples. docs/asyncapi.yaml is this output.")
    token = sub.add_parser("token", help="back-office bearer tokens: create, list, revoke",
                           description="Tokens are shown once when created; only their hash is stored. A token "
                                       f"works for --days days from its creation (default {DEFAULT_DAYS}).")
    actions = token.add_subparsers(dest="action", required=True, metavar="ACTION")
    create = actions.add_parser("create", help="make a token and print it once")
    create.add_argument("--role", required=True, choices=sorted(ROLES), metavar="ROLE",
                        help=f"what the token may do: {', '.join(sorted(ROLES))}")
    create.add_argument("--name", help="who holds it (default: ROLE-<random>); used to revoke it")
    create.add_argument("--scope", type=_scope, default={}, help="area it covers: district=..,block=..,gp=..")
    create.add_argument("--days", type=_days, default=DEFAULT_DAYS, metavar="N",
                        help=f"how long it works, from now: 1 to {MAX_DAYS} days (default {DEFAULT_DAYS})")
    actions.add_parser("list", help="names, roles, scopes and dates: created, expires (never for tokens made "
                                    "before expiry existed), state (never the tokens)")
    revoke = actions.add_parser("revoke", help="stop a token from working")
    revoke.add_argument("name", metavar="NAME", help="the token's name: its --name, or the ROLE-<random> name "
                                                     "printed when it was made; token list shows them all")
    return top


def _scope(text: str) -> dict[str, str]:
    try:
        return parse_scope(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _days(text: str) -> int:
    try:
        days = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number of days, not {text!r}") from None
    if problem := days_problem(days):
        raise argparse.ArgumentTypeError(problem)
    return days


def main(argv: Sequence[str] | None = None) -> int:
    top = parser()
    args = top.parse_args(argv)
    if args.command == "token" and args.action == "create" and (missing := scope_missing(args.role, args.scope)):
        top.error(missing)
    if args.command == "asyncapi":
        from shared.asyncapi import render
        sys.stdout.write(render())
        return 0
    settings = load_settings()
    configure_logging(settings.LOG_LEVEL)
    if args.command not in ("status", "dlq") and (args.command == "run" or not settings.MONGODB_URL):
        if (problem := _data_dir_problem(settings)) is not None:
            print(problem, file=sys.stderr)
            return EXIT_CONFIG
    if args.command == "token":
        try:
            return asyncio.run(token_command(args, settings))
        except StoreError as exc:  # MongoDB out of reach: one line, as for a role
            print(f"panchayat: token {args.action}: cannot use the token store: {exc}", file=sys.stderr)
            return 1
    if args.command in ("status", "dlq"):
        return asyncio.run(ops_cli.command(args, settings))
    try:
        if args.command == "service":
            return run_service(args.name, settings)
        return _call(_import(ROLE_MAINS[args.command]), settings)
    except Exception as exc:
        from shared.documents.fonts import FontsMissing  # imported only now: most commands never render
        from shared.runtime.serve import PortTaken
        role = f"service {args.name}" if args.command == "service" else args.command
        if isinstance(exc, BusError | PortTaken):  # the broker out of reach, the port taken: no traceback
            print(f"panchayat: {role} cannot start: {exc}", file=sys.stderr)
            return 1
        if isinstance(exc, StoreError):  # MongoDB out of reach
            print(f"panchayat: {role} cannot start: store {exc}", file=sys.stderr)
            return 1
        if not isinstance(exc, FontsMissing):
            raise
        print(f"panchayat: {exc}", file=sys.stderr)  # the fix is in the message: no traceback to read past
        return EXIT_CONFIG


def _data_dir_problem(settings: Settings) -> str | None:
    """The one line to stop with when the embedded store's folder cannot be made (a file is in its place) or
    written in (SQLite makes its journal files beside each store). A folder made here is readable by this user
    alone: the stores hold people's numbers, complaints and pay."""
    try:
        settings.PANCHAYAT_DATA_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=settings.PANCHAYAT_DATA_DIR):
            pass
    except OSError as exc:
        return f"panchayat: setting PANCHAYAT_DATA_DIR={settings.PANCHAYAT_DATA_DIR} is not a usable folder: " \
               f"{exc.strerror or exc}"
    return None


def run_service(name: str, settings: Settings) -> int:
    from services import registry
    from shared.runtime.serve import serve_service
    try:
        spec = registry.load(name, load_demo=settings.demo_data())
    except KeyError:
        print(f"panchayat: no service {name!r}; known: {', '.join(registry.names()) or 'none'}", file=sys.stderr)
        return EXIT_CONFIG
    asyncio.run(serve_service(spec, settings))
    return 0


async def token_command(args: argparse.Namespace, settings: Settings) -> int:
    tokens = Tokens(make_store(settings, "auth"))
    await tokens.start()
    try:
        if args.action == "create":
            try:
                token, who = await tokens.create(args.role, name=args.name, scope=args.scope, days=args.days)
            except DuplicateKey:
                print(f"panchayat: a token named {args.name!r} exists (revoked names stay taken)", file=sys.stderr)
                return 1
            days = f"{args.days} day{'s' if args.days != 1 else ''}"
            print(f"token for {who.name} ({who.role}), works for {days}; shown once, keep it safe:", file=sys.stderr)
            print(token)
        elif args.action == "list":
            now = tokens.clock()
            for entry in await tokens.entries():
                scope = ",".join(f"{k}={v}" for k, v in (entry["scope"] or {}).items()) or "-"
                expires = entry["expires_at"] or "never"
                if entry["revoked_at"]:
                    state = f"revoked {entry['revoked_at']}"
                else:
                    state = "expired" if expired(entry, now) else "active"
                print(f"{entry['name']}\t{entry['role']}\t{scope}\t{entry['created_at']}\t{expires}\t{state}")
        elif not await tokens.revoke(args.name):
            print(f"panchayat: no active token named {args.name!r}", file=sys.stderr)
            return 1
        return 0
    finally:
        await tokens.close()


def _import(target: str) -> Callable[[Settings], Any]:
    module, _, function = target.partition(":")
    return getattr(import_module(module), function)


def _call(role_main: Callable[[Settings], Any], settings: Settings) -> int:
    """Role mains may be plain or async functions; both end the same way."""
    result = role_main(settings)
    if inspect.iscoroutine(result):
        result = asyncio.run(result)
    return int(result or 0)


if __name__ == "__main__":
    raise SystemExit(main())
