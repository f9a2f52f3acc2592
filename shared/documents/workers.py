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
"""
from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

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
                                    initializer=_follow_parent, initargs=(os.getpid(),))
    return _pool


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
        return await asyncio.get_running_loop().run_in_executor(pool, render, document)
    except BrokenProcessPool:  # a worker died (killed, out of memory): start a fresh pool, render here once
        log.warning("documents.render_pool_broken")
        _pool = None
        return await asyncio.to_thread(render, document)


def shutdown() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None
