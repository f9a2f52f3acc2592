"""Rendering off the event loop's process: a small pool of worker processes.

A PDF costs a few hundred milliseconds of CPU (shaping, font subsetting). In a thread it still holds the
interpreter lock, so every other message of that service copy waits behind it — the load benchmark saw
the p99 of plain chat turns jump from about 250 ms to about 900 ms once one turn in ten asked for a
voucher. In a worker process it runs beside them. Workers are started on first use with ``spawn`` (a fork
would copy the parent's event loop, broker connection and store threads) and live for the process.
``PANCHAYAT_RENDER_WORKERS=0`` renders in a thread instead (one process, nothing spawned).

A worker leaves when its service process is gone, however it went: a ``kill -9`` of the service runs no
clean-up, and an orphaned worker would otherwise keep its ~100 MB for ever. Each worker watches its parent
(``_follow_parent``) and exits within a second of losing it.

Workers serve no metrics of their own: a render brings back what the worker's memory is made of
(``shared.heap.snapshot``, at most every ``MEASURE_EVERY_S``), and the service serves it as
``panchayat_workers_memory_bytes``.
"""
from __future__ import annotations

import asyncio
import gc
import multiprocessing
import os
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from shared import collector, heap
from shared.documents.model import Document
from shared.documents.pdf import render
from shared.logging import get_logger

log = get_logger(__name__)
_pool: ProcessPoolExecutor | None = None


def _workers() -> int:
    from shared.settings import load_settings

    return load_settings().PANCHAYAT_RENDER_WORKERS


def _executor() -> ProcessPoolExecutor | None:
    global _pool
    if _pool is None and _workers() > 0:
        _pool = ProcessPoolExecutor(max_workers=_workers(), mp_context=multiprocessing.get_context("spawn"),
                                    initializer=_start_worker, initargs=(os.getpid(),))
    return _pool


_in_worker = False  # set in a worker process: it settles its collector after its first render


def _start_worker(parent: int) -> None:
    """Ctrl-C in a terminal reaches the whole process group: a worker would die of it mid-render and print a
    ``KeyboardInterrupt`` traceback under the service's own orderly stop. The service stops its workers."""
    global _in_worker
    _in_worker = True
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _follow_parent(parent)


def _follow_parent(parent: int, every: float = 1.0) -> None:
    """In a worker: end this process once ``parent`` is no longer its parent (it died; we were re-parented)."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(0)

    threading.Thread(target=watch, name="follow-parent", daemon=True).start()


async def render_async(document: Document) -> bytes:
    """The PDF of ``document``, rendered in a worker process (or a thread when workers are off)."""
    global _pool
    pool = _executor()
    if pool is None:
        return await asyncio.to_thread(render, document)
    try:
        pdf, pid, figures = await asyncio.get_running_loop().run_in_executor(pool, _render_measured, document)
    except BrokenProcessPool:  # a worker died (killed, out of memory): start a fresh pool, render here once
        log.warning("documents.render_pool_broken")
        _pool = None
        heap.forget_workers()
        return await asyncio.to_thread(render, document)
    if figures is not None:
        heap.report(pid, figures)
    return pdf


MEASURE_EVERY_S = 10.0
_measured_at: float | None = None


def _render_measured(document: Document) -> tuple[bytes, int, heap.Heap | None]:
    """In a worker: the PDF, and at most every ``MEASURE_EVERY_S`` what the worker's memory is made of, for its
    service to serve. A render leaves cycles behind that Python's collector takes when it gets round to them,
    a megabyte or two, so a figure taken just after one jumps with them; the worker collects them first. That
    costs a full collection (less once the worker has settled, ``shared.collector``), so it is done every few
    seconds, not every render."""
    global _measured_at
    pdf = render(document)
    if _in_worker:  # after the first render: the fonts it parsed stay for the worker's life (``shared.collector``)
        collector.settle(announce=False)
    now = time.monotonic()
    if _measured_at is not None and now - _measured_at < MEASURE_EVERY_S:
        return pdf, os.getpid(), None
    _measured_at = now
    gc.collect()
    return pdf, os.getpid(), heap.snapshot()


def shutdown() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None
        heap.forget_workers()
