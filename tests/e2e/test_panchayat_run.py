"""``panchayat run`` as a user starts it: a real process, the chat page's own endpoints, a JSON answer for a
back office that is not there, Ctrl-C, and a restart that remembers the person's language (data lives under
PANCHAYAT_DATA_DIR)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import aiohttp

from bench.ports import free_port

WA_ID = "919800000201"


def start(data_dir: Path, port: int) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AMQP_URL", "MONGODB_URL", "WHATSAPP_"))}
    env |= {"PANCHAYAT_DATA_DIR": str(data_dir), "GATEWAY_PORT": str(port)}
    return subprocess.Popen([sys.executable, "-m", "shared.cli", "run"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


async def wait_ready(http: aiohttp.ClientSession, base: str, proc: subprocess.Popen[bytes]) -> None:
    for _ in range(150):
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "exited"
        try:
            async with http.get(f"{base}/readyz") as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        time.sleep(0.1)
    raise AssertionError("panchayat run did not become ready")


async def say_and_wait(http: aiohttp.ClientSession, base: str, body: dict, after: int) -> list[dict]:
    async with http.post(f"{base}/_sim/send", json={"wa_id": WA_ID, "name": "Test", **body}) as resp:
        assert resp.status == 202, await resp.text()
    for _ in range(100):
        async with http.get(f"{base}/_sim/messages", params={"wa_id": WA_ID, "after": str(after), "wait": "0.2"}) as r:
            found = [m for m in (await r.json())["messages"] if m["by"] == "business"]
        if found:
            return found
    raise AssertionError("no answer from the system")


def stop(proc: subprocess.Popen[bytes]) -> int:
    proc.send_signal(signal.SIGINT)
    return proc.wait(timeout=30)


async def test_run_serves_the_chat_page_answers_and_keeps_data_across_restart(tmp_path: Path) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    proc = start(tmp_path, port)
    try:
        async with aiohttp.ClientSession() as http:
            await wait_ready(http, base, proc)
            async with http.get(f"{base}/") as page:
                assert page.status == 200 and "<html" in (await page.text()).lower()
            [question] = await say_and_wait(http, base, {"text": "hello"}, 0)
            assert question["content"]["interactive"]["type"] == "button"
            await say_and_wait(http, base, {"reply": {"id": "shell:lang:en", "title": "English",
                                                      "type": "button"}}, question["rev"])
            async with http.get(f"{base}/api/tourisme/properties") as wrong:  # a back office that is not there
                assert wrong.status == 404
                detail = (await wrong.json())["detail"]
                assert "/api/tourisme/properties" in detail and "/api/tourism/" in detail
    finally:
        assert stop(proc) == 0
    assert (tmp_path / "gateway.sqlite3").exists()
    assert b"process.collector_settled" in proc.stderr.read()  # once every role had started

    proc = start(tmp_path, port)
    try:
        async with aiohttp.ClientSession() as http:
            await wait_ready(http, base, proc)
            answers = await say_and_wait(http, base, {"text": "hi"}, 0)
            remembered = answers[-1]["content"]["interactive"]["type"] == "list"
            assert remembered, "language remembered: menu, not the question"
    finally:
        assert stop(proc) == 0
