"""The ``panchayat`` command, run as a real subprocess the way operators and containers run it."""
from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bench.ports import free_port
from shared.store.sqlite import SqliteStore

SCRIPT = shutil.which("panchayat", path=str(Path(sys.executable).parent)) or shutil.which("panchayat")
COMMAND = [SCRIPT] if SCRIPT else [sys.executable, "-m", "shared.cli"]


def own_lines(stderr: str) -> list[str]:
    return [line for line in stderr.strip().splitlines() if not line.startswith("{")]  # JSON: the logs


@pytest.fixture
def panchayat(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("AMQP_URL", "MONGODB_URL", "GATEWAY_PORT")}
    env.update(PANCHAYAT_DATA_DIR=str(tmp_path / "var"), LOG_LEVEL="WARNING")

    def run(*args: str, **extra_env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*COMMAND, *args], env={**env, **extra_env}, capture_output=True, text=True,
                              timeout=60)
    return run


def test_help_explains_every_command(panchayat):
    answer = panchayat("--help")
    assert answer.returncode == 0
    for command in ("run", "gateway", "sender", "service", "token"):
        assert f"    {command} " in answer.stdout


def test_the_command_s_own_parts_load_nothing_of_a_role_before_it_is_asked_for():
    """Every ``panchayat`` command, ``--help`` and ``token`` too, imported the services' kit (aiohttp's server, every
    back office) and the broker's client before it read its arguments: most of a second each time."""
    roles = ("aio_pika", "shared.runtime", "shared.bus.rabbit", "shared.ops", "gateway.outbound")
    code = f"import sys, shared.cli; print(sorted(set(sys.modules) & {set(roles)}))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert loaded.stdout.strip() == "[]"


def test_every_argument_of_every_command_is_explained_in_its_help():
    """token revoke's NAME showed in its --help with nothing beside it."""
    import argparse

    from shared.cli import parser

    def unexplained(command: argparse.ArgumentParser) -> list[str]:
        found = []
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                found += [item for sub in action.choices.values() for item in unexplained(sub)]
            elif not isinstance(action, argparse._HelpAction) and not action.help:
                found.append(f"{command.prog} {action.metavar or action.dest}")
        return found
    assert unexplained(parser()) == []


def test_token_revoke_help_says_which_name_it_takes(panchayat):
    answer = panchayat("token", "revoke", "--help")
    assert answer.returncode == 0
    assert "token list" in answer.stdout.split("positional arguments:")[1]


def test_a_malformed_setting_exits_2_with_one_line_naming_it(panchayat):
    answer = panchayat("token", "list", GATEWAY_PORT="abc")
    assert answer.returncode == 2
    [line] = answer.stderr.strip().splitlines()
    assert "GATEWAY_PORT" in line


def test_an_unknown_service_lists_the_known_ones_and_exits_2(panchayat):
    from services.registry import names
    answer = panchayat("service", "astrology")
    assert answer.returncode == 2
    assert "astrology" in answer.stderr
    assert all(name in answer.stderr for name in names())


def test_a_token_is_printed_once_listed_by_name_and_revoked(panchayat, tmp_path):
    created = panchayat("token", "create", "--role", "block_officer", "--name", "bdo-jhalda",
                        "--scope", "district=Purulia,block=Jhalda-I")
    assert created.returncode == 0, created.stderr
    token = created.stdout.strip()
    assert len(token) >= 40 and "\n" not in token
    assert (tmp_path / "var" / "auth.sqlite3").exists()

    listed = panchayat("token", "list")
    assert listed.returncode == 0
    assert "bdo-jhalda\tblock_officer\tdistrict=Purulia,block=Jhalda-I" in listed.stdout
    assert "active" in listed.stdout and token not in listed.stdout
    [row] = listed.stdout.splitlines()
    created_at, expires_at, state = row.split("\t")[3:]
    assert datetime.fromisoformat(expires_at) - datetime.fromisoformat(created_at) == timedelta(days=90)
    assert state == "active"

    assert panchayat("token", "revoke", "bdo-jhalda").returncode == 0
    assert "revoked" in panchayat("token", "list").stdout
    again = panchayat("token", "revoke", "bdo-jhalda")
    assert again.returncode == 1 and "bdo-jhalda" in again.stderr


def test_a_taken_name_is_refused(panchayat):
    assert panchayat("token", "create", "--role", "payroll_admin", "--name", "ops").returncode == 0
    second = panchayat("token", "create", "--role", "payroll_admin", "--name", "ops")
    assert second.returncode == 1 and "ops" in second.stderr and not second.stdout


@pytest.mark.parametrize("args", [("--role", "superuser"), ("--role", "payroll_admin", "--scope", "state=WB")])
def test_bad_token_arguments_exit_2(panchayat, args):
    answer = panchayat("token", "create", *args)
    assert answer.returncode == 2 and not answer.stdout


def test_run_on_a_port_in_use_says_so_in_one_line(panchayat):
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        answer = panchayat("run", GATEWAY_PORT=str(port))
    assert answer.returncode != 0
    [line] = answer.stderr.strip().splitlines()
    assert f"127.0.0.1:{port}" in line and "GATEWAY_PORT" in line


@pytest.mark.parametrize(("name", "value"), [("PANCHAYAT_SEND_TIMEOUT", "abc"), ("PANCHAYAT_SEND_DOUBT_WAIT", "5")])
def test_run_with_a_malformed_sender_setting_never_says_it_is_running(panchayat, name, value):
    answer = panchayat("run", GATEWAY_PORT=str(free_port()), **{name: value})
    assert answer.returncode == 2 and answer.stdout == "", answer.stdout
    [line] = answer.stderr.strip().splitlines()
    assert line.startswith(f"panchayat: setting {name} is malformed")


@pytest.mark.parametrize("missing", ["WHATSAPP_ACCESS_TOKEN", "WHATSAPP_PHONE_NUMBER_ID", "WHATSAPP_APP_SECRET",
                                     "WHATSAPP_VERIFY_TOKEN"])
def test_run_against_meta_needs_every_secret_meta_shares_and_names_the_missing_one(panchayat, missing):
    """With WHATSAPP_API_URL set, nothing may be made up: a random verify token would fail Meta's handshake."""
    meta = {"WHATSAPP_API_URL": "https://graph.facebook.com/v23.0", "WHATSAPP_ACCESS_TOKEN": "token",
            "WHATSAPP_PHONE_NUMBER_ID": "1065", "WHATSAPP_APP_SECRET": "secret", "WHATSAPP_VERIFY_TOKEN": "verify"}
    answer = panchayat("run", **{**meta, missing: ""})
    assert answer.returncode == 2 and not answer.stdout
    [line] = answer.stderr.strip().splitlines()
    assert line == f"panchayat: required setting {missing} is not set"


@pytest.mark.parametrize("command", [("run",), ("token", "list")])
def test_a_data_dir_that_is_a_file_is_one_line_naming_it(panchayat, tmp_path, command):
    in_the_way = tmp_path / "var"
    in_the_way.write_text("not a folder")
    answer = panchayat(*command)
    assert answer.returncode == 2 and not answer.stdout
    [line] = answer.stderr.strip().splitlines()
    assert "PANCHAYAT_DATA_DIR" in line and str(in_the_way) in line


def test_the_data_dir_it_makes_is_its_own_user_s_alone(panchayat, tmp_path):
    """The embedded stores hold people's numbers, complaints and pay: another account on the machine may not
    read them. A folder that already exists is the operator's and keeps its mode."""
    assert panchayat("token", "list").returncode == 0
    assert (tmp_path / "var").stat().st_mode & 0o777 == 0o700
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    assert panchayat("token", "list", PANCHAYAT_DATA_DIR=str(shared)).returncode == 0
    assert shared.stat().st_mode & 0o777 == 0o755


@pytest.mark.parametrize("command", [("run",), *(("service", name) for name in ("permit", "noc", "tourism",
                                                                               "payroll"))])
def test_missing_pdf_fonts_stop_a_rendering_process_with_one_line_and_exit_2(panchayat, tmp_path, command):
    """Before it reaches the broker or writes a store: a service checked its fonts only after connecting, so with
    the broker out of reach too it said so (exit 1), and once the broker was up, said the fonts were missing."""
    port = str(free_port())
    answer = panchayat(*command, PANCHAYAT_FONT_DIR=str(tmp_path / "no-fonts"), GATEWAY_PORT=port,
                       SERVICE_PORT=port, PANCHAYAT_PSEUDONYM_KEY="a-test-key", PANCHAYAT_RENDER_WORKERS="0",
                       AMQP_URL=f"amqp://guest:guest@127.0.0.1:{free_port()}/")
    assert answer.returncode == 2 and "Traceback" not in answer.stderr, answer.stderr
    [line] = own_lines(answer.stderr)
    assert line.startswith("panchayat: PDF fonts missing") and "PANCHAYAT_FONT_DIR" in line
    assert not list((tmp_path / "var").glob("*.sqlite3*"))  # no store was opened


@pytest.mark.parametrize(("role", "scope", "needed"), [
    ("gp_official", None, "gp"), ("gp_official", "district=Purulia", "gp"),
    ("block_officer", "district=Purulia", "block"), ("tourism_manager", None, "district"),
])
def test_a_token_its_offices_would_refuse_for_want_of_a_scope_is_not_made(panchayat, tmp_path, role, scope, needed):
    answer = panchayat("token", "create", "--role", role, *(("--scope", scope) if scope else ()))
    assert answer.returncode == 2 and not answer.stdout
    assert f"--scope {needed}=" in answer.stderr and "Traceback" not in answer.stderr
    assert panchayat("token", "list").stdout == ""


@pytest.mark.parametrize(("role", "scope"), [("tourism_admin", "gp=baghmundi"),
                                             ("tourism_manager", "district=Purulia,block=Jhalda-I")])
def test_a_token_its_offices_would_refuse_for_its_scope_is_not_made(panchayat, role, scope):
    """The tourism offices read a district scope only (a guest house records no block or panchayat)."""
    answer = panchayat("token", "create", "--role", role, "--scope", scope)
    assert answer.returncode == 2 and not answer.stdout
    assert "scoped by district only" in answer.stderr and "Traceback" not in answer.stderr
    assert panchayat("token", "list").stdout == ""


@pytest.mark.parametrize(("role", "scope"), [("gp_official", "gp=baghmundi"), ("district_officer", None),
                                             ("block_officer", "block=Jhalda-I"), ("payroll_admin", None),
                                             ("tourism_manager", "district=Purulia"), ("payroll_admin", "gp=ilu")])
def test_roles_that_may_be_unscoped_or_are_scoped_get_their_token(panchayat, role, scope):
    answer = panchayat("token", "create", "--role", role, *(("--scope", scope) if scope else ()))
    assert answer.returncode == 0, answer.stderr


@pytest.mark.parametrize("days", ["0", "4000", "-5", "ninety"])
def test_a_lifetime_outside_1_to_3650_days_is_refused(panchayat, days):
    answer = panchayat("token", "create", "--role", "payroll_admin", "--days", days)
    assert answer.returncode == 2 and not answer.stdout
    assert "--days" in answer.stderr and "Traceback" not in answer.stderr
    assert ("1 to 3650 days" if days != "ninety" else "whole number of days") in answer.stderr
    assert panchayat("token", "list").stdout == ""


def test_the_list_shows_when_each_token_expires_and_never_for_tokens_from_before_expiry(panchayat, tmp_path):
    made = panchayat("token", "create", "--role", "payroll_admin", "--name", "ops", "--days", "30")
    assert made.returncode == 0, made.stderr
    assert "30 days" in made.stderr

    async def store_old_tokens() -> None:
        store = SqliteStore(tmp_path / "var" / "auth.sqlite3")
        await store.start()
        tokens = store.collection("tokens")
        await tokens.insert({"_id": "h1", "name": "legacy", "role": "payroll_admin", "scope": {},
                             "created_at": "2023-01-05T10:00:00+00:00", "revoked_at": None})
        await tokens.insert({"_id": "h2", "name": "lapsed", "role": "noc_admin", "scope": {},
                             "created_at": "2024-01-01T00:00:00+00:00", "expires_at": "2024-01-08T00:00:00+00:00",
                             "revoked_at": None})
        await store.close()
    asyncio.run(store_old_tokens())

    rows = {row.split("\t")[0]: row.split("\t") for row in panchayat("token", "list").stdout.splitlines()}
    assert rows["legacy"][3:] == ["2023-01-05T10:00:00+00:00", "never", "active"]
    assert rows["lapsed"][3:] == ["2024-01-01T00:00:00+00:00", "2024-01-08T00:00:00+00:00", "expired"]
    created_at, expires_at, state = rows["ops"][3:]
    assert datetime.fromisoformat(expires_at) - datetime.fromisoformat(created_at) == timedelta(days=30)
    assert state == "active"
    assert panchayat("token", "revoke", "legacy").returncode == 0
    assert panchayat("token", "list").stdout.count("revoked ") == 1


ROLES = {"gateway": ("gateway",), "sender": ("sender",), "service tourism": ("service", "tourism")}
ROLE_SETTINGS = {"WHATSAPP_APP_SECRET": "secret", "WHATSAPP_VERIFY_TOKEN": "verify", "WHATSAPP_ACCESS_TOKEN": "token",
                 "WHATSAPP_PHONE_NUMBER_ID": "1065", "WHATSAPP_API_URL": "http://127.0.0.1:9/graph/v23.0",
                 "PANCHAYAT_PSEUDONYM_KEY": "a-test-key", "PANCHAYAT_RENDER_WORKERS": "0"}


@pytest.mark.parametrize("role", sorted(ROLES))
def test_a_role_whose_broker_is_out_of_reach_says_so_in_one_line_and_exits_1(panchayat, role):
    port = str(free_port())
    answer = panchayat(*ROLES[role], **ROLE_SETTINGS, AMQP_URL=f"amqp://guest:guest@127.0.0.1:{free_port()}/",
                       GATEWAY_PORT=port, SERVICE_PORT=port)
    assert answer.returncode == 1 and "Traceback" not in answer.stderr, answer.stderr
    [line] = own_lines(answer.stderr)
    assert line.startswith(f"panchayat: {role} cannot start: cannot reach RabbitMQ")


@pytest.mark.parametrize("role", sorted(ROLES))
def test_a_role_whose_port_is_taken_says_so_before_it_connects(panchayat, role):
    """The port is checked first: the broker here is out of reach too, and the line is about the port."""
    setting = "GATEWAY_PORT" if role == "gateway" else "SERVICE_PORT"
    with socket.create_server(("0.0.0.0", 0)) as taken:
        port = taken.getsockname()[1]
        answer = panchayat(*ROLES[role], **ROLE_SETTINGS, **{setting: str(port)},
                           AMQP_URL=f"amqp://guest:guest@127.0.0.1:{free_port()}/")
    assert answer.returncode == 1 and "Traceback" not in answer.stderr, answer.stderr
    [line] = own_lines(answer.stderr)
    assert line.startswith(f"panchayat: {role} cannot start: cannot listen on 0.0.0.0:{port}") and setting in line


DEMO_RECORDS = {"permit": "applications", "noc": "nocs", "grievance": "tickets", "payroll": "employees",
                "tourism": "properties"}


@pytest.mark.parametrize(("environment", "loaded"), [
    ({"MONGODB_URL": "mongodb://mongo:27017/?replicaSet=rs0"}, False),
    ({"MONGODB_URL": "mongodb://mongo:27017/?replicaSet=rs0", "PANCHAYAT_DEMO_DATA": "1"}, True),
    ({}, True),
    ({"PANCHAYAT_DEMO_DATA": "0"}, False),
])
@pytest.mark.parametrize("name", sorted(DEMO_RECORDS))
def test_a_service_role_loads_demo_data_only_off_mongodb_or_when_asked(monkeypatch, tmp_path, name, environment,
                                                                       loaded):
    """A deployment's database (MongoDB, compose) must not get demo permits that pass the public verification
    page, demo employees with the README's PINs, or demo complaints and guest houses."""
    from importlib import import_module

    from prometheus_client import CollectorRegistry

    from shared import cli
    from shared.bus.memory import InProcessBus
    from shared.metrics import Metrics
    from shared.runtime.service import ServiceRuntime
    from shared.settings import load_settings

    for variable in ("MONGODB_URL", "PANCHAYAT_DEMO_DATA"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    settings = load_settings(PANCHAYAT_DATA_DIR=tmp_path, PUBLIC_BASE_URL="https://panchayat.example.in",
                             PANCHAYAT_RENDER_WORKERS=0)
    served = []

    async def serve_service(spec, settings):  # type: ignore[no-untyped-def]
        served.append(spec)
    monkeypatch.setattr(import_module("shared.runtime.serve"), "serve_service", serve_service)
    assert cli.run_service(name, settings) == 0

    async def records_after_start() -> int:
        """The spec the role would serve, started on an embedded store in its place."""
        store = SqliteStore(tmp_path / f"{name}.sqlite3")
        runtime = ServiceRuntime(served[0], bus=InProcessBus(), store=store, settings=settings,
                                 metrics=Metrics(CollectorRegistry()))
        await runtime.bus.start()
        await runtime.start()
        try:
            return await store.collection(DEMO_RECORDS[name]).count()
        finally:
            await runtime.bus.close()
            await runtime.stop()
    assert (asyncio.run(records_after_start()) > 0) is loaded


@pytest.mark.parametrize("command", [("token", "list"), ("gateway",), ("service", "permit")])
def test_mongodb_out_of_reach_is_one_line_not_a_traceback(panchayat, command):
    port = str(free_port())
    nobody = f"mongodb://127.0.0.1:{free_port()}/?serverSelectionTimeoutMS=500"  # the URL says how long to wait
    answer = panchayat(*command, **ROLE_SETTINGS, MONGODB_URL=nobody, GATEWAY_PORT=port, SERVICE_PORT=port)
    assert answer.returncode == 1 and "Traceback" not in answer.stderr, answer.stderr
    [line] = own_lines(answer.stderr)
    assert line.startswith("panchayat: ") and "ServerSelectionTimeoutError" in line
    assert ("cannot use the token store" if command[0] == "token" else "cannot start: store") in line


@pytest.mark.parametrize(("public", "warned"), [(None, True), ("https://panchayat.wb.gov.in", False)])
def test_a_service_role_without_a_public_base_url_warns_that_its_qr_codes_point_at_this_machine(panchayat, public,
                                                                                               warned):
    port = str(free_port())
    answer = panchayat("service", "permit", **ROLE_SETTINGS, SERVICE_PORT=port,
                       AMQP_URL=f"amqp://guest:guest@127.0.0.1:{free_port()}/",
                       PUBLIC_BASE_URL=public or "")
    logged = [json.loads(line) for line in answer.stderr.splitlines() if line.startswith("{")]
    warnings = [x for x in logged if x["event"] == "documents.local_public_url"]
    assert bool(warnings) is warned
    if warned:
        assert warnings[0]["level"] == "warning" and "PUBLIC_BASE_URL" in warnings[0]["hint"]


@pytest.mark.parametrize("limit", ["0", "-5", "ten"])
def test_a_dead_letter_listing_limit_below_one_is_refused_not_answered_with_nothing(panchayat, limit):
    """An empty listing reads as "no dead letters"; it is refused before any broker is asked."""
    answer = panchayat("dlq", "list", "tourism", "--limit", limit, AMQP_URL="amqp://guest:guest@127.0.0.1:1/")
    assert answer.returncode == 2 and not answer.stdout
    assert "--limit" in answer.stderr and "Traceback" not in answer.stderr


# A setting that cannot work stops the command with one line naming it, before anything is taken or lost.
def writable(folder: Path) -> bool:
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


@pytest.fixture
def locked_folder(tmp_path) -> Path:
    """A folder that exists and this user may not write in (for root, who may write anywhere, a kernel one)."""
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o500)
    if writable(folder):
        folder = Path("/sys/kernel")
        if not folder.is_dir() or writable(folder):
            pytest.skip("no folder this user may not write in")
    return folder


@pytest.mark.parametrize("command", [("run",), ("token", "list"), ("service", "grievance")])
def test_a_data_dir_it_may_not_write_in_is_one_line_naming_it(panchayat, locked_folder, command):
    """The folder existed, so it was taken, and the first store opened in it ended in a traceback of SQLite's
    'unable to open database file' with exit status 1."""
    port = str(free_port())
    answer = panchayat(*command, PANCHAYAT_DATA_DIR=str(locked_folder), GATEWAY_PORT=port, SERVICE_PORT=port,
                       AMQP_URL=f"amqp://guest:guest@127.0.0.1:{free_port()}/", PANCHAYAT_RENDER_WORKERS="0")
    assert answer.returncode == 2 and not answer.stdout, answer.stderr
    [line] = own_lines(answer.stderr)
    assert line.startswith(f"panchayat: setting PANCHAYAT_DATA_DIR={locked_folder} is not a usable folder")
