"""Rendering in a worker process gives the same PDF as rendering in place, and can be switched off."""
from __future__ import annotations

import gc
import os
from types import SimpleNamespace

from shared import collector, heap
from shared.documents import render, workers


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


async def test_each_render_brings_back_what_the_workers_memory_is_made_of(make_document):
    workers.shutdown()  # a fresh pool: a worker left by an earlier test may have measured itself moments ago
    heap.forget_workers()
    try:
        await workers.render_async(make_document())
        assert workers._pool is not None
        [worker_pid] = workers._pool._processes
        reported = dict(heap._workers)
        assert list(reported) == [worker_pid] != [os.getpid()]
        in_use = reported[worker_pid].malloc_in_use
        assert in_use is not None and 5 * 1024 * 1024 < in_use  # fonts, fpdf2, HarfBuzz: megabytes, not zero
        assert heap.workers() == reported[worker_pid]
    finally:
        workers.shutdown()
    assert heap.workers() is None  # the workers are gone, and their figures with them


async def test_a_worker_settles_its_collector_once_its_first_render_parsed_the_fonts(make_document):
    try:
        await workers.render_async(make_document())
        assert workers._pool is not None
        threshold = workers._pool.submit(gc.get_threshold).result(timeout=30)
        frozen = workers._pool.submit(gc.get_freeze_count).result(timeout=30)
    finally:
        workers.shutdown()
    assert threshold[0] == collector.YOUNG_EVERY
    assert frozen > 50_000  # fonttools' and fpdf2's objects, out of the collector's sight
    assert gc.get_threshold()[0] != collector.YOUNG_EVERY or gc.get_freeze_count() == 0  # not this process


async def test_ctrl_c_to_the_process_group_leaves_a_worker_to_its_service(make_document, capfd):
    """A terminal's Ctrl-C reaches the workers too; the service stops them itself, so they take no notice."""
    import signal

    try:
        await workers.render_async(make_document())
        assert workers._pool is not None
        [worker_pid] = workers._pool._processes
        os.kill(worker_pid, signal.SIGINT)
        pdf = await workers.render_async(make_document())  # the same worker, not a fallback after it died
        assert list(workers._pool._processes) == [worker_pid] and pdf.startswith(b"%PDF")
    finally:
        workers.shutdown()
    assert "KeyboardInterrupt" not in capfd.readouterr().err


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


def test_a_worker_measures_itself_at_most_every_few_seconds(make_document, monkeypatch):
    clock = iter([100.0, 104.0, 111.0])
    # the worker module's clock alone: patching time.monotonic itself would hand these readings to any other thread
    # of the test process that reads the clock meanwhile (a store's writer, another test's loop), and the worker
    # would then read past them
    monkeypatch.setattr(workers, "time", SimpleNamespace(monotonic=lambda: next(clock)))
    monkeypatch.setattr(workers, "_measured_at", None)
    document = make_document()
    first, again, later = (workers._render_measured(document) for _ in range(3))
    assert first[2] is not None and first[2].malloc_in_use  # the first render is measured
    assert again[2] is None  # four seconds on: the collection it takes is not paid again yet
    assert later[2] is not None  # eleven seconds on: measured again
    assert all(pdf.startswith(b"%PDF") and pid == os.getpid() for pdf, pid, _ in (first, again, later))
