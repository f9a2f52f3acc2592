"""Connections to one SQLite file, and which thread uses which.

sqlite3 calls block, so they run off the event loop: writes on one dedicated writer thread (SQLite
admits one writer per file at a time anyway, so a second writer thread in the same process would only
queue on the file lock), finds and counts on a small pool of reader threads, each thread with its own
connection. Other processes on the same file are coordinated by SQLite's own locks; ``busy_timeout``
(30 s) makes a writer wait its turn instead of failing.

Point reads (``get``) are the exception: they run on the loop thread through ``read_now``. In WAL mode a
reader never waits for a writer and a primary-key lookup takes microseconds, well under the cost of a
thread hop, which is what makes tens of thousands of gets/s possible. The risk is a rare moment when even
a WAL reader is told "busy" (another connection recovering the WAL after a crash): the loop connection
therefore has a short busy timeout, and the caller falls back to a reader thread when it runs out —
the loop is never held for more than ``LOOP_BUSY_S``.

One-statement writes (``write_soon``: an insert, a conditional update, a sequence step) are tried on the
loop thread too, on a connection of their own that never waits: a commit in WAL mode with
``synchronous=NORMAL`` appends to the log without an fsync, tens of microseconds, where the hop to the
writer thread and back costs several times that in CPU (an executor submit, a wake-up through the
loop's self-pipe, the GIL changing hands twice). When the file's write lock is held (the writer thread,
another process, another copy of the service), the statement is refused at once, before it changed
anything, and goes to the writer thread, which waits its turn. That connection never checkpoints itself
(a checkpoint fsyncs, which the loop must not wait for): every ``CHECKPOINT_EVERY`` loop commits the
writer thread checkpoints instead, in ``RESTART`` mode. A passive checkpoint would not do: with the loop
appending all the while, the log is never fully copied at the moment a write begins, so SQLite never
starts it again from the top and it grows without end (a soak showed 60 MB in four minutes). ``RESTART``
holds the write lock while it copies the log and makes the next write start it from the top; the loop's
writes meanwhile are refused as busy and queue on the writer thread behind it, so the loop never waits. A
checkpoint that a reader held off (SQLite answers "busy") is tried again at the next loop write. And the
loop does not run ahead of the checkpoints without end: once ``LOOP_AHEAD`` times ``CHECKPOINT_EVERY``
of its commits wait for one (the writer thread starved of CPU on a loaded machine, or readers holding it
off), its writes queue on the writer thread behind the checkpoint until one finishes. Without that bound
the log grew to 11-18 MB on a loaded machine where the checkpoints meant it to stay under one.

Durability: ``synchronous=NORMAL`` in WAL mode fsyncs at checkpoints, not at each commit. A commit is
safe against a crash of the process; a power cut may lose the last moments of commits, never corrupt
the file. ``FULL`` would fsync every commit and cap writes at the disk's sync rate; pass it when that
trade is wrong for a deployment.
"""
from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")
BUSY_TIMEOUT_S = 30.0
LOOP_BUSY_S = 0.05
READERS = 2
CHECKPOINT_EVERY = 500  # loop commits between checkpoints: a log of a few MB, reused from the top each time
LOOP_AHEAD = 4  # loop commits may wait for a checkpoint up to this many times CHECKPOINT_EVERY


WAL_SWITCH_TRIES = 100  # about 50 s of waiting in all, far beyond any real start-up race


def is_busy(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def in_transaction(conn: sqlite3.Connection, statements: list[str]) -> None:
    """Run ``statements`` all or none, holding the write lock from the start (no upgrade race)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in statements:
            conn.execute(statement)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


class Engine:
    def __init__(self, path: Path, *, synchronous: str = "NORMAL"):
        if synchronous.upper() not in ("OFF", "NORMAL", "FULL", "EXTRA"):
            raise ValueError(f"synchronous must be OFF, NORMAL, FULL or EXTRA, not {synchronous!r}")
        self.path = Path(path)
        self._synchronous = synchronous.upper()
        self._writer = ThreadPoolExecutor(1, thread_name_prefix="sqlite-write")
        self._readers = ThreadPoolExecutor(READERS, thread_name_prefix="sqlite-read")
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self._loop_conn: sqlite3.Connection | None = None
        self._loop_writer: sqlite3.Connection | None = None
        # Loop commits, and those of them a finished RESTART checkpoint has copied out: each counter has one
        # writing thread (the loop, the writer), so their difference needs no lock.
        self._loop_commits = self._copied_out = 0
        self._checkpointing = False

    def _connect(self, busy_s: float) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=busy_s, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout = {int(busy_s * 1000)}")
        conn.execute(f"PRAGMA synchronous = {self._synchronous}")
        with self._lock:
            self._opened.append(conn)
        return conn

    def _thread_conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect(BUSY_TIMEOUT_S)
        return conn

    def _run(self, work: Callable[[sqlite3.Connection], T]) -> T:
        return work(self._thread_conn())

    async def open(self, setup: Callable[[sqlite3.Connection], object]) -> None:
        """Create the file in WAL mode and run ``setup`` on the writer; then open the loop's reader."""
        self.path.parent.mkdir(parents=True, exist_ok=True)

        def init(conn: sqlite3.Connection) -> None:
            # Switching a new file to WAL needs an exclusive lock, and SQLite does not wait for it (no busy
            # handler): a second process opening the same new file at that moment is told "locked" at once.
            for attempt in range(WAL_SWITCH_TRIES):
                try:
                    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                        conn.execute("PRAGMA journal_mode = WAL")
                    break
                except sqlite3.OperationalError as exc:
                    if not is_busy(exc) or attempt == WAL_SWITCH_TRIES - 1:
                        raise
                    time.sleep(0.01 * (attempt + 1))
            setup(conn)

        await self.write(init)
        if self._loop_conn is None:
            self._loop_conn = self._connect(LOOP_BUSY_S)
            self._loop_conn.execute("PRAGMA query_only = 1")
            self._loop_writer = self._connect(0.0)
            self._loop_writer.execute("PRAGMA wal_autocheckpoint = 0")

    async def write(self, work: Callable[[sqlite3.Connection], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._writer, self._run, work)

    async def write_soon(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """One statement, run on the loop thread when the write lock is free, else on the writer thread.

        ``work`` must be a single statement (autocommit): refused as busy, it has changed nothing."""
        if self._loop_writer is not None and self._unchecked() >= CHECKPOINT_EVERY * LOOP_AHEAD:
            self._checkpoint_soon()  # the loop is too far ahead: this write waits behind the checkpoint
        elif self._loop_writer is not None:
            try:
                result = work(self._loop_writer)
            except sqlite3.OperationalError as exc:
                if not is_busy(exc):
                    raise
            else:
                self._committed_on_loop()
                return result
        return await self.write(work)

    def _unchecked(self) -> int:
        return self._loop_commits - self._copied_out

    def _committed_on_loop(self) -> None:
        self._loop_commits += 1
        if self._unchecked() >= CHECKPOINT_EVERY:
            self._checkpoint_soon()

    def _checkpoint_soon(self) -> None:
        """Queue one RESTART checkpoint on the writer thread unless one is queued already."""
        if self._checkpointing:
            return
        self._checkpointing, commits = True, self._loop_commits

        def checkpoint(conn: sqlite3.Connection) -> None:
            try:
                [(busy, _, _)] = conn.execute("PRAGMA wal_checkpoint(RESTART)").fetchall()
                if not busy:  # the log is copied out and starts again from the top; busy: the next write retries
                    self._copied_out = max(self._copied_out, commits)
            finally:
                self._checkpointing = False

        self._writer.submit(self._run, checkpoint)

    async def read(self, work: Callable[[sqlite3.Connection], T]) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._readers, self._run, work)

    def read_now(self, work: Callable[[sqlite3.Connection], T]) -> T:
        """Run a short read on the calling (loop) thread; raises ``sqlite3.OperationalError`` when busy."""
        assert self._loop_conn is not None, "open() first"
        return work(self._loop_conn)

    async def close(self) -> None:
        """Let queued work finish, then close every connection this engine opened."""
        await asyncio.to_thread(self._writer.shutdown, True)
        await asyncio.to_thread(self._readers.shutdown, True)
        with self._lock:
            opened, self._opened = self._opened, []
        for conn in opened:
            conn.close()
        self._loop_conn = self._loop_writer = None
