"""The system under load, each role a child process exactly as deployed, and what each one costs.

Two shapes: ``inprocess`` is ``panchayat run`` (gateway, sender and every service on the in-process bus,
one process); ``rabbit`` is ``panchayat gateway``, ``panchayat sender`` and ``panchayat service tourism``
(one or more copies) on RabbitMQ, as docker-compose runs them. Both use embedded stores in a fresh data
directory and send to the load generator's sink as their Cloud API. Being children, their CPU time and
peak memory are read from ``/proc`` without touching them; the load generator's own cost is kept out.
"""
from __future__ import annotations

import asyncio
import ctypes
import os
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import aiohttp
from prometheus_client.parser import text_string_to_metric_families

from bench.ports import free_port
from bench.procstats import Usage, descendants, process_tree, usage, usage_together
from simulator.webhooks import envelope as hooks

SECRET = "bench-app-secret"
PHONE_ID = hooks.PHONE_NUMBER_ID  # the number the webhooks are addressed to
ROLE_QUEUES = ("gateway", "sender", "tourism")
PR_SET_PDEATHSIG = 1
DELAYS = (0.5, 2.0)  # the roles' bus retry waits: short, so a failed attempt is retried within the run


def die_with_parent() -> None:
    """In the child: SIGTERM when the load generator dies, so no role outlives it and eats a later run's
    queue (Linux ``PR_SET_PDEATHSIG``)."""
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


@dataclass
class Role:
    name: str
    args: list[str]
    env: dict[str, str]
    health: str | None
    proc: subprocess.Popen[bytes] | None = None

    def spawn(self) -> None:
        log = open(Path(self.env["PANCHAYAT_DATA_DIR"]) / f"{self.name}.log", "ab")  # noqa: SIM115
        self.proc = subprocess.Popen([sys.executable, "-m", "shared.cli", *self.args], env=self.env,
                                     stdout=log, stderr=subprocess.STDOUT, preexec_fn=die_with_parent)
        log.close()

    def kill(self) -> None:
        """kill -9: no shutdown hook runs, in-flight work is whatever the bus and stores kept."""
        assert self.proc is not None
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()


@dataclass
class System:
    shape: str
    data: Path
    sink_url: str
    amqp_url: str | None = None
    copies: int = 1
    gateway_port: int = field(default_factory=free_port)
    roles: list[Role] = field(default_factory=list)

    @property
    def webhook(self) -> str:
        return f"http://127.0.0.1:{self.gateway_port}/webhook"

    def environment(self) -> dict[str, str]:
        base = {k: v for k, v in os.environ.items() if not k.startswith(("MONGODB_URL", "WHATSAPP_", "AMQP_"))}
        return base | {"PANCHAYAT_DATA_DIR": str(self.data), "GATEWAY_PORT": str(self.gateway_port),
                       "WHATSAPP_APP_SECRET": SECRET, "WHATSAPP_VERIFY_TOKEN": "bench-verify",
                       "WHATSAPP_ACCESS_TOKEN": "bench-token", "WHATSAPP_PHONE_NUMBER_ID": PHONE_ID,
                       "WHATSAPP_API_URL": self.sink_url, "PANCHAYAT_SEND_RATE": "1000",
                       # the sink answers at once: a short call timeout, so a send in doubt is settled in 10 s
                       "PANCHAYAT_SEND_TIMEOUT": "5", "PANCHAYAT_SEND_DOUBT_WAIT": "10",
                       "PANCHAYAT_PSEUDONYM_KEY": "bench-pseudonym-key", "LOG_LEVEL": "WARNING",
                       "PUBLIC_BASE_URL": f"http://127.0.0.1:{self.gateway_port}", "PANCHAYAT_RETRY_DELAYS": ",".join(map(str, DELAYS))}

    def plan(self) -> list[Role]:
        env = self.environment()
        gw = f"http://127.0.0.1:{self.gateway_port}/readyz"
        if self.shape == "inprocess":
            return [Role("run", ["run"], env, gw)]
        env |= {"AMQP_URL": str(self.amqp_url)}
        roles = []
        for n in range(self.copies):
            port = free_port()
            roles.append(Role(f"tourism-{n + 1}", ["service", "tourism"], env | {"SERVICE_PORT": str(port)},
                              f"http://127.0.0.1:{port}/readyz"))
        port = free_port()
        roles.append(Role("sender", ["sender"], env | {"SERVICE_PORT": str(port)}, f"http://127.0.0.1:{port}/readyz"))
        return [*roles, Role("gateway", ["gateway"], env, gw)]

    async def start(self) -> None:
        if self.amqp_url and self.shape == "rabbit":
            await delete_role_queues(self.amqp_url)
        self.roles = self.plan()
        for role in self.roles:
            role.spawn()
        await asyncio.gather(*(self.ready(role) for role in self.roles))

    async def ready(self, role: Role) -> None:
        async with aiohttp.ClientSession() as http:
            for _ in range(600):
                assert role.proc is not None
                if role.proc.poll() is not None:
                    log = Path(self.data / f"{role.name}.log").read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"{role.name} exited {role.proc.returncode}: {log}")
                try:
                    async with http.get(str(role.health)) as resp:
                        if resp.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise RuntimeError(f"{role.name} never became ready")

    def role(self, name: str) -> Role:
        return next(r for r in self.roles if r.name == name)

    async def restart(self, name: str) -> None:
        role = self.role(name)
        role.spawn()
        await self.ready(role)

    def usage(self) -> dict[str, Usage]:
        """Each live role, then "<role> workers": its child processes together (the PDF render workers),
        whose CPU and memory are the role's too."""
        live = [r for r in self.roles if r.proc and r.proc.poll() is None]
        found = {r.name: usage(r.proc.pid) for r in live}  # type: ignore[union-attr]
        tree = process_tree()
        for role in live:
            workers = usage_together(descendants(role.proc.pid, tree))  # type: ignore[union-attr]
            if workers is not None:
                found[f"{role.name} workers"] = workers
        return found

    async def in_use(self) -> dict[str, tuple[float, float]]:
        """MB each live role's C allocator has handed out and not had back, and how much of that SQLite holds
        (``panchayat_memory_bytes`` ``malloc_in_use`` and ``sqlite`` on its ``/metrics``; 0 for SQLite where
        the role does not say). Memory in use is what a leak raises, where RSS also climbs while the heap
        settles; SQLite's part is its page caches, filling towards their bound as the files grow. "<role>
        workers": the same of its PDF workers together, as the role serves it once they rendered
        (``panchayat_workers_memory_bytes``). Roles that do not answer, or a platform that cannot tell, are
        left out."""
        found: dict[str, tuple[float, float]] = {}
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=5)) as http:
            for role in self.roles:
                if role.health is None or role.proc is None or role.proc.poll() is not None:
                    continue
                try:
                    async with http.get(role.health.rsplit("/", 1)[0] + "/metrics") as resp:
                        text = await resp.text()
                except (aiohttp.ClientError, TimeoutError):
                    continue
                found.update(memory_in_use(role.name, text))
        return found

    async def stop(self) -> dict[str, int]:
        codes = {}
        for role in reversed(self.roles):
            if role.proc and role.proc.poll() is None:
                role.proc.send_signal(signal.SIGTERM)
                codes[role.name] = await asyncio.to_thread(role.proc.wait, 30)
        if self.amqp_url and self.shape == "rabbit":
            await delete_role_queues(self.amqp_url)
        return codes


async def delete_role_queues(url: str) -> None:
    from shared.bus import RetryPolicy
    from shared.bus.rabbit import RabbitBus
    bus = RabbitBus(url)
    await bus.start()
    try:
        for queue in ROLE_QUEUES:
            await bus.delete_queue(queue, RetryPolicy(DELAYS))
    finally:
        await bus.close(1)


MEMORY_FAMILIES = ("panchayat_memory_bytes", "panchayat_workers_memory_bytes")  # the role's own, its workers'


def memory_in_use(role: str, metrics_text: str) -> dict[str, tuple[float, float]]:
    """From a role's ``/metrics``: MB in use and SQLite's part of it, for ``role`` and for "``role`` workers"
    where it serves them."""
    families: dict[str, dict[str | None, float]] = {name: {} for name in MEMORY_FAMILIES}
    for family in text_string_to_metric_families(metrics_text):
        for sample in family.samples:
            if sample.name in families:
                families[sample.name][sample.labels.get("kind")] = sample.value / (1024 * 1024)
    return {name: (kinds["malloc_in_use"], kinds.get("sqlite", 0.0))
            for name, kinds in zip((role, f"{role} workers"), families.values()) if "malloc_in_use" in kinds}
