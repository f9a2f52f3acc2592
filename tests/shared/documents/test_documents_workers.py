"""Rendering in a worker process gives the same PDF as rendering in place, and can be switched off."""
from __future__ import annotations

import os

from shared.documents import render
from shared.documents import workers


async def test_a_worker_process_renders_what_the_parent_would(make_document):
    document = make_document()
    try:
        pdf = await workers.render_async(document)
        assert workers._pool is not None  # it really went to the pool
        worker_pid = next(iter(workers._pool._processes))
        assert worker_pid != os.getpid()
    finally:
        workers.shutdown()
    assert pdf.startswith(b"%PDF") and len(pdf) == len(render(document))


async def test_workers_off_renders_in_a_thread(make_document, monkeypatch):
    monkeypatch.setenv("PANCHAYAT_RENDER_WORKERS", "0")
    workers.shutdown()
    pdf = await workers.render_async(make_document())
    assert pdf.startswith(b"%PDF") and workers._pool is None


PARENT = """
import os, sys, time
from shared.documents import workers
pool = workers._executor()
print(pool.submit(os.getpid).result(), flush=True)
time.sleep(120)
"""


def _alive(pid: int) -> bool:
    try:
        state = next(line for line in open(f"/proc/{pid}/status") if line.startswith("State:"))
    except (FileNotFoundError, ProcessLookupError):
        return False
    return "Z" not in state.split()[1]  # a zombie has ended; it only waits to be reaped


def test_a_worker_ends_when_its_service_is_killed(monkeypatch):
    import signal
    import subprocess
    import sys
    import time

    monkeypatch.setenv("PANCHAYAT_RENDER_WORKERS", "1")
    parent = subprocess.Popen([sys.executable, "-c", PARENT], stdout=subprocess.PIPE, text=True)
    try:
        worker = int(parent.stdout.readline())  # type: ignore[union-attr]
        assert _alive(worker)
        parent.send_signal(signal.SIGKILL)  # no clean-up runs in the parent
        parent.wait(10)
        deadline = time.monotonic() + 15
        while _alive(worker) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not _alive(worker), "the render worker outlived its service"
    finally:
        parent.kill()
