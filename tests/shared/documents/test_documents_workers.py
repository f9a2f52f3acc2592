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
