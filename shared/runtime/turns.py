"""Keeping one person's messages in the order they came while many are worked on at once.

The service runtime takes each person's inbound messages in turn (a voucher rendered for one tap must reach
the outbox before the answer to the next), and the sender sends each person's outbounds in turn (a document
waiting for its upload must not be overtaken by the text behind it).
"""
from __future__ import annotations

import asyncio


class InTurn:
    """One person's messages dealt with in the order they came, whatever each takes on the way.

    Each message takes a ticket for its person as it arrives (``take``, before any wait, so tickets are in
    arrival order) and goes ahead only once every earlier ticket for that person is done (``Ticket.ready``).
    Other people's messages never wait. A ticket is done when its message is, or when it steps aside
    (``release`` before its turn): those behind it then wait only for those ahead of it. The order holds
    within one process between messages that succeed; a message the bus retries later, or one another copy
    holds, can still be overtaken."""

    def __init__(self) -> None:
        self._last: dict[str, asyncio.Future[None]] = {}

    def take(self, to: str) -> Ticket:
        done = asyncio.get_running_loop().create_future()
        ahead, self._last[to] = self._last.get(to), done
        return Ticket(self, to, ahead, done)

    def _forget(self, to: str, done: asyncio.Future[None]) -> None:
        if self._last.get(to) is done:
            del self._last[to]

    def __len__(self) -> int:
        return len(self._last)


class Ticket:
    def __init__(self, turns: InTurn, to: str, ahead: asyncio.Future[None] | None, done: asyncio.Future[None]):
        self._turns, self._to, self._ahead, self._done = turns, to, ahead, done

    async def ready(self) -> None:
        """Wait until every earlier message to this person is done."""
        if self._ahead is not None and not self._ahead.done():
            await asyncio.shield(self._ahead)

    def release(self) -> None:
        """Done with this ticket: those behind it now wait only for those ahead of it."""
        if self._done.done():
            return
        if self._ahead is None or self._ahead.done():
            self._finish()
        else:
            self._ahead.add_done_callback(lambda _: self._finish())

    def _finish(self) -> None:
        if not self._done.done():
            self._done.set_result(None)
        self._turns._forget(self._to, self._done)
