"""docker-compose.yml is what users run; no Docker engine runs here, so its shape is checked instead:
it parses, every container command is a real ``panchayat`` command, every registered service has a
container (and nothing else does), images are pinned to published tags, and scalable roles bind no
host port and set no container name (``--scale tourism=3`` must work)."""
from __future__ import annotations

import re
import shlex
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


def test_the_readme_shows_how_to_make_a_token_and_reach_a_back_office_in_the_compose_deployment() -> None:
    """Compose publishes no service port, so the README's run-mode way in (the gateway's /api/) answers 404
    there; its own lines must name real containers, real commands and the port the roles serve on."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Running on RabbitMQ + MongoDB", 1)[1].split("\n## ", 1)[0]
    execs = [shlex.split(line) for line in re.findall(r"^docker compose exec .+$", section, flags=re.M)]
    made = [words for words in execs if words[4:7] == ["panchayat", "token", "create"]]
    assert made, "the compose section does not say how to make a back-office token"
    for words in execs:
        assert words[3] in OURS, f"docker compose exec {words[3]}: no such container"
        if words[4] == "panchayat":
            parser().parse_args(words[5:])
    port = OURS["grievance"]["environment"]["SERVICE_PORT"]
    reached = [w for words in execs if words[4] == "curl" for w in words if w.startswith("http")]
    assert reached and all(f":{port}/api/" in url for url in reached)
    assert f"http://grievance:{port}/api/grievance/" in section
