"""docker-compose.yml is what users run; no Docker engine runs here, so its shape is checked instead:
it parses, every container command is a real ``panchayat`` command, every registered service has a
container (and nothing else does), images are pinned to published tags, and scalable roles bind no
host port and set no container name (``--scale tourism=3`` must work)."""
from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from services import registry
from shared.cli import parser

ROOT = Path(__file__).resolve().parents[1]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
OURS = {name: svc for name, svc in SERVICES.items() if svc.get("image") == "smart-panchayat:latest"}


def test_infrastructure_images_are_published_tags() -> None:
    assert SERVICES["rabbitmq"]["image"].startswith("rabbitmq:") and "management" in SERVICES["rabbitmq"]["image"]
    assert SERVICES["mongo"]["image"].startswith("mongo:")
    for svc in SERVICES.values():
        assert ":latest" not in svc["image"] or svc["image"] == "smart-panchayat:latest"


@pytest.mark.parametrize("name", sorted(OURS))
def test_every_command_is_a_real_panchayat_command(name: str) -> None:
    command = OURS[name]["command"]
    args = parser().parse_args(command)  # argparse exits (SystemExit) on an unknown command
    if args.command == "service":
        assert args.name in registry.names(), f"{name}: no registered service {args.name!r}"


def test_every_registered_service_has_a_container() -> None:
    run = {tuple(svc["command"]) for svc in OURS.values()}
    missing = [n for n in registry.names() if ("service", n) not in run]
    assert not missing, f"services without a container: {missing}"
    assert ("gateway",) in run and ("sender",) in run


@pytest.mark.parametrize("name", sorted(OURS))
def test_roles_scale_and_report_health(name: str) -> None:
    svc = OURS[name]
    assert "container_name" not in svc
    assert "healthcheck" in svc and svc["healthcheck"]["test"][0] == "CMD"
    assert svc["depends_on"]["rabbitmq"]["condition"] == "service_healthy"
    env = svc["environment"]
    assert env["AMQP_URL"].startswith("amqp://") and env["MONGODB_URL"].startswith("mongodb://")
    if name != "gateway":
        assert "ports" not in svc, "a scalable role must not bind a host port"


def test_secrets_come_from_the_environment() -> None:
    env = OURS["gateway"]["environment"]
    for key in ("WHATSAPP_APP_SECRET", "WHATSAPP_ACCESS_TOKEN", "WHATSAPP_VERIFY_TOKEN"):
        assert env[key].startswith("${") and ":?" in env[key]


def test_dockerfile_installs_the_package_and_fonts() -> None:
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "pip install" in dockerfile and 'ENTRYPOINT ["panchayat"]' in dockerfile
    assert "fonts-noto-core" in dockerfile


def test_services_start_after_the_gateway_and_the_sender_are_healthy() -> None:
    """The gateway's queue must exist before a service announces its first documents to the verification page
    (a first start's demo documents would otherwise route nowhere), and the sender's before its first answer."""
    for name in registry.names():
        after = SERVICES[name]["depends_on"]
        assert {role: after[role]["condition"] for role in ("gateway", "sender", "rabbitmq", "mongo")} == dict.fromkeys(
            ("gateway", "sender", "rabbitmq", "mongo"), "service_healthy"), name
    assert "gateway" not in SERVICES["sender"]["depends_on"]  # the sender needs only the broker and its store


def test_the_readme_shows_how_to_make_a_token_reach_a_back_office_and_run_ops_commands_in_compose() -> None:
    """Compose publishes no service port, so the README's run-mode way in (the gateway's /api/) answers 404
    there; its own lines must name real containers, real commands and the port the roles serve on."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Running on RabbitMQ + MongoDB", 1)[1].split("\n## ", 1)[0]
    execs = [shlex.split(line) for line in re.findall(r"^docker compose exec .+$", section, flags=re.M)]
    made = [words for words in execs if words[4:7] == ["panchayat", "token", "create"]]
    assert made, "the compose section does not say how to make a back-office token"
    # the broker's port is not published either: `panchayat status` and `dlq` on the host reach no broker
    ops = {words[5] for words in execs if words[4] == "panchayat"}
    assert {"status", "dlq"} <= ops, "the compose section does not say where the ops commands run"
    for words in execs:
        assert words[3] in OURS, f"docker compose exec {words[3]}: no such container"
        if words[4] == "panchayat":
            parser().parse_args(words[5:])
    port = OURS["grievance"]["environment"]["SERVICE_PORT"]
    reached = [w for words in execs if words[4] == "curl" for w in words if w.startswith("http")]
    assert reached and all(f":{port}/api/" in url for url in reached)
    assert f"http://grievance:{port}/api/grievance/" in section


# The mongo healthcheck's script run by Node (mongosh is JavaScript on Node) against stand-ins for a node
# never initiated, a node initiated but not yet elected, and the primary: ``quit(code)`` ends it as mongosh's does.
_MONGO_NODE = """
const [initiated, primary] = [process.env.INITIATED === "1", process.env.PRIMARY === "1"];
const initiatedNow = [];
const rs = {
  status() { if (!initiated) throw new Error("no replset config has been received"); return {ok: 1}; },
  initiate(config) { initiatedNow.push(config); return {ok: 1}; },
};
const db = {hello() { return {isWritablePrimary: primary}; }};
function quit(code) { console.log(JSON.stringify(initiatedNow)); process.exit(code); }
eval(process.env.HEALTHCHECK);
quit(0);
"""


@pytest.mark.node
@pytest.mark.parametrize(("initiated", "primary", "healthy", "initiates"), [
    (False, False, False, True),  # first start: initiates the set, not healthy until elected
    (True, False, False, False),  # initiated, election under way: not healthy yet
    (True, True, True, False),  # the primary: healthy, nothing initiated again
])
def test_mongo_is_healthy_only_once_it_is_the_primary(initiated: bool, primary: bool, healthy: bool,
                                                      initiates: bool) -> None:
    if shutil.which("node") is None:
        pytest.skip("Node.js is not installed (scripts/setup-system --ci installs it)")
    command = SERVICES["mongo"]["healthcheck"]["test"]
    assert command[:4] == ["CMD", "mongosh", "--quiet", "--eval"]
    result = subprocess.run(["node", "-e", _MONGO_NODE], env={
        "HEALTHCHECK": command[4], "INITIATED": str(int(initiated)), "PRIMARY": str(int(primary)),
        "PATH": "/usr/bin:/bin:/usr/local/bin"},
                            capture_output=True, text=True, timeout=30)
    assert (result.returncode == 0) is healthy, result.stderr
    [configs] = [json.loads(line) for line in result.stdout.splitlines()]
    assert bool(configs) is initiates
    if initiates:
        assert configs[0]["_id"] == "rs0" and configs[0]["members"][0]["host"] == "mongo:27017"
    assert "?replicaSet=rs0" in SERVICES["gateway"]["environment"]["MONGODB_URL"]


def test_every_image_is_pinned_to_a_published_version() -> None:
    """An untagged image is ``:latest`` too: the broker or the database would change version on any pull."""
    for name, svc in SERVICES.items():
        if name in OURS:
            continue
        image, _, tag = svc["image"].rpartition(":")
        assert image and tag and tag != "latest" and re.match(r"v?\d", tag), f"{name}: {svc['image']}"


def test_the_broker_and_the_database_keep_their_data_when_their_containers_are_recreated() -> None:
    """RabbitMQ keeps its data in a folder named after the node, ``rabbit@<hostname>``: in a container without a
    fixed hostname (compose gives it the container id) a recreated broker (a new image, a changed setting,
    ``docker compose down`` and ``up``) starts empty beside the old folder, and the queued messages and the dead
    letters waiting for a replay are gone."""
    declared = set(COMPOSE["volumes"])
    for name, path in (("rabbitmq", "/var/lib/rabbitmq"), ("mongo", "/data/db")):
        mounts = dict(reversed(v.split(":")[:2]) for v in SERVICES[name]["volumes"])
        assert mounts.get(path) in declared, f"{name}: {path} is not on a named volume"
    assert SERVICES["rabbitmq"].get("hostname"), "rabbitmq: no fixed hostname, so no fixed node name"


def test_every_setting_compose_gives_the_roles_is_one_they_read() -> None:
    """A misspelt variable would be ignored without a word, and its default used."""
    from gateway.sender.config import SenderTuning
    from shared.settings import Settings

    read = {*Settings.model_fields, *SenderTuning.model_fields}
    for name, svc in OURS.items():
        assert set(svc["environment"]) <= read, f"{name}: {sorted(set(svc['environment']) - read)}"


def test_the_env_example_holds_every_variable_compose_needs_and_no_other() -> None:
    """``cp .env.example .env`` is the first step: a variable compose refuses to start without must be there to
    fill in, and one compose never reads would be filled in for nothing."""
    text = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
    required = set(re.findall(r"\$\{(\w+):\?", text))
    used = set(re.findall(r"\$\{(\w+)", text))
    example = {line.split("=", 1)[0] for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
               if re.match(r"^\w+=", line)}
    assert required <= example, f".env.example lacks {sorted(required - example)}"
    assert example <= used, f".env.example sets what compose does not read: {sorted(example - used)}"
    env = OURS["gateway"]["environment"]
    for key in ("PUBLIC_BASE_URL", "PANCHAYAT_PSEUDONYM_KEY", "WHATSAPP_PHONE_NUMBER_ID"):
        assert ":?" in env[key], f"compose starts the roles without {key}"


@pytest.mark.parametrize("name", sorted(OURS))
def test_each_healthcheck_asks_the_port_the_role_serves_on(name: str) -> None:
    env = OURS[name]["environment"]
    port = env["GATEWAY_PORT"] if name == "gateway" else env["SERVICE_PORT"]
    probe = " ".join(OURS[name]["healthcheck"]["test"])
    assert f"127.0.0.1:{port}/healthz" in probe, f"{name} serves on {port}: {probe}"


def test_the_files_compose_mounts_from_the_repository_exist() -> None:
    for name, svc in SERVICES.items():
        for volume in svc.get("volumes", []):
            source = volume.split(":")[0]
            if source.startswith("./"):
                assert (ROOT / source).exists(), f"{name}: {source} is not in the repository"
