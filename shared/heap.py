"""What a process's memory is made of, beyond its RSS: ``panchayat_memory_bytes{kind}`` on ``/metrics``.

A resident size that climbs may be a leak, or the C allocator keeping memory that was freed for reuse: glibc
cannot give heap memory back while live blocks sit above it, so RSS settles at a high-water mark. The two
look the same from outside and differ here. Kinds: ``malloc_in_use`` (handed out by glibc and not yet had
back: Python's objects, SQLite's pages, everything in C), ``malloc_free`` (freed and kept for reuse),
``malloc_heap`` (the size of glibc's heaps) — from ``mallinfo2``, glibc 2.33 and later — and ``sqlite``
(what SQLite has allocated, page caches included, from ``sqlite3_memory_used`` of the library Python's
``sqlite3`` module uses). A kind this platform cannot tell is left out (musl has no ``mallinfo2``).

Worker processes (the PDF renderers of ``shared.documents.workers``) serve no ``/metrics`` of their own: each
sends its figures back with a task it finishes (``report``; the renderers do so every few seconds at most), and
the process that owns them serves their sum as ``panchayat_workers_memory_bytes{kind}``.
"""
from __future__ import annotations

import ctypes
import ctypes.util
from collections.abc import Iterator
from dataclasses import dataclass, fields
from typing import Any
from weakref import WeakSet

from prometheus_client import CollectorRegistry
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.registry import Collector

_registered: WeakSet[CollectorRegistry] = WeakSet()


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in (
        "arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks", "fordblks", "keepcost")]


def _load(sonames: tuple[str, ...], name: str, symbol: str, restype: type) -> Any:
    """``symbol`` of the first library that loads (the usual soname first: ``find_library`` runs a program)."""
    for path in (*sonames, None):
        path = path or ctypes.util.find_library(name)  # only once the usual names failed
        if not path:
            continue
        try:
            function = getattr(ctypes.CDLL(path), symbol)
        except (OSError, AttributeError):
            continue
        function.restype = restype
        return function
    return None


_mallinfo2 = _load(("libc.so.6",), "c", "mallinfo2", _MallInfo2)
_sqlite_used = _load(("libsqlite3.so.0",), "sqlite3", "sqlite3_memory_used", ctypes.c_int64)


@dataclass(frozen=True)
class Heap:
    """Bytes; None where this platform cannot tell."""

    malloc_in_use: int | None
    malloc_free: int | None
    malloc_heap: int | None
    sqlite: int | None

    @property
    def outside_sqlite(self) -> int | None:
        """Memory in use less SQLite's own (its page caches, bounded, allocated through the same malloc): where
        a leak of this process's code shows."""
        return None if self.malloc_in_use is None else self.malloc_in_use - (self.sqlite or 0)


def snapshot() -> Heap:
    sqlite = int(_sqlite_used()) if _sqlite_used is not None else None
    if _mallinfo2 is None:
        return Heap(None, None, None, sqlite)
    info = _mallinfo2()
    return Heap(int(info.uordblks + info.hblkhd), int(info.fordblks), int(info.arena), sqlite)


_workers: dict[int, Heap] = {}  # worker pid → its figures after its latest task


def report(pid: int, figures: Heap) -> None:
    """A worker process of this one (a PDF renderer) tells what its memory is made of, after a task."""
    _workers[pid] = figures


def forget_workers() -> None:
    """The workers are gone (their pool broke or was shut down): their figures go with them."""
    _workers.clear()


def workers() -> Heap | None:
    """The workers' figures added up, as each last reported them; None when no worker has reported."""
    if not _workers:
        return None
    values = {kind.name: [getattr(h, kind.name) for h in _workers.values()] for kind in fields(Heap)}
    return Heap(**{kind: None if None in each else sum(each) for kind, each in values.items()})


def _family(name: str, documentation: str, figures: Heap) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, documentation, labels=["kind"])
    for kind, value in vars(figures).items():
        if value is not None:
            family.add_metric([kind], float(value))
    return family


class HeapCollector(Collector):
    def collect(self) -> Iterator[GaugeMetricFamily]:
        yield _family("panchayat_memory_bytes", "What the process's memory is made of (glibc's in use, free and "
                      "heap; SQLite's)", snapshot())
        together = workers()
        if together is not None:
            yield _family("panchayat_workers_memory_bytes", "The same figures for the process's worker processes "
                          "(PDF renderers) together, as each last reported them after a task", together)


def register(registry: CollectorRegistry) -> None:
    """Add the collector to ``registry`` once (a second registration of a name is refused)."""
    if registry not in _registered:
        registry.register(HeapCollector())
        _registered.add(registry)
