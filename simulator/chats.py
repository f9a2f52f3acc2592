"""The simulated phones' chats: every bubble each person sent or received, with its ticks.

The chat page long-polls ``since(wa_id, rev)``: every change (a new bubble, a tick, the typing dots) takes
the next revision number, so one number tells the page everything it has not seen yet, including ticks
that changed on bubbles it already shows.
"""
from __future__ import annotations

import asyncio
import time
from collections import deque
from dataclasses import asdict, dataclass
from typing import Any, Literal

By = Literal["person", "business"]
TYPING_SECONDS = 25.0  # Meta drops the typing dots after 25 s or at the next message


@dataclass
class Bubble:
    id: str
    wa_id: str
    by: By
    content: dict[str, Any]  # the webhook message (person) or the request body (business)
    status: str
    ts: float
    rev: int = 0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Thread:
    bubbles: deque[Bubble]
    rev: int = 0
    typing_until: float = 0.0


class Chats:
    def __init__(self, keep: int = 500) -> None:
        self._keep = keep
        self._threads: dict[str, Thread] = {}
        self._bubbles: dict[str, Bubble] = {}
        self._rev = 0
        self._tick = asyncio.Event()
        self._closing = False

    def add(self, wa_id: str, by: By, id: str, content: dict[str, Any], status: str) -> Bubble:
        thread = self._thread(wa_id)
        if len(thread.bubbles) == thread.bubbles.maxlen:
            self._bubbles.pop(thread.bubbles[0].id, None)
        bubble = Bubble(id, wa_id, by, content, status, time.time())
        thread.bubbles.append(bubble)
        self._bubbles[id] = bubble
        if by == "business":
            thread.typing_until = 0.0
        self._touch(thread, bubble)
        return bubble

    def set_status(self, id: str, status: str) -> Bubble | None:
        bubble = self._bubbles.get(id)
        if bubble is not None and bubble.status != status:
            bubble.status = status
            self._touch(self._thread(bubble.wa_id), bubble)
        return bubble

    def read_by_business(self, id: str, typing: bool) -> None:
        """Blue ticks on this bubble and every earlier one of the person's (as WhatsApp marks them)."""
        bubble = self._bubbles.get(id)
        if bubble is None:
            return
        thread = self._thread(bubble.wa_id)
        for earlier in thread.bubbles:
            if earlier.by == "person" and earlier.status != "read" and earlier.ts <= bubble.ts:
                earlier.status = "read"
                self._touch(thread, earlier)
            if earlier is bubble:
                break
        if typing:
            thread.typing_until = time.time() + TYPING_SECONDS
            self._touch(thread, None)

    def since(self, wa_id: str, after: int) -> dict[str, Any]:
        thread = self._thread(wa_id)
        changed = [b.as_dict() for b in thread.bubbles if b.rev > after]
        typing = max(0.0, thread.typing_until - time.time())
        return {"rev": thread.rev, "messages": changed, "typing": round(typing, 1)}

    async def wait(self, wa_id: str, after: int, timeout: float) -> dict[str, Any]:
        """``since`` as soon as the thread changes past ``after``, or when ``timeout`` runs out."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._thread(wa_id).rev <= after and not self._closing:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            try:
                await asyncio.wait_for(self._tick.wait(), remaining)
            except TimeoutError:
                break
        return self.since(wa_id, after)

    def close(self) -> None:
        """Wake every waiting poll so a shutting-down server does not wait out their timeouts."""
        self._closing = True
        self._tick.set()

    def _thread(self, wa_id: str) -> Thread:
        thread = self._threads.get(wa_id)
        if thread is None:
            thread = self._threads[wa_id] = Thread(deque(maxlen=self._keep))
        return thread

    def _touch(self, thread: Thread, bubble: Bubble | None) -> None:
        self._rev += 1
        thread.rev = self._rev
        if bubble is not None:
            bubble.rev = self._rev
        self._tick.set()
        self._tick = asyncio.Event()
