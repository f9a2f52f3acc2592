"""The cycle collector's work in every Python process of a bench run, for ``bench/gcprobe/report.py``.

    GCPROBE=/tmp/gc PYTHONPATH=bench/gcprobe python bench/load.py --amqp URL --shapes rabbit ...
    python bench/gcprobe/report.py /tmp/gc

Python imports ``sitecustomize`` at start-up from the path, so every role the bench starts carries this:
it times each collection (CPU of the collecting thread, and the wall-clock pause) by generation and writes
the totals to ``$GCPROBE/<pid>.json`` every two seconds. ``GCPROBE_UNSETTLED=1`` makes
``shared.collector.settle`` change nothing (``gc.freeze`` and ``gc.set_threshold`` do nothing), to
measure Python's own settings against it.
"""
from __future__ import annotations

import gc
import json
import os
import sys
import threading
import time
from pathlib import Path

OUT = os.environ.get("GCPROBE")
if OUT:
    _totals = {"collections": [0, 0, 0], "cpu_s": [0.0, 0.0, 0.0], "longest_ms": [0.0, 0.0, 0.0]}
    _began: dict[str, float] = {}

    def _timed(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            _began["cpu"], _began["wall"] = time.thread_time(), time.perf_counter()
            return
        generation = info["generation"]
        _totals["collections"][generation] += 1
        _totals["cpu_s"][generation] += time.thread_time() - _began.get("cpu", time.thread_time())
        pause = (time.perf_counter() - _began.get("wall", time.perf_counter())) * 1000
        _totals["longest_ms"][generation] = max(_totals["longest_ms"][generation], pause)

    gc.callbacks.append(_timed)
    if os.environ.get("GCPROBE_UNSETTLED"):
        gc.freeze = lambda: None  # type: ignore[assignment]
        gc.set_threshold = lambda *_: None  # type: ignore[assignment]

    def _write() -> None:
        path = Path(OUT) / f"{os.getpid()}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        while True:
            time.sleep(2)
            argv = [Path(sys.argv[0]).name, *sys.argv[1:4]]
            path.write_text(json.dumps({**_totals, "argv": argv, "process_cpu_s": time.process_time(),
                                        "tracked": len(gc.get_objects()), "frozen": gc.get_freeze_count()}))

    threading.Thread(target=_write, name="gcprobe", daemon=True).start()
