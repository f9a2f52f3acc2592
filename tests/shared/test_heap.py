"""shared.heap: glibc's and SQLite's own figures, which tell memory in use from memory kept for reuse."""
from __future__ import annotations

import sqlite3

from prometheus_client import CollectorRegistry, generate_latest
from prometheus_client.parser import text_string_to_metric_families

from shared import heap

MIB = 1024 * 1024


def test_memory_in_use_follows_what_is_allocated_and_given_back() -> None:
    before = heap.snapshot().malloc_in_use
    assert before is not None and before > 0
    block = bytearray(64 * MIB)
    during = heap.snapshot().malloc_in_use
    del block
    after = heap.snapshot().malloc_in_use
    assert during is not None and after is not None
    assert during - before >= 63 * MIB and during - after >= 63 * MIB


def test_sqlite_memory_counts_the_page_cache_of_an_open_connection() -> None:
    before = heap.snapshot().sqlite
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    connection.executemany("INSERT INTO t (v) VALUES (?)", (("x" * 200,) for _ in range(20_000)))
    during = heap.snapshot().sqlite
    connection.close()
    after = heap.snapshot().sqlite
    assert before is not None and during is not None and after is not None
    assert during - before > 2 * MIB and during - after > 2 * MIB


def test_the_collector_is_registered_once_per_registry() -> None:
    registry = CollectorRegistry()
    heap.register(registry)
    heap.register(registry)  # a second registration would be refused by prometheus_client
    text = generate_latest(registry).decode()
    assert text.count('panchayat_memory_bytes{kind="malloc_in_use"}') == 1


def test_memory_outside_sqlite_is_what_is_in_use_less_sqlites_own() -> None:
    assert heap.Heap(30, 5, 40, 12).outside_sqlite == 18
    assert heap.Heap(30, 5, 40, None).outside_sqlite == 30  # a platform without SQLite's figure: all of it
    assert heap.Heap(None, None, None, 12).outside_sqlite is None


def test_workers_figures_are_added_up_served_apart_and_forgotten_with_the_workers() -> None:
    heap.forget_workers()
    registry = CollectorRegistry()
    heap.register(registry)
    assert heap.workers() is None
    assert "panchayat_workers_memory_bytes" not in generate_latest(registry).decode()  # none rendered yet
    try:
        heap.report(101, heap.Heap(30 * MIB, 2 * MIB, 40 * MIB, None))
        heap.report(102, heap.Heap(20 * MIB, 1 * MIB, 25 * MIB, None))
        heap.report(101, heap.Heap(31 * MIB, 2 * MIB, 40 * MIB, None))  # the later figure replaces the earlier
        assert heap.workers() == heap.Heap(51 * MIB, 3 * MIB, 65 * MIB, None)
        text = generate_latest(registry).decode()
        served = {s.labels["kind"]: s.value for f in text_string_to_metric_families(text) for s in f.samples
                  if s.name == "panchayat_workers_memory_bytes"}
        assert served == {"malloc_in_use": 51 * MIB, "malloc_free": 3 * MIB, "malloc_heap": 65 * MIB}  # no sqlite
        assert text.count('panchayat_memory_bytes{kind="malloc_in_use"}') == 1  # the process's own, apart
    finally:
        heap.forget_workers()
    assert heap.workers() is None
