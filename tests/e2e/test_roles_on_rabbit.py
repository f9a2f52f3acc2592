"""The deployment topology, one process per role as docker-compose runs it: ``panchayat gateway``,
``panchayat sender`` and ``panchayat service tourism`` on RabbitMQ (embedded stores, since no MongoDB runs
here), with the simulator as the Cloud API in a process of its own. A person says hello and gets the
language question, chooses English and gets a menu that lists the tourism service announced by another
process; SIGTERM stops every role with exit status 0."""
from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import aiohttp
import pytest

from bench.ports import free_port
from shared.bus import RetryPolicy
from shared.bus.rabbit import RabbitBus

pytestmark = pytest.mark.rabbit
WA_ID = "919800000301"


def spawn(args: list[str], env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


async def wait_ok(http: aiohttp.ClientSession, url: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(200):
        assert proc.poll() is None, (proc.stderr.read() if proc.stderr else b"").decode()[-2000:]
        try:
            async with http.get(url) as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.1)
    raise AssertionError(f"{url} never answered 200")


async def business_messages(http: aiohttp.ClientSession, sim: str, count: int) -> list[dict]:
    """The business's bubbles once there are ``count``, waiting up to 30 s. The poll waits for a change past
    the thread's last revision: asked from revision 0 it would answer at once, and a fixed number of polls
    would last well under a second on a busy machine."""
    loop = asyncio.get_running_loop()
    deadline, rev, found = loop.time() + 30, 0, []
    while loop.time() < deadline:
        async with http.get(f"{sim}/_sim/messages", params={"wa_id": WA_ID, "after": "0", "wait": "0"}) as r:
            thread = await r.json()
        found = [m for m in thread["messages"] if m["by"] == "business"]
        if len(found) >= count:
            return found
        rev = thread["rev"]
        async with http.get(f"{sim}/_sim/messages", params={"wa_id": WA_ID, "after": str(rev), "wait": "1"}):
            pass
    raise AssertionError(f"expected {count} answers, got {len(found)}")


async def test_each_role_in_its_own_process_on_rabbitmq(tmp_path: Path, amqp_url: str) -> None:
    gateway_port, sender_port, tourism_port, sim_port = (free_port() for _ in range(4))
    base = {k: v for k, v in os.environ.items() if not k.startswith(("MONGODB_URL", "WHATSAPP_"))}
    env = base | {"AMQP_URL": amqp_url, "PANCHAYAT_DATA_DIR": str(tmp_path), "GATEWAY_PORT": str(gateway_port),
                  "WHATSAPP_APP_SECRET": "roles-secret", "WHATSAPP_VERIFY_TOKEN": "roles-verify",
                  "WHATSAPP_ACCESS_TOKEN": "roles-token", "WHATSAPP_PHONE_NUMBER_ID": "106540352242922",
                  "WHATSAPP_API_URL": f"http://127.0.0.1:{sim_port}/graph/v23.0",
                  "PUBLIC_BASE_URL": f"http://127.0.0.1:{gateway_port}", "PANCHAYAT_RETRY_DELAYS": "0.2,0.5"}
    bus = RabbitBus(amqp_url)
    await bus.start()
    for queue in ("gateway", "sender", "tourism"):
        await bus.delete_queue(queue, RetryPolicy((0.2, 0.5)))
    procs = [spawn(["-m", "simulator", "--port", str(sim_port),
                    "--webhook-url", f"http://127.0.0.1:{gateway_port}/webhook"], env),
             spawn(["-m", "shared.cli", "service", "tourism"], env | {"SERVICE_PORT": str(tourism_port)}),
             spawn(["-m", "shared.cli", "sender"], env | {"SERVICE_PORT": str(sender_port)}),
             spawn(["-m", "shared.cli", "gateway"], env)]
    sim = f"http://127.0.0.1:{sim_port}"
    try:
        async with aiohttp.ClientSession() as http:
            for port, proc in zip((sim_port, tourism_port, sender_port, gateway_port), procs, strict=True):
                await wait_ok(http, f"http://127.0.0.1:{port}/" + ("" if port == sim_port else "readyz"), proc)
            async with http.post(f"{sim}/_sim/send", json={"wa_id": WA_ID, "text": "hello"}) as resp:
                assert resp.status == 202
            [question] = await business_messages(http, sim, 1)
            assert question["content"]["interactive"]["type"] == "button"
            async with http.post(f"{sim}/_sim/send", json={"wa_id": WA_ID, "reply": {
                    "id": "shell:lang:en", "title": "English", "type": "button"}}) as resp:
                assert resp.status == 202
            menu = (await business_messages(http, sim, 2))[-1]
            rows = [r["id"] for s in menu["content"]["interactive"]["action"]["sections"] for r in s["rows"]]
            assert "tourism:menu" in rows
    finally:
        codes = []
        for proc in reversed(procs):
            proc.send_signal(signal.SIGTERM)
            codes.append(proc.wait(timeout=30))
        for queue in ("gateway", "sender", "tourism"):
            await bus.delete_queue(queue, RetryPolicy((0.2, 0.5)))
        await bus.close(1)
    assert codes == [0, 0, 0, 0], codes  # gateway, sender, tourism, simulator
